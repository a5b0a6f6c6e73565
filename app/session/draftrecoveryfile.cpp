// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftrecoveryfile.h"

#include "journal/draftcodec.h"
#include "journal/sqldialect.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lesspay::Core {

namespace {

constexpr int FormatVersion = 1;

} // namespace

DraftRecoveryFile::DraftRecoveryFile(QString path)
    : m_path(std::move(path))
{}

QString DraftRecoveryFile::pathFor(const QString &journalLocation, const QString &dir)
{
    const QString folder =
        dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                      : dir;
    // Named after the location without its password, which never reaches a file name.
    const QByteArray key = SqlDialect::displayLocation(journalLocation).toUtf8();
    return folder + u'/'
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
           + QStringLiteral(".json");
}

bool DraftRecoveryFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool DraftRecoveryFile::write(const DraftRecord &draft, qint64 journalUpdatedAt, QString *error) const
{
    const QFileInfo info(m_path);
    if (!QFileInfo::exists(info.absolutePath())) {
        if (!QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = info.absolutePath();
            return false;
        }
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QJsonObject object{
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("draftId"), QString::number(draft.id)},
        {QStringLiteral("profileId"), draft.profileId},
        {QStringLiteral("title"), draft.title},
        {QStringLiteral("journalUpdatedAt"), QString::number(journalUpdatedAt)},
        {QStringLiteral("rowCount"), draft.rowCount},
        {QStringLiteral("header"), QString::fromLatin1(DraftCodec::encodeHeader(draft.header).toBase64())},
        {QStringLiteral("rows"), QString::fromLatin1(draft.rows.toBase64())},
    };
    QSaveFile file(m_path);
    // Private from its first byte: the rows carry account numbers.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<DraftRecoveryFile::Entry> DraftRecoveryFile::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.value(QStringLiteral("version")).toInt() != FormatVersion)
        return std::nullopt;
    Entry entry;
    entry.draft.id = object.value(QStringLiteral("draftId")).toString().toLongLong();
    entry.draft.profileId = object.value(QStringLiteral("profileId")).toString();
    entry.draft.title = object.value(QStringLiteral("title")).toString();
    entry.draft.rowCount = object.value(QStringLiteral("rowCount")).toInt();
    entry.draft.header =
        DraftCodec::decodeHeader(QByteArray::fromBase64(object.value(QStringLiteral("header")).toString().toLatin1()));
    entry.draft.rows = QByteArray::fromBase64(object.value(QStringLiteral("rows")).toString().toLatin1());
    entry.journalUpdatedAt = object.value(QStringLiteral("journalUpdatedAt")).toString().toLongLong();
    if (!DraftCodec::decodeRows(entry.draft.rows))
        return std::nullopt;
    return entry;
}

void DraftRecoveryFile::remove() const
{
    QFile::remove(m_path);
}

} // namespace Lesspay::Core
