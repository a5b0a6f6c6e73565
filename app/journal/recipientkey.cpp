// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientkey.h"

#include "domain/payoutdetail.h"
#include "money/amount.h"

#include <QCryptographicHash>

namespace Lesspay::Core::RecipientKey {

QString squeeze(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'@' || c == u'.' || c == u'+')
            out.append(c.toLower());
    }
    return out;
}

namespace {

QString hashed(const QString &currency, const QString &kind, const QString &a, const QString &b)
{
    const QString text = currency.trimmed().toUpper() + u'|' + kind + u'|' + squeeze(a) + u'|' + squeeze(b);
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

QString of(const QString &currency, const PayoutDetail &detail)
{
    if (detail.isWallet())
        return hashed(currency, QStringLiteral("ewallet"), detail.value(Field::WalletProvider),
                      detail.value(Field::WalletAccountNumber));
    return hashed(currency, QStringLiteral("bank"), detail.value(Field::BankSwiftCode).left(8),
                  detail.value(Field::BankAccountNo));
}

QString of(const QString &currency, const QJsonObject &d)
{
    if (d.value(QLatin1String("destination_type")).toString() == PayoutDetail::EWallet) {
        const QJsonObject w = d.value(QLatin1String("e_wallet")).toObject();
        return hashed(currency, QStringLiteral("ewallet"), w.value(QLatin1String("provider")).toString(),
                      w.value(QLatin1String("account_number")).toString());
    }
    // SWIFT "XXXXPHMM" and "XXXXPHMMXXX" name the same bank: its first 8 characters decide.
    return hashed(currency, QStringLiteral("bank"), d.value(QLatin1String("bank_swift_code")).toString().left(8),
                  d.value(QLatin1String("bank_account_no")).toString());
}

std::optional<qint64> amountKey(const QString &amount)
{
    const Amount::ParseResult r = Amount::parse(amount.trimmed(), Amount::MaxDecimals);
    if (!r.ok())
        return std::nullopt;
    return r.minor;
}

} // namespace Lesspay::Core::RecipientKey
