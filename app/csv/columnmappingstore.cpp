// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingstore.h"

#include "csv/headeraliases.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Lesspay::Core {

namespace {

// Two groups under the same header set hash (the separators were added after the columns; the
// keys stay, so mappings remembered before are still found).
const QString Group = QStringLiteral("csvColumnMappings");
const QString SeparatorGroup = QStringLiteral("csvDecimalSeparators");

QString settingsKey(const QStringList &headers)
{
    return Group + u'/' + ColumnMappingStore::headerSetKey(headers);
}

QString separatorKey(const QStringList &headers)
{
    return SeparatorGroup + u'/' + ColumnMappingStore::headerSetKey(headers);
}

} // namespace

ColumnMappingStore::ColumnMappingStore(QSettings &settings)
    : m_settings(settings)
{}

QString ColumnMappingStore::headerSetKey(const QStringList &headers)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &header : headers) {
        hash.addData(HeaderAliases::normalize(header).toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // unit separator: ["ab"] differs from ["a","b"]
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

std::optional<ColumnMappingStore::ImportMapping> ColumnMappingStore::mapping(const QStringList &headers) const
{
    // One '|'-joined string: QSettings' INI format loses empty entries of a string list.
    const QString key = settingsKey(headers);
    if (!m_settings.contains(key))
        return std::nullopt;
    const QString separator = m_settings.value(separatorKey(headers)).toString();
    if (separator != u"point" && separator != u"comma")
        return std::nullopt;
    const QStringList keys = m_settings.value(key).toString().split(u'|');
    if (keys.size() != headers.size())
        return std::nullopt;
    Mapping mapping;
    mapping.reserve(keys.size());
    for (const QString &name : keys) {
        if (name.isEmpty()) {
            mapping.append(std::nullopt);
            continue;
        }
        const auto field = fieldFromKey(name);
        if (!field) // written by a newer version with fields this one does not know
            return std::nullopt;
        mapping.append(field);
    }
    return ImportMapping{std::move(mapping),
                         separator == u"comma" ? Amount::DecimalSeparator::Comma : Amount::DecimalSeparator::Point};
}

void ColumnMappingStore::remember(const QStringList &headers, const ImportMapping &mapping)
{
    QStringList keys;
    keys.reserve(mapping.columns.size());
    for (const auto &field : mapping.columns)
        keys.append(field ? fieldKey(*field) : QString());
    m_settings.setValue(settingsKey(headers), keys.join(u'|'));
    m_settings.setValue(separatorKey(headers), mapping.decimalSeparator == Amount::DecimalSeparator::Comma
                                                   ? QStringLiteral("comma")
                                                   : QStringLiteral("point"));
}

void ColumnMappingStore::forget(const QStringList &headers)
{
    m_settings.remove(settingsKey(headers));
    m_settings.remove(separatorKey(headers));
}

int ColumnMappingStore::forgetAll()
{
    m_settings.beginGroup(Group);
    const int count = int(m_settings.childKeys().size());
    m_settings.endGroup();
    m_settings.remove(Group);
    m_settings.remove(SeparatorGroup);
    return count;
}

} // namespace Lesspay::Core
