// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailvalidator.h"

#include "domain/braziltaxid.h"
#include "domain/phonekey.h"
#include "domain/textscan.h"
#include "money/amount.h"

#include <QCoreApplication>

namespace Lesspay::Core {

namespace {

using Severity = ValidationIssue::Severity;

// Maximum lengths (UTF-16 units, after trimming). The API states only the 64 of mch_order_id;
// the others are generous bounds for real data that keep absurd input (a pasted document in a
// name cell) out of the batch, the journal and the request:
//   names and bank name 140 (SWIFT MT field 59 holds 4 x 35 characters),
//   raw account number 64 (at most 34 characters remain after removing separators),
//   wallet account number and deposit key 254 (the longest e-mail address),
//   provider 64, amount 32 (longer is never a valid amount in qint64 minor units),
//   enumerations 16, country 2, SWIFT 11 (checked by their own rules).
constexpr qsizetype MaxLength[FieldCount] = {
    64,  // MchOrderId
    32,  // Amount
    16,  // DestinationType
    140, // BankAccountName
    64,  // BankAccountNo
    16,  // BankAccountType
    140, // BankName
    16,  // BankCountryCode
    32,  // BankSwiftCode
    140, // WalletAccountName
    254, // WalletAccountNumber
    16,  // WalletAccountType
    64,  // WalletProvider
    16,  // WalletDepositKeyType
    254, // WalletDepositKey
};

// Kosovo banks carry XK in their BICs (SWIFT assigns it while ISO 3166-1 has no code for
// Kosovo), so XK is a real country for the SWIFT country part, but not for bank_country_code,
// which the API requires to be ISO 3166-1.
constexpr char16_t SwiftOnlyCountry[] = u"XK";

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || isAsciiUpper(c) || (u >= u'a' && u <= u'z');
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// C0, DEL, C1, and the invisible bidirectional controls that can make a name or account
// number display differently from what is sent ("Trojan Source" reordering).
bool isForbiddenControl(char16_t u)
{
    if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
        return true;
    if (u < 0x061C)
        return false;
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
}

char16_t upperAscii(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'a' && u <= u'z' ? char16_t(u - (u'a' - u'A')) : u;
}

QString upper(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            c = QChar(c.unicode() - (u'a' - u'A'));
    }
    return out;
}

// Whether text is the lower-case word, ignoring ASCII case (the exact spelling is checked first:
// it is what nearly every row has).
bool isWord(QStringView text, QLatin1StringView word)
{
    if (text.size() != word.size())
        return false;
    const char16_t *t = text.utf16();
    const char *w = word.data();
    bool same = true;
    for (qsizetype i = 0; i < text.size() && same; ++i)
        same = t[i] == char16_t(uchar(w[i]));
    return same || text.compare(word, Qt::CaseInsensitive) == 0;
}

// Matches one of the lower-case words of an enumeration, ignoring ASCII case.
bool isOneOf(QStringView text, std::initializer_list<QLatin1StringView> words)
{
    for (QLatin1StringView w : words) {
        if (isWord(text, w))
            return true;
    }
    return false;
}

// An account number with its separators (spaces, dashes) removed; only for normalized().
QString accountNumberDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c != u' ' && c != u'-')
            out.append(c);
    }
    return out;
}

QLatin1StringView amountCode(Amount::Error error)
{
    switch (error) {
    case Amount::Error::None:
        break;
    case Amount::Error::Empty:
        return QLatin1StringView("amount.required");
    case Amount::Error::InvalidCharacter:
        return QLatin1StringView("amount.invalid_character");
    case Amount::Error::Sign:
        return QLatin1StringView("amount.sign");
    case Amount::Error::Exponent:
        return QLatin1StringView("amount.exponent");
    case Amount::Error::Grouping:
        return QLatin1StringView("amount.grouping");
    case Amount::Error::MissingDigits:
        return QLatin1StringView("amount.missing_digits");
    case Amount::Error::TooManyDecimals:
        return QLatin1StringView("amount.too_many_decimals");
    case Amount::Error::Overflow:
        return QLatin1StringView("amount.overflow");
    }
    return QLatin1StringView("amount.invalid");
}

