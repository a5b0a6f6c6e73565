// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "journal/draftcodec.h"
#include "journal/journal.h"
#include "journal/sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lesspay::Core {

DraftStore::DraftStore(Journal &journal)
    : m_journal(journal)
{}

std::optional<qint64> DraftStore::save(const DraftRecord &draft, QString *error)
{
    QSqlDatabase db = m_journal.database();
    SqlTransaction tx(db);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(db);
    const std::optional<qint64> id = write(q, draft, error);
    if (!id) {
        // Ended before q goes: PostgreSQL frees q's prepared statement only outside the failed
        // transaction (an approver's console may not write drafts, for one).
        tx.rollback();
        return std::nullopt;
    }
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> DraftStore::saveFollowUp(const DraftRecord &draft, const QString &originRequestId,
                                               const QString &kind, QString *error)
{
    QSqlDatabase db = m_journal.database();
    SqlTransaction tx(db);
    if (!tx.begin()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(db);
    DraftRecord fresh = draft;
    fresh.id = 0;
    const std::optional<qint64> id = write(q, fresh, error);
    if (!id) {
        tx.rollback(); // before q goes, as in save()
        return std::nullopt;
    }
    q.prepare(QStringLiteral("INSERT INTO draft_origins (draft_id, origin_request_id, kind, created_at) VALUES (?, ?, "
                             "?, ?)"));
    q.addBindValue(*id);
    q.addBindValue(nonNull(originRequestId));
    q.addBindValue(nonNull(kind));
    q.addBindValue(m_journal.now());
    if (!q.exec()) {
        // The transaction rolls back: no draft is left without its link.
        if (error)
            *error = tr("The draft could not be linked to its batch: %1").arg(q.lastError().text());
        tx.rollback();
        return std::nullopt;
    }
    q.finish();
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> DraftStore::write(QSqlQuery &q, const DraftRecord &draft, QString *error)
{
    const qint64 at = m_journal.now();
    qint64 id = draft.id;
    if (id > 0) {
        q.prepare(QStringLiteral("SELECT 1 FROM batches WHERE draft_id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            if (error)
                *error = tr("This draft was already submitted and can no longer change.");
            return std::nullopt;
        }
        // The title is left alone: it changes by rename() only, which an autosave must not undo.
        q.prepare(QStringLiteral("UPDATE drafts SET profile_id = ?, header = ?, rows = ?, row_count = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(nonNull(draft.profileId));
        q.addBindValue(DraftCodec::encodeHeader(draft.header));
        q.addBindValue(nonNull(draft.rows));
        q.addBindValue(draft.rowCount);
        q.addBindValue(at);
        q.addBindValue(id);
        if (!q.exec() || q.numRowsAffected() != 1) {
            if (error)
                *error = tr("The draft could not be saved: %1").arg(q.lastError().text());
            return std::nullopt;
        }
        return id;
    }
    q.prepare(QStringLiteral("INSERT INTO drafts (profile_id, title, header, rows, row_count, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(nonNull(draft.profileId));
    q.addBindValue(nonNull(draft.title));
    q.addBindValue(DraftCodec::encodeHeader(draft.header));
    q.addBindValue(nonNull(draft.rows));
    q.addBindValue(draft.rowCount);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("The draft could not be saved: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const qint64 newId = q.value(0).toLongLong();
    q.finish();
    return newId;
}

std::optional<qint64> DraftStore::updatedAt(qint64 id, bool *ok) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT updated_at FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    const bool read = q.exec();
    if (ok)
        *ok = read;
    if (!read || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<DraftRecord> DraftStore::load(qint64 id) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT d.id, d.profile_id, d.title, d.header, d.rows, d.row_count, d.created_at, "
                             "d.updated_at, b.request_id FROM drafts d LEFT JOIN batches b ON b.draft_id = d.id "
                             "WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    DraftRecord d;
    d.id = q.value(0).toLongLong();
    d.profileId = q.value(1).toString();
    d.title = q.value(2).toString();
    d.header = DraftCodec::decodeHeader(q.value(3).toByteArray());
    d.rows = q.value(4).toByteArray();
    d.rowCount = q.value(5).toInt();
    d.createdAt = q.value(6).toLongLong();
    d.updatedAt = q.value(7).toLongLong();
    d.frozenRequestId = q.value(8).toString();
    return d;
}

namespace {

const QString ListSelect =
    QStringLiteral("SELECT d.id, d.profile_id, d.title, d.header, d.row_count, d.created_at, d.updated_at, "
                   "b.request_id FROM drafts d LEFT JOIN batches b ON b.draft_id = d.id ");

QList<DraftRecord> readList(QSqlQuery &q)
{
    QList<DraftRecord> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        DraftRecord d;
        d.id = q.value(0).toLongLong();
        d.profileId = q.value(1).toString();
        d.title = q.value(2).toString();
        d.header = DraftCodec::decodeHeader(q.value(3).toByteArray());
        d.rowCount = q.value(4).toInt();
        d.createdAt = q.value(5).toLongLong();
        d.updatedAt = q.value(6).toLongLong();
        d.frozenRequestId = q.value(7).toString();
        out.append(d);
    }
    return out;
}

} // namespace

QList<DraftRecord> DraftStore::list() const
{
    QSqlQuery q(m_journal.database());
    q.prepare(ListSelect + QStringLiteral("ORDER BY d.updated_at DESC"));
    return readList(q);
}

QList<DraftRecord> DraftStore::openDrafts(const QString &profileId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(ListSelect
              + QStringLiteral("WHERE d.profile_id = ? AND b.id IS NULL ORDER BY d.updated_at DESC, d.id "
                               "DESC"));
    q.addBindValue(nonNull(profileId));
    return readList(q);
}

bool DraftStore::rename(qint64 id, const QString &title, QString *error)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE drafts SET title = ? WHERE id = ? AND id NOT IN (SELECT draft_id FROM batches "
                             "WHERE draft_id IS NOT NULL)"));
    q.addBindValue(nonNull(title.trimmed()));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("The draft could not be renamed: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = refusal(id, tr("This draft was already submitted and can no longer change."));
    return false;
}

bool DraftStore::remove(qint64 id, QString *error)
{
    // A submitted draft stays: its batch refers to it. The link to the batch a draft was made from
    // goes with the draft (ON DELETE CASCADE).
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ? AND id NOT IN (SELECT draft_id FROM batches WHERE "
                             "draft_id IS NOT NULL)"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = tr("The draft could not be deleted: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = refusal(id, tr("This draft was submitted: its batch keeps it, so it cannot be deleted."));
    return false;
}

QString DraftStore::refusal(qint64 id, const QString &frozen) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(
        QStringLiteral("SELECT b.request_id FROM drafts d LEFT JOIN batches b ON b.draft_id = d.id WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return tr("This draft no longer exists.");
    if (!q.value(0).isNull())
        return frozen;
    // The draft is there and not submitted, yet no row changed: the team database's row-level
    // security let this login see it but not change it.
    return tr("Only the person who prepared this draft can rename or delete it.");
}

std::optional<qint64> DraftStore::followUpOf(const QString &originRequestId, const QString &kind) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT draft_id FROM draft_origins WHERE origin_request_id = ? AND kind = ? ORDER BY "
                             "draft_id LIMIT 1"));
    q.addBindValue(nonNull(originRequestId));
    q.addBindValue(nonNull(kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString DraftStore::originOf(qint64 draftId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT origin_request_id FROM draft_origins WHERE draft_id = ?"));
    q.addBindValue(draftId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QSet<QString> DraftStore::origins() const
{
    QSet<QString> out;
    QSqlQuery q(m_journal.database());
    if (!q.exec(QStringLiteral("SELECT DISTINCT origin_request_id FROM draft_origins")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QHash<qint64, QString> DraftStore::originsByDraft() const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_journal.database());
    if (!q.exec(QStringLiteral("SELECT draft_id, origin_request_id FROM draft_origins")))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace Lesspay::Core
