// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetdamage.h"

#include "domain/textscan.h"

#include <QCoreApplication>

namespace Lesspay::Core::SpreadsheetDamage {

namespace {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

template<typename Predicate>
qsizetype countWhile(QStringView text, qsizetype from, Predicate predicate)
{
    qsizetype i = from;
    while (i < text.size() && predicate(text[i]))
        ++i;
    return i - from;
}

bool allDigits(QStringView text)
{
    return !text.isEmpty() && countWhile(text, 0, isDigit) == text.size();
}

ValidationIssue issue(Field field, ValidationIssue::Severity severity, const char *code, const QString &message)
{
    return {field, severity, QString::fromLatin1(code), message};
}

// A local mobile number whose leading 0 a spreadsheet dropped: PH 09XX XXX XXXX came back as
// 9XXXXXXXXX (10 digits), ID 08XX... (10 to 13 digits) as 8XXXXXXXX... (9 to 12 digits).
bool lostMobileZero(QStringView digits, const QString &currency)
{
    if (currency == u"PHP")
        return digits.size() == 10 && digits.front() == u'9';
    if (currency == u"IDR")
        return digits.size() >= 9 && digits.size() <= 12 && digits.front() == u'8';
    return false;
}

} // namespace

// digits [.,digits] E sign digits: what Excel shows for long numbers ("1.23457E+11", "1E+15").
bool looksScientific(QStringView text)
{
    text = TextScan::trimmed(text);
    qsizetype i = countWhile(text, 0, isDigit);
    if (i == 0)
        return false;
    if (i < text.size() && (text[i] == u'.' || text[i] == u',')) {
        const qsizetype fraction = countWhile(text, i + 1, isDigit);
        if (fraction == 0)
            return false;
        i += 1 + fraction;
    }
    if (i + 2 >= text.size() || (text[i] != u'E' && text[i] != u'e') || (text[i + 1] != u'+' && text[i + 1] != u'-'))
        return false;
    return countWhile(text, i + 2, isDigit) == text.size() - i - 2;
}

// 2026-01-03, 3/1/2026, 03.01.26, 3-Jan, 3-Jan-26, Jan-26: the shapes Excel and LibreOffice give
// to numbers they took for dates.
bool looksLikeDate(QStringView text)
{
    text = TextScan::trimmed(text);
    const qsizetype a = countWhile(text, 0, isDigit);
    if (a == 0) {
        const qsizetype letters = countWhile(text, 0, isAsciiLetter);
        return letters == 3 && text.size() > 4 && text[3] == u'-' && allDigits(text.sliced(4)) && text.size() - 4 <= 4
               && text.size() - 4 >= 2;
    }
    if (a >= text.size())
        return false;
    const QChar separator = text[a];
    if (separator != u'-' && separator != u'/' && separator != u'.')
        return false;
    const qsizetype bStart = a + 1;
    const qsizetype b = countWhile(text, bStart, isDigit);
    if (b == 0) {
        const qsizetype letters = countWhile(text, bStart, isAsciiLetter);
        if (a > 2 || letters != 3 || separator != u'-')
            return false;
        const QStringView rest = text.sliced(bStart + 3);
        return rest.isEmpty()
               || (rest.front() == u'-' && allDigits(rest.sliced(1)) && rest.size() - 1 >= 2 && rest.size() - 1 <= 4);
    }
    const qsizetype cStart = bStart + b + 1;
    if (b > 2 || cStart > text.size() || text[bStart + b] != separator)
        return false;
    qsizetype c = countWhile(text, cStart, isDigit);
    if (a == 4) {
        // ISO: year-month-day, possibly with a time after it.
        return c >= 1 && c <= 2 && (cStart + c == text.size() || text[cStart + c] == u' ' || text[cStart + c] == u'T');
    }
    return a <= 2 && c >= 2 && c <= 4 && cStart + c == text.size();
}

ValidationIssues inspect(const DetailView &detail, const QString &currency)
{
    ValidationIssues issues;
    const QStringView keyType = detail.value(Field::WalletDepositKeyType);
    const bool phoneKey = keyType.compare(u"phone", Qt::CaseInsensitive) == 0;
    const bool cpfKey = keyType.compare(u"cpf", Qt::CaseInsensitive) == 0;
    const bool cnpjKey = keyType.compare(u"cnpj", Qt::CaseInsensitive) == 0;
    for (Field field : {Field::MchOrderId, Field::Amount, Field::BankAccountNo, Field::WalletAccountNumber,
                        Field::WalletDepositKey}) {
        const QStringView value = detail.value(field);
        if (value.isEmpty() || (field == Field::WalletDepositKey && !phoneKey && !cpfKey && !cnpjKey))
            continue;
        if (allDigits(value)) {
            // Fast path: plain digits can only have lost leading zeros.
            const bool phone = field == Field::WalletAccountNumber || (field == Field::WalletDepositKey && phoneKey);
            if (phone && lostMobileZero(value, currency)) {
                issues.append(issue(
                    field, ValidationIssue::Severity::Warning, "spreadsheet.leading_zero",
                    QCoreApplication::translate("SpreadsheetDamage",
                                                "%1 looks like a mobile number whose leading 0 a spreadsheet removed "
                                                "(0%1). Check the number; it was imported as written.")
                        .arg(value)));
            } else if (field == Field::WalletDepositKey && cpfKey && value.size() >= 9 && value.size() < 11) {
                issues.append(issue(field, ValidationIssue::Severity::Warning, "spreadsheet.leading_zero",
                                    QCoreApplication::translate(
                                        "SpreadsheetDamage",
                                        "A CPF has 11 digits; %1 has %2. A spreadsheet probably removed leading "
                                        "zeros: format the column as Text and export again.")
                                        .arg(value)
                                        .arg(value.size())));
            } else if (field == Field::WalletDepositKey && cnpjKey && value.size() >= 12 && value.size() < 14) {
                issues.append(issue(field, ValidationIssue::Severity::Warning, "spreadsheet.leading_zero",
                                    QCoreApplication::translate(
                                        "SpreadsheetDamage",
                                        "A CNPJ has 14 digits; %1 has %2. A spreadsheet probably removed leading "
                                        "zeros: format the column as Text and export again.")
                                        .arg(value)
                                        .arg(value.size())));
            }
            continue;
        }
        // Both shapes below start with a digit or a letter (after spaces): "+63...", "D0001"
        // and the like are out at the first character.
        const QChar first = value.front();
        if (!isDigit(first) && !first.isSpace() && (field == Field::MchOrderId || !isAsciiLetter(first)))
            continue;
        if (looksScientific(value)) {
            issues.append(issue(
                field, ValidationIssue::Severity::Error, "spreadsheet.scientific_notation",
                QCoreApplication::translate("SpreadsheetDamage",
                                            "%1 is in scientific notation: a spreadsheet shortened the number and the "
                                            "original digits are lost. Format the column as Text and export again.")
                    .arg(value)));
        } else if (field != Field::MchOrderId && looksLikeDate(value)) {
            issues.append(issue(
                field, ValidationIssue::Severity::Error, "spreadsheet.date",
                QCoreApplication::translate("SpreadsheetDamage",
                                            "%1 looks like a date: a spreadsheet probably converted the number. Format "
                                            "the column as Text and export again.")
                    .arg(value)));
        }
    }
    return issues;
}

} // namespace Lesspay::Core::SpreadsheetDamage