// RFC 5321 shapes without the exotic parts nobody uses for payouts (quoted local parts,
// address literals): local part of atext and single dots, a domain of LDH labels with a
// letter TLD of two or more characters.
bool isEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at > 64 || text.indexOf(u'@', at + 1) >= 0)
        return false;
    const QStringView local = text.first(at);
    const QStringView domain = text.mid(at + 1);
    static constexpr QStringView atextSpecials = u"!#$%&'*+/=?^_`{|}~-";
    QChar previous = u'.';
    for (QChar c : local) {
        if (c == u'.') {
            if (previous == u'.')
                return false;
        } else if (!isAsciiAlnum(c) && !atextSpecials.contains(c)) {
            return false;
        }
        previous = c;
    }
    if (previous == u'.' || domain.size() > 253)
        return false;
    qsizetype labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!isAsciiAlnum(c) && c != u'-')
                return false;
        }
        ++labels;
        if (end == domain.size()) {
            const bool letters = std::all_of(label.begin(), label.end(), [](QChar c) { return c.isLetter(); });
            return labels >= 2 && label.size() >= 2 && (letters || label.startsWith(u"xn--", Qt::CaseInsensitive));
        }
        start = end + 1;
    }
    return false;
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isHex(text[i]))
            return false;
    }
    return true;
}

// Collects the issues of one detail; one instance per validate() call.
class Checker
{
public:
    // With listIssues false the checker only counts (see DetailValidator::summarize()).
    Checker(const ReferenceData &data, const DetailValidator::Context &context, const DetailView &detail,
            bool listIssues = true)
        : m_data(data)
        , m_context(context)
        , m_detail(detail)
        , m_listIssues(listIssues)
    {}

    void run();
    ValidationIssues takeIssues() { return std::move(m_issues); }
    DetailValidator::Summary summary() const { return m_summary; }
    // Whether summary().amount is amountMinor()'s answer (checkAmount() got as far as parsing).
    bool parsedAmount() const { return m_amountParsed; }
    // Whether a phone deposit key parsed and is written exactly as its E.164 form.
    bool phoneKeyIsE164() const { return m_phoneKeyIsE164; }

private:
    QStringView text(Field f) const { return TextScan::trimmed(m_detail.value(f)); }
    void add(Field f, Severity s, QLatin1StringView code, const QString &message)
    {
        if (s == Severity::Error)
            ++m_summary.errors;
        else
            ++m_summary.warnings;
        if (m_listIssues)
            m_issues.append({f, s, QString(code), message});
    }
    void error(Field f, QLatin1StringView code, const QString &message) { add(f, Severity::Error, code, message); }
    bool commonChecks(Field f, bool required);
    void checkOrderId();
    void checkAmount();
    void checkAccountType(Field f);
    void checkBank();
    void checkSwift(QStringView country);
    void checkWallet();
    void checkDepositKey(QStringView type, const DetailValidator::Context::ProviderTerms *terms);

    const ReferenceData &m_data;
    const DetailValidator::Context &m_context;
    const DetailView &m_detail;
    const bool m_listIssues;
    ValidationIssues m_issues;
    DetailValidator::Summary m_summary;
    bool m_amountParsed = false;
    bool m_phoneKeyIsE164 = false;
};

