// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lesspay::Core {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("%s is missing from the resources", qPrintable(path));
    return file.readAll();
}

bool isUpperAscii(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

using RuleMap = QHash<QString, QHash<QString, ProviderRule>>;

// "providerRules": {currency: {provider: {"country": "PH", "depositKeyTypes": [...]}}}; a rule
// must name a provider offered for its currency and only key types of the API.
bool readRules(const QJsonValue &value, RuleMap *rules, const ProviderTable &table, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!value.isObject())
        return fail(QStringLiteral("\"providerRules\" must be an object of currency -> provider -> rule"));
    const QJsonObject currencies = value.toObject();
    for (auto c = currencies.constBegin(); c != currencies.constEnd(); ++c) {
        const QJsonObject providers = c.value().toObject();
        for (auto p = providers.constBegin(); p != providers.constEnd(); ++p) {
            const QString name = table.canonicalName(c.key(), p.key());
            if (name.isEmpty())
                return fail(QStringLiteral("rule for %1, which is not offered for %2").arg(p.key(), c.key()));
            const QJsonObject object = p.value().toObject();
            ProviderRule rule;
            rule.country = object.value(QLatin1String("country")).toString();
            if (!rule.country.isEmpty() && !CountryTable::builtin().contains(rule.country))
                return fail(QStringLiteral("%1: unknown country %2").arg(name, rule.country));
            for (const QJsonValue &type : object.value(QLatin1String("depositKeyTypes")).toArray()) {
                if (!ProviderTable::allDepositKeyTypes().contains(type.toString()))
                    return fail(QStringLiteral("%1: unknown deposit key type %2").arg(name, type.toString()));
                rule.depositKeyTypes.append(type.toString());
            }
            (*rules)[c.key()].insert(name, rule);
        }
    }
    return true;
}

} // namespace

ProviderTable ProviderTable::builtin()
{
    // Parsed once: the table is immutable and implicitly shared, so copies are cheap.
    static const ProviderTable table = [] {
        QString error;
        auto parsed = fromJson(readResource(QStringLiteral(":/data/providers.json")), &error);
        if (!parsed)
            qFatal("providers.json is broken: %s", qPrintable(error));
        return *parsed;
    }();
    return table;
}

std::optional<ProviderTable> ProviderTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        if (error)
            *error = doc.isNull() ? parseError.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonValue providers = doc.object().value(QLatin1String("providers"));
    if (!providers.isObject()) {
        if (error)
            *error = QStringLiteral("\"providers\" must be an object of currency -> list of names");
        return std::nullopt;
    }
    QHash<QString, QStringList> map;
    const QJsonObject object = providers.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isArray()) {
            if (error)
                *error = QStringLiteral("providers of %1 must be a list").arg(it.key());
            return std::nullopt;
        }
        QStringList names;
        for (const QJsonValue &v : it.value().toArray()) {
            const QString name = v.toString().trimmed();
            if (name.isEmpty()) {
                if (error)
                    *error = QStringLiteral("empty provider name for %1").arg(it.key());
                return std::nullopt;
            }
            names.append(name);
        }
        map.insert(it.key(), names);
    }
    ProviderTable table = ProviderTable().withExtra(map);
    const QJsonValue rules = doc.object().value(QLatin1String("providerRules"));
    if (!rules.isUndefined() && !readRules(rules, &table.m_rules, table, error))
        return std::nullopt;
    return table;
}

const QStringList &ProviderTable::allDepositKeyTypes()
{
    static const QStringList types = {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("cpf"),
                                      QStringLiteral("cnpj"), QStringLiteral("random")};
    return types;
}

ProviderRule ProviderTable::rule(const QString &currency, const QString &provider) const
{
    const auto byCurrency = m_rules.constFind(currency);
    if (byCurrency == m_rules.constEnd())
        return {};
    return byCurrency->value(canonicalName(currency, provider));
}

QStringList ProviderTable::depositKeyTypes(const QString &currency, const QString &provider) const
{
    const ProviderRule r = rule(currency, provider);
    return r.depositKeyTypes.isEmpty() ? allDepositKeyTypes() : r.depositKeyTypes;
}

QStringList ProviderTable::providers(const QString &currency) const
{
    return m_providers.value(currency);
}

bool ProviderTable::offers(const QString &currency, const QString &provider) const
{
    const auto it = m_providers.constFind(currency);
    return it != m_providers.constEnd() && it->contains(provider);
}

QString ProviderTable::canonicalName(const QString &currency, const QString &provider) const
{
    const auto it = m_providers.constFind(currency);
    if (it == m_providers.constEnd())
        return {};
    for (const QString &name : *it) {
        if (name.compare(provider, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

ProviderTable ProviderTable::withExtra(const QHash<QString, QStringList> &extra) const
{
    // Names that differ only in case are one provider: the first spelling seen stays canonical,
    // so a profile cannot make "gcash" and "GCash" two different entries.
    ProviderTable copy = *this;
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        QStringList &names = copy.m_providers[it.key()];
        for (const QString &raw : it.value()) {
            const QString name = raw.trimmed();
            const bool known = std::any_of(names.cbegin(), names.cend(),
                                           [&](const QString &n) { return n.compare(name, Qt::CaseInsensitive) == 0; });
            if (!name.isEmpty() && !known)
                names.append(name);
        }
    }
    return copy;
}

CountryTable CountryTable::builtin()
{
    static const CountryTable table = [] {
        const QJsonDocument doc = QJsonDocument::fromJson(readResource(QStringLiteral(":/data/iso_3166-1.json")));
        CountryTable t;
        const QJsonArray list = doc.object().value(QLatin1String("3166-1")).toArray();
        for (const QJsonValue &v : list) {
            const QString code = v[QLatin1String("alpha_2")].toString();
            if (code.size() != 2 || !isUpperAscii(code[0]) || !isUpperAscii(code[1]))
                continue;
            t.m_names.insert(code, v[QLatin1String("name")].toString());
            t.m_alpha2.set(std::size_t(code[0].unicode() - u'A') * 26 + std::size_t(code[1].unicode() - u'A'));
        }
        if (t.m_names.size() < 200)
            qFatal("iso_3166-1.json holds only %d countries", int(t.m_names.size()));
        return t;
    }();
    return table;
}

bool CountryTable::contains(QStringView alpha2) const
{
    // A bit per AA..ZZ: the validator asks this for every bank row, without allocating.
    if (alpha2.size() != 2 || !isUpperAscii(alpha2[0]) || !isUpperAscii(alpha2[1]))
        return false;
    return m_alpha2.test(std::size_t(alpha2[0].unicode() - u'A') * 26 + std::size_t(alpha2[1].unicode() - u'A'));
}

QString CountryTable::name(const QString &alpha2) const
{
    return m_names.value(alpha2);
}

QStringList CountryTable::codes() const
{
    QStringList list = m_names.keys();
    std::sort(list.begin(), list.end());
    return list;
}

ReferenceData ReferenceData::builtin()
{
    return {CurrencyTable::builtin(), ProviderTable::builtin(), CountryTable::builtin(), {}};
}

} // namespace Lesspay::Core
