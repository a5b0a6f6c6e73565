// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/currencytable.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <bitset>
#include <optional>

namespace Lesspay::Core {

// What an e-wallet provider takes: the country whose phone numbers it pays to and the deposit
// key types it accepts. An empty rule (a provider a profile added) allows everything.
struct ProviderRule
{
    QString country;             // ISO 3166-1 alpha-2; empty: any country
    QStringList depositKeyTypes; // API values; empty: every type
};

// Currency -> e-wallet providers offered for it (data, extendable per profile), and their rules.
class ProviderTable
{
public:
    // Every deposit key type of the API, in the order the forms offer them.
    static const QStringList &allDepositKeyTypes();

    static ProviderTable builtin(); // :/data/providers.json
    static std::optional<ProviderTable> fromJson(const QByteArray &json, QString *error = nullptr);

    QStringList providers(const QString &currency) const;
    // Case-sensitive match on the canonical spelling; see canonicalName() for user input.
    bool offers(const QString &currency, const QString &provider) const;
    // The canonical spelling for a case-insensitive match ("gcash" -> "GCash"), or empty.
    QString canonicalName(const QString &currency, const QString &provider) const;
    ProviderTable withExtra(const QHash<QString, QStringList> &extra) const;

    // The rule of a provider offered for the currency (any spelling), or an empty one.
    ProviderRule rule(const QString &currency, const QString &provider) const;
    // The deposit key types the provider takes: its rule's, or every type.
    QStringList depositKeyTypes(const QString &currency, const QString &provider) const;

private:
    QHash<QString, QStringList> m_providers;
    QHash<QString, QHash<QString, ProviderRule>> m_rules; // currency -> canonical name -> rule
};

// ISO 3166-1 alpha-2 countries from Debian's iso-codes data (embedded at build time).
class CountryTable
{
public:
    static CountryTable builtin(); // :/data/iso_3166-1.json
    bool contains(QStringView alpha2) const;
    QString name(const QString &alpha2) const;
    QStringList codes() const; // sorted

private:
    QHash<QString, QString> m_names;
    std::bitset<26 * 26> m_alpha2; // AA..ZZ, for an allocation-free contains()
};

// Everything the validator needs to know about the world, loaded once by the caller and passed in.
struct ReferenceData
{
    CurrencyTable currencies;
    ProviderTable providers;
    CountryTable countries;
    // The currencies the profile enables (spec section 3); empty: every currency of the table.
    QStringList allowedCurrencies;

    bool allowsCurrency(const QString &currency) const
    {
        return currencies.contains(currency) && (allowedCurrencies.isEmpty() || allowedCurrencies.contains(currency));
    }

    static ReferenceData builtin();
};

} // namespace Lesspay::Core