// Length and control characters; false when the field is empty or already broken, so that the
// specific rule does not pile a second issue onto the same cell.
bool Checker::commonChecks(Field f, bool required)
{
    const QStringView value = text(f);
    if (value.isEmpty()) {
        if (required)
            error(f, QLatin1StringView("text.required"),
                  QCoreApplication::translate("DetailValidator", "This field is required."));
        return false;
    }
    // Printable ASCII throughout, as nearly every value is: one fast scan spares the
    // character-by-character checks below.
    const bool printable = TextScan::isPrintableAscii(value.utf16(), value.size());
    for (qsizetype i = 0; !printable && i < value.size(); ++i) {
        const QChar c = value[i];
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            continue; // printable ASCII, nearly every character
        // A lone surrogate cannot be written as UTF-8: it would reach the wire as U+FFFD.
        const bool paired = c.isHighSurrogate() ? i + 1 < value.size() && value[i + 1].isLowSurrogate()
                                                : !c.isLowSurrogate() || (i > 0 && value[i - 1].isHighSurrogate());
        if (!paired) {
            error(f, QLatin1StringView("text.broken_unicode"),
                  QCoreApplication::translate(
                      "DetailValidator",
                      "Contains a broken character (an unpaired UTF-16 surrogate); retype the value."));
            return false;
        }
        if (isForbiddenControl(c.unicode())) {
            error(f, QLatin1StringView("text.control_character"),
                  QCoreApplication::translate("DetailValidator",
                                              "Contains an invisible control character (U+%1); retype the value.")
                      .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')));
            return false;
        }
    }
    if (value.size() > MaxLength[int(f)]) {
        error(f, QLatin1StringView("text.too_long"),
              QCoreApplication::translate("DetailValidator", "At most %1 characters are allowed here.")
                  .arg(MaxLength[int(f)]));
        return false;
    }
    return true;
}

void Checker::checkOrderId()
{
    if (!commonChecks(Field::MchOrderId, true))
        return;
    const QStringView id = text(Field::MchOrderId);
    for (QChar c : id) {
        if (!isAsciiAlnum(c) && c != u'_' && c != u'-') {
            error(Field::MchOrderId, QLatin1StringView("mch_order_id.invalid_character"),
                  QCoreApplication::translate("DetailValidator",
                                              "The order ID may contain only letters A-Z, digits, '_' and '-'."));
            return;
        }
    }
}

void Checker::checkAmount()
{
    if (!commonChecks(Field::Amount, true))
        return;
    const Amount::ParseResult r = Amount::parse(text(Field::Amount), m_context.decimals);
    m_amountParsed = true;
    if (r.ok() && r.minor > 0)
        m_summary.amount = r.minor;
    if (!r.ok())
        error(Field::Amount, amountCode(r.error), Amount::errorMessage(r.error, m_context.decimals));
    else if (r.minor == 0)
        error(Field::Amount, QLatin1StringView("amount.zero"),
              QCoreApplication::translate("DetailValidator", "The amount must be greater than zero."));
}

void Checker::checkAccountType(Field f)
{
    if (commonChecks(f, true) && !isOneOf(text(f), {QLatin1StringView("individual"), QLatin1StringView("business")}))
        error(f, QLatin1StringView("account_type.invalid"),
              QCoreApplication::translate("DetailValidator", "The account type must be individual or business."));
}

void Checker::checkBank()
{
    commonChecks(Field::BankAccountName, true);
    commonChecks(Field::BankName, true);
    checkAccountType(Field::BankAccountType);

    if (commonChecks(Field::BankAccountNo, true)) {
        qsizetype length = 0;
        bool alnum = true;
        for (const QChar c : text(Field::BankAccountNo)) {
            if (c == u' ' || c == u'-')
                continue;
            alnum = alnum && isAsciiAlnum(c);
            ++length;
        }
        if (!alnum)
            error(Field::BankAccountNo, QLatin1StringView("account_no.invalid_character"),
                  QCoreApplication::translate(
                      "DetailValidator",
                      "The account number may contain only letters and digits (spaces and dashes are removed)."));
        else if (length < 4 || length > 34)
            error(Field::BankAccountNo, QLatin1StringView("account_no.length"),
                  QCoreApplication::translate("DetailValidator",
                                              "The account number must have 4 to 34 letters or digits."));
    }

    char16_t country[2] = {};
    QStringView countryView;
    if (commonChecks(Field::BankCountryCode, true)) {
        const QStringView typed = text(Field::BankCountryCode);
        if (typed.size() == 2) {
            country[0] = upperAscii(typed[0]);
            country[1] = upperAscii(typed[1]);
            countryView = QStringView(country, 2);
        }
        if (!m_data.countries.contains(countryView)) {
            error(Field::BankCountryCode, QLatin1StringView("country.unknown"),
                  QCoreApplication::translate("DetailValidator", "Not an ISO 3166-1 two-letter country code."));
            countryView = {};
        }
    }
    // Lesspay pays a currency in its own country: a bank elsewhere is most often a currency
    // changed after the rows were typed (PHP rows left in an IDR batch). A SWIFT code of
    // another country than the bank's is flagged by checkSwift().
    const QStringView home = m_context.phoneRegion;
    if (!countryView.isEmpty() && !home.isEmpty() && countryView != home)
        add(Field::BankCountryCode, Severity::Warning, QLatin1StringView("country.currency_mismatch"),
            QCoreApplication::translate("DetailValidator",
                                        "The bank is in %1, but the batch pays in %2, the currency of %3.")
                .arg(countryView.toString(), m_context.currency, home.toString()));
    checkSwift(countryView);
}

void Checker::checkSwift(QStringView country)
{
    if (!commonChecks(Field::BankSwiftCode, true))
        return;
    const QStringView typed = text(Field::BankSwiftCode);
    const Field f = Field::BankSwiftCode;
    if (typed.size() != 8 && typed.size() != 11) {
        error(f, QLatin1StringView("swift.length"),
              QCoreApplication::translate("DetailValidator", "A SWIFT/BIC code has 8 or 11 characters."));
        return;
    }
    char16_t upperBic[11];
    for (qsizetype i = 0; i < typed.size(); ++i)
        upperBic[i] = upperAscii(typed[i]);
    const QStringView bic(upperBic, typed.size());
    if (!std::all_of(bic.begin(), bic.end(), isAsciiAlnum)) {
        error(f, QLatin1StringView("swift.invalid_character"),
              QCoreApplication::translate("DetailValidator", "A SWIFT/BIC code has only letters and digits."));
        return;
    }
    const QStringView bicCountry = QStringView(bic).mid(4, 2);
    if (!isAsciiUpper(bicCountry[0]) || !isAsciiUpper(bicCountry[1])
        || !(m_data.countries.contains(bicCountry) || bicCountry == QStringView(SwiftOnlyCountry))) {
        error(f, QLatin1StringView("swift.country"),
              QCoreApplication::translate("DetailValidator",
                                          "Characters 5 and 6 of a SWIFT/BIC code must be a country code."));
        return;
    }
    if (bic[7] == u'0')
        add(f, Severity::Warning, QLatin1StringView("swift.test_code"),
            QCoreApplication::translate("DetailValidator",
                                        "This is a SWIFT test and training code; real payments cannot reach it."));
    if (!country.isEmpty() && bicCountry != country)
        add(f, Severity::Warning, QLatin1StringView("swift.country_mismatch"),
            QCoreApplication::translate("DetailValidator", "The SWIFT/BIC code belongs to %1, the bank country is %2.")
                .arg(bicCountry.toString(), country.toString()));
}

void Checker::checkWallet()
{
    commonChecks(Field::WalletAccountName, true);
    commonChecks(Field::WalletAccountNumber, true);
    checkAccountType(Field::WalletAccountType);

    const DetailValidator::Context::ProviderTerms *terms = nullptr;
    QStringView providerName;
    if (commonChecks(Field::WalletProvider, true)) {
        const QStringList &offered = m_context.providers;
        const QStringView provider = text(Field::WalletProvider);
        const auto found = std::find_if(offered.begin(), offered.end(), [&](const QString &name) {
            return provider == name || provider.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == offered.end()) {
            error(Field::WalletProvider, QLatin1StringView("provider.not_offered"),
                  offered.isEmpty()
                      ? QCoreApplication::translate("DetailValidator", "No e-wallet provider is offered for %1.")
                            .arg(m_context.currency)
                      : QCoreApplication::translate("DetailValidator", "Not offered for %1; choose one of: %2.")
                            .arg(m_context.currency, offered.join(QLatin1StringView(", "))));
        } else {
            providerName = *found;
            const auto index = std::distance(offered.begin(), found);
            if (index < m_context.providerTerms.size())
                terms = &m_context.providerTerms[index];
        }
    }

    QStringView type;
    if (commonChecks(Field::WalletDepositKeyType, true)) {
        type = text(Field::WalletDepositKeyType);
        static constexpr QLatin1StringView KeyTypes[] = {QLatin1StringView("phone"), QLatin1StringView("email"),
                                                         QLatin1StringView("cpf"), QLatin1StringView("cnpj"),
                                                         QLatin1StringView("random")};
        const auto spelled = std::find_if(std::begin(KeyTypes), std::end(KeyTypes),
                                          [&](QLatin1StringView t) { return isWord(type, t); });
        if (spelled == std::end(KeyTypes)) {
            error(Field::WalletDepositKeyType, QLatin1StringView("deposit_key_type.invalid"),
                  QCoreApplication::translate("DetailValidator",
                                              "The deposit key type must be phone, email, cpf, cnpj or random."));
            type = {};
        } else if (terms && !terms->rule.depositKeyTypes.isEmpty() && !terms->rule.depositKeyTypes.contains(*spelled)) {
            error(Field::WalletDepositKeyType, QLatin1StringView("deposit_key_type.not_for_provider"),
                  QCoreApplication::translate("DetailValidator", "%1 does not take %2 keys; use one of: %3.")
                      .arg(providerName.toString(), QString(*spelled),
                           terms->rule.depositKeyTypes.join(QLatin1StringView(", "))));
            type = {};
        }
    }
    if (commonChecks(Field::WalletDepositKey, true) && !type.isEmpty())
        checkDepositKey(type, terms);
}

void Checker::checkDepositKey(QStringView type, const DetailValidator::Context::ProviderTerms *terms)
{
    const Field f = Field::WalletDepositKey;
    const QStringView key = text(f);
    if (isWord(type, QLatin1StringView("phone"))) {
        const PhoneKey::Result phone = PhoneKey::parse(key, m_context.phoneRegion);
        switch (phone.status) {
        case PhoneKey::Status::Ok:
            m_phoneKeyIsE164 = phone.e164 == m_detail.value(f);
            break;
        case PhoneKey::Status::Unparseable:
            error(f, QLatin1StringView("phone.invalid"),
                  QCoreApplication::translate("DetailValidator", "Not a phone number."));
            return;
        case PhoneKey::Status::InvalidCountryCode:
            error(
                f, QLatin1StringView("phone.country_code"),
                m_context.phoneRegion.isEmpty()
                    ? QCoreApplication::translate(
                        "DetailValidator", "Write the phone number with its country code, e.g. +63 917 123 4567.")
                    : QCoreApplication::translate("DetailValidator", "The phone number has an unknown country code."));
            return;
        case PhoneKey::Status::NotPossible:
            error(f, QLatin1StringView("phone.length"),
                  QCoreApplication::translate("DetailValidator",
                                              "The phone number has the wrong length for its country."));
            return;
        }
        // A wallet pays to numbers of its own country: a key of another country is an error, even
        // when the number itself is valid there.
        if (terms && terms->callingCode != 0 && phone.countryCode != terms->callingCode) {
            error(f, QLatin1StringView("phone.provider_country"),
                  QCoreApplication::translate("DetailValidator",
                                              "%1 is a number of another country; %2 pays to numbers of %3 (+%4).")
                      .arg(phone.e164, text(Field::WalletProvider).trimmed().toString(),
                           m_data.countries.name(terms->rule.country), QString::number(terms->callingCode)));
            return;
        }
        // libphonenumber's ranges lag behind new allocations; the number has a possible length,
        // so it is sent, but the user is told to double-check it.
        if (!phone.knownRange)
            add(f, Severity::Warning, QLatin1StringView("phone.unknown_range"),
                QCoreApplication::translate("DetailValidator",
                                            "%1 is not in any number range known for its country; check it.")
                    .arg(phone.e164));
        if (!PhoneKey::sameNumber(text(Field::WalletAccountNumber), phone))
            add(f, Severity::Warning, QLatin1StringView("phone.account_mismatch"),
                QCoreApplication::translate("DetailValidator",
                                            "The phone key %1 is not the same number as the wallet account number.")
                    .arg(phone.e164));
    } else if (isWord(type, QLatin1StringView("email"))) {
        if (!isEmail(key))
            error(f, QLatin1StringView("email.invalid"),
                  QCoreApplication::translate("DetailValidator", "Not a valid e-mail address."));
    } else if (isWord(type, QLatin1StringView("random"))) {
        if (!isUuid(key))
            error(f, QLatin1StringView("random.invalid"),
                  QCoreApplication::translate("DetailValidator",
                                              "A random key is a UUID like 123e4567-e89b-12d3-a456-426614174000."));
        else if (std::all_of(key.begin(), key.end(), [](QChar c) { return c == u'0' || c == u'-'; }))
            error(f, QLatin1StringView("random.nil"),
                  QCoreApplication::translate("DetailValidator", "The all-zero UUID is not a key."));
    } else {
        const bool cpf = isWord(type, QLatin1StringView("cpf"));
        const QString id = BrazilTaxId::strip(key);
        const BrazilTaxId::Status status = cpf ? BrazilTaxId::checkCpf(id) : BrazilTaxId::checkCnpj(id);
        switch (status) {
        case BrazilTaxId::Status::Ok:
            break;
        case BrazilTaxId::Status::BadFormat:
            if (cpf)
                error(f, QLatin1StringView("cpf.format"),
                      QCoreApplication::translate("DetailValidator", "A CPF has 11 digits."));
            else
                error(f, QLatin1StringView("cnpj.format"),
                      QCoreApplication::translate("DetailValidator",
                                                  "A CNPJ has 12 letters or digits followed by 2 check digits."));
            break;
        case BrazilTaxId::Status::Repeated:
            error(f, cpf ? QLatin1StringView("cpf.repeated") : QLatin1StringView("cnpj.repeated"),
                  QCoreApplication::translate("DetailValidator", "A number of one repeated digit is never issued."));
            break;
        case BrazilTaxId::Status::BadCheckDigits:
            error(f, cpf ? QLatin1StringView("cpf.check_digits") : QLatin1StringView("cnpj.check_digits"),
                  QCoreApplication::translate("DetailValidator",
                                              "The check digits do not match; the number has a typo."));
            break;
        }
    }
}

void Checker::run()
{
    checkOrderId();
    checkAmount();
    bool bank = false;
    bool wallet = false;
    if (commonChecks(Field::DestinationType, true)) {
        const QStringView type = text(Field::DestinationType);
        bank = isWord(type, QLatin1StringView("bank"));
        wallet = !bank && isWord(type, QLatin1StringView("ewallet"));
        if (!bank && !wallet)
            error(Field::DestinationType, QLatin1StringView("destination_type.invalid"),
                  QCoreApplication::translate("DetailValidator", "The destination must be bank or ewallet."));
    }
    if (bank)
        checkBank();
    if (wallet)
        checkWallet();
    // Cells of the other destination are not sent; say so rather than drop them silently.
    for (int i = 0; i < FieldCount; ++i) {
        const Field f = Field(i);
        if (((bank && isWalletField(f)) || (wallet && isBankField(f))) && !text(f).isEmpty())
            add(f, Severity::Warning, QLatin1StringView("field.ignored"),
                bank ? QCoreApplication::translate("DetailValidator", "Ignored for a bank payout.")
                     : QCoreApplication::translate("DetailValidator", "Ignored for an e-wallet payout."));
    }
}

} // namespace

DetailValidator::DetailValidator(ReferenceData data)
    : m_data(std::move(data))
{}

DetailValidator::Context DetailValidator::contextFor(const QString &currency) const
{
    Context context;
    context.currency = currency;
    context.decimals = m_data.currencies.decimals(currency).value_or(2);
    // Phone numbers written without "+" are read as numbers of the currency's home country.
    static const QHash<QString, QString> regions = {{QStringLiteral("PHP"), QStringLiteral("PH")},
                                                    {QStringLiteral("IDR"), QStringLiteral("ID")},
                                                    {QStringLiteral("BRL"), QStringLiteral("BR")},
                                                    {QStringLiteral("INR"), QStringLiteral("IN")}};
    context.phoneRegion = regions.value(currency);
    context.providers = m_data.providers.providers(currency);
    for (const QString &provider : std::as_const(context.providers)) {
        Context::ProviderTerms terms;
        terms.rule = m_data.providers.rule(currency, provider);
        if (!terms.rule.country.isEmpty())
            terms.callingCode = PhoneKey::callingCodeForRegion(terms.rule.country);
        context.providerTerms.append(terms);
    }
    return context;
}

ValidationIssues DetailValidator::validate(const DetailView &detail, const Context &context) const
{
    Checker checker(m_data, context, detail);
    checker.run();
    return checker.takeIssues();
}

DetailValidator::Summary DetailValidator::summarize(const DetailView &detail, const Context &context) const
{
    Checker checker(m_data, context, detail, false);
    checker.run();
    Summary summary = checker.summary();
    if (!checker.parsedAmount())
        summary.amount = amountMinor(detail, context);
    summary.normalForm = isNormalForm(detail, context, summary, checker.phoneKeyIsE164());
    return summary;
}

namespace {

// Whether text is Amount::format(minor, decimals), without building that string (minor > 0).
bool isAmountForm(QStringView text, qint64 minor, int decimals)
{
    char16_t reversed[48];
    qsizetype size = 0;
    quint64 rest = quint64(minor);
    for (int written = 0; rest > 0 || written <= decimals; ++written) {
        if (written == decimals && decimals > 0)
            reversed[size++] = u'.';
        reversed[size++] = char16_t(u'0' + rest % 10);
        rest /= 10;
        if (size >= qsizetype(std::size(reversed)) - 1)
            return false;
    }
    if (text.size() != size)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].unicode() != reversed[size - 1 - i])
            return false;
    }
    return true;
}

} // namespace

