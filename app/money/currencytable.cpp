// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencytable.h"

#include "amount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lesspay::Core {

CurrencyTable CurrencyTable::builtin()
{
    QFile file(QStringLiteral(":/data/currencies.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("currencies.json is missing from the resources");
    QString error;
    auto table = fromJson(file.readAll(), &error);
    if (!table)
        qFatal("currencies.json is broken: %s", qPrintable(error));
    return *table;
}

std::optional<CurrencyTable> CurrencyTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    CurrencyTable table;
    const QJsonArray list = doc.object().value(QLatin1String("currencies")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Currency c;
        c.code = o.value(QLatin1String("code")).toString();
        c.name = o.value(QLatin1String("name")).toString();
        c.decimals = o.value(QLatin1String("decimals")).toInt(-1);
        if (c.code.isEmpty() || c.decimals < 0 || c.decimals > Amount::MaxDecimals) {
            if (error)
                *error = QStringLiteral("bad currency entry: ") + QString::fromUtf8(QJsonDocument(o).toJson());
            return std::nullopt;
        }
        table.m_currencies.insert(c.code, c);
    }
    if (table.m_currencies.isEmpty()) {
        if (error)
            *error = QStringLiteral("no currencies");
        return std::nullopt;
    }
    return table;
}

std::optional<int> CurrencyTable::decimals(const QString &code) const
{
    const auto it = m_currencies.constFind(code);
    if (it == m_currencies.constEnd())
        return std::nullopt;
    return it->decimals;
}

QString CurrencyTable::name(const QString &code) const
{
    return m_currencies.value(code).name;
}

QStringList CurrencyTable::codes() const
{
    QStringList list = m_currencies.keys();
    std::sort(list.begin(), list.end());
    return list;
}

CurrencyTable CurrencyTable::withDecimalOverrides(const QHash<QString, int> &overrides) const
{
    CurrencyTable copy = *this;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        auto c = copy.m_currencies.find(it.key());
        if (c != copy.m_currencies.end() && it.value() >= 0 && it.value() <= Amount::MaxDecimals)
            c->decimals = it.value();
    }
    return copy;
}

} // namespace Lesspay::Core
