// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lesspay::Core {

// ISO 4217 currencies with the number of decimals each may carry, read from the
// embedded data file; a profile may override the decimals (IDR is often 0 in practice).
class CurrencyTable
{
public:
    struct Currency
    {
        QString code;
        QString name;
        int decimals = 2;
    };

    // The built-in table from :/data/currencies.json.
    static CurrencyTable builtin();
    static std::optional<CurrencyTable> fromJson(const QByteArray &json, QString *error = nullptr);

    bool contains(const QString &code) const { return m_currencies.contains(code); }
    // The decimals for a known code, with overrides applied; nullopt for an unknown code.
    std::optional<int> decimals(const QString &code) const;
    QString name(const QString &code) const;
    QStringList codes() const;

    // Returns a copy in which the given codes carry other decimals. Unknown codes and values
    // outside 0..Amount::MaxDecimals are ignored.
    CurrencyTable withDecimalOverrides(const QHash<QString, int> &overrides) const;

private:
    QHash<QString, Currency> m_currencies;
};

} // namespace Lesspay::Core