bool DetailValidator::isNormalForm(const DetailView &detail, const Context &context, const Summary &summary,
                                   bool phoneKeyIsE164) const
{
    // normalized() trims every value, lower-cases the enumerations (Unicode-aware: only ASCII is
    // accepted here), upper-cases country and SWIFT, drops separators from account numbers and
    // CPF/CNPJ keys and spells providers and phone keys canonically. Conservative: a value this
    // does not recognise as unchanged by all of that is written through normalized() instead.
    if (summary.errors != 0 || !summary.amount)
        return false;
    const auto value = [&](Field f) { return detail.value(f); };
    // One pass per value: every value is checked, most are short and ASCII.
    enum : unsigned { Lower = 1, Upper = 2, Separator = 4, NonAscii = 8, Edge = 16 };
    const auto scan = [&](Field f) {
        const QStringView v = value(f);
        unsigned found = 0;
        for (const QChar c : v) {
            const char16_t u = c.unicode();
            if (u >= u'a' && u <= u'z')
                found |= Lower;
            else if (u >= u'A' && u <= u'Z')
                found |= Upper;
            else if (u == u' ' || u == u'-')
                found |= Separator;
            else if (u >= 0x80)
                found |= NonAscii;
        }
        if (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()))
            found |= Edge;
        return found;
    };
    // Trimming changes nothing. Controls and broken surrogates are errors (commonChecks()).
    const auto plain = [&](Field f) {
        const QStringView v = value(f);
        return v.isEmpty() || (!v.front().isSpace() && !v.back().isSpace());
    };
    const auto lowerAscii = [&](Field f) { return (scan(f) & (Edge | Upper | NonAscii)) == 0; };
    const auto upperAscii = [&](Field f) { return (scan(f) & (Edge | Lower)) == 0; };
    const auto withoutSeparators = [&](Field f) { return (scan(f) & (Edge | Separator)) == 0; };
    if (!plain(Field::MchOrderId) || !isAmountForm(value(Field::Amount), *summary.amount, context.decimals))
        return false;
    const QStringView type = value(Field::DestinationType);
    if (type == PayoutDetail::Bank) {
        return plain(Field::BankAccountName) && withoutSeparators(Field::BankAccountNo)
               && lowerAscii(Field::BankAccountType) && plain(Field::BankName) && upperAscii(Field::BankCountryCode)
               && upperAscii(Field::BankSwiftCode);
    }
    if (type != PayoutDetail::EWallet)
        return false;
    if (!plain(Field::WalletAccountName) || !plain(Field::WalletAccountNumber) || !lowerAscii(Field::WalletAccountType)
        || !plain(Field::WalletProvider) || !lowerAscii(Field::WalletDepositKeyType) || !plain(Field::WalletDepositKey))
        return false;
    // ProviderTable::canonicalName() without building strings: the first offered name that
    // matches ignoring case is the spelling sent (context.providers is that same list).
    const QStringView provider = value(Field::WalletProvider);
    for (const QString &name : context.providers) {
        if (name.size() != provider.size())
            continue;
        if (provider == name)
            break;
        if (provider.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    const QStringView keyType = value(Field::WalletDepositKeyType);
    const QStringView key = value(Field::WalletDepositKey);
    if (keyType == QLatin1StringView("phone"))
        return phoneKeyIsE164;
    if (keyType == QLatin1StringView("cpf") || keyType == QLatin1StringView("cnpj"))
        return BrazilTaxId::strip(key) == key;
    if (keyType == QLatin1StringView("random"))
        return lowerAscii(Field::WalletDepositKey);
    return true;
}

std::optional<qint64> DetailValidator::amountMinor(const DetailView &detail, const Context &context) const
{
    const Amount::ParseResult r = Amount::parse(detail.amount().trimmed(), context.decimals);
    if (!r.ok() || r.minor == 0)
        return std::nullopt;
    return r.minor;
}

PayoutDetail DetailValidator::normalized(const PayoutDetail &detail, const Context &context) const
{
    PayoutDetail out;
    const auto text = [&](Field f) { return QStringView(detail.value(f)).trimmed(); };
    const auto lower = [&](Field f) { return text(f).toString().toLower(); };
    const bool bank = text(Field::DestinationType).compare(PayoutDetail::Bank, Qt::CaseInsensitive) == 0;
    const bool wallet = text(Field::DestinationType).compare(PayoutDetail::EWallet, Qt::CaseInsensitive) == 0;

    out.setValue(Field::MchOrderId, text(Field::MchOrderId).toString());
    const std::optional<qint64> minor = amountMinor(detail, context);
    out.setValue(Field::Amount, minor ? Amount::format(*minor, context.decimals) : text(Field::Amount).toString());
    out.setValue(Field::DestinationType,
                 bank || wallet ? lower(Field::DestinationType) : text(Field::DestinationType).toString());
    if (bank) {
        out.setValue(Field::BankAccountName, text(Field::BankAccountName).toString());
        out.setValue(Field::BankAccountNo, accountNumberDigits(text(Field::BankAccountNo)));
        out.setValue(Field::BankAccountType, lower(Field::BankAccountType));
        out.setValue(Field::BankName, text(Field::BankName).toString());
        out.setValue(Field::BankCountryCode, upper(text(Field::BankCountryCode)));
        out.setValue(Field::BankSwiftCode, upper(text(Field::BankSwiftCode)));
    }
    if (wallet) {
        out.setValue(Field::WalletAccountName, text(Field::WalletAccountName).toString());
        out.setValue(Field::WalletAccountNumber, text(Field::WalletAccountNumber).toString());
        out.setValue(Field::WalletAccountType, lower(Field::WalletAccountType));
        const QString provider = text(Field::WalletProvider).toString();
        const QString canonical = m_data.providers.canonicalName(context.currency, provider);
        out.setValue(Field::WalletProvider, canonical.isEmpty() ? provider : canonical);
        const QString type = lower(Field::WalletDepositKeyType);
        out.setValue(Field::WalletDepositKeyType, type);
        QString key = text(Field::WalletDepositKey).toString();
        if (type == QLatin1StringView("phone")) {
            const PhoneKey::Result phone = PhoneKey::parse(key, context.phoneRegion);
            if (phone.status == PhoneKey::Status::Ok)
                key = phone.e164;
        } else if (type == QLatin1StringView("cpf") || type == QLatin1StringView("cnpj")) {
            key = BrazilTaxId::strip(key);
        } else if (type == QLatin1StringView("random")) {
            key = key.toLower();
        }
        out.setValue(Field::WalletDepositKey, key);
    }
    return out;
}

} // namespace Lesspay::Core
