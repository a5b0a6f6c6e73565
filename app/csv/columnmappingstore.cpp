// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmappingstore.h"

#include "csv/headeraliases.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Lesspay::Core {

namespace {

const QString Group = QStringLiteral("csvColumnMappings");

QString settingsKey(const QStringList &headers)
{
    return Group + u'/' + ColumnMappingStore::headerSetKey(headers);
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

std::optional<ColumnMappingStore::Mapping> ColumnMappingStore::mapping(const QStringList &headers) const
{
    // One '|'-joined string: QSettings' INI format loses empty entries of a string list.
    const QString key = settingsKey(headers);
    if (!m_settings.contains(key))
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
    return mapping;
}

void ColumnMappingStore::remember(const QStringList &headers, const Mapping &mapping)
{
    QStringList keys;
    keys.reserve(mapping.size());
    for (const auto &field : mapping)
        keys.append(field ? fieldKey(*field) : QString());
    m_settings.setValue(settingsKey(headers), keys.join(u'|'));
}

void ColumnMappingStore::forget(const QStringList &headers)
{
    m_settings.remove(settingsKey(headers));
}

int ColumnMappingStore::forgetAll()
{
    m_settings.beginGroup(Group);
    const int count = int(m_settings.childKeys().size());
    m_settings.endGroup();
    m_settings.remove(Group);
    return count;
}

} // namespace Lesspay::Core
