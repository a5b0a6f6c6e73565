// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsidebarmodel.h"

#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Lesspay::Core {

namespace {

// internalId of an index: 0 for a group, group + 1 for a row inside it.
constexpr quintptr GroupId = 0;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

bool sameDraft(const DraftRecord &a, const DraftRecord &b)
{
    return a.title == b.title && a.header.currency == b.header.currency && a.rowCount == b.rowCount
           && a.updatedAt == b.updatedAt;
}

bool sameBatch(const BatchSummary &a, const BatchSummary &b)
{
    return a.batch.state == b.batch.state && a.batch.orderStatus == b.batch.orderStatus
           && a.batch.totalAmount == b.batch.totalAmount && a.batch.currency == b.batch.currency
           && a.batch.createdAt == b.batch.createdAt;
}

} // namespace

JournalSidebarModel::JournalSidebarModel(Journal &journal, QObject *parent)
    : QAbstractItemModel(parent)
    , m_journal(journal)
{}

QModelIndex JournalSidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex JournalSidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return groupIndex(Group(child.internalId() - 1));
}

int JournalSidebarModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != GroupId)
        return 0;
    return parent.row() == DraftsGroup ? int(m_drafts.size()) : int(m_batches.size());
}

int JournalSidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags JournalSidebarModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    if (Group(index.internalId() - 1) == DraftsGroup)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool JournalSidebarModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == GroupId
        || Group(index.internalId() - 1) != DraftsGroup)
        return false;
    DraftRecord &draft = m_drafts[index.row()];
    QString title = value.toString().trimmed();
    if (title == defaultTitle(draft.id)) // the default name typed back: no name of its own
        title.clear();
    if (title == draft.title)
        return true;
    QString error;
    if (!DraftStore(m_journal).rename(draft.id, title, &error)) {
        Q_EMIT renameRefused(error);
        return false;
    }
    draft.title = title;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

QVariant JournalSidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        if (role == KindRole)
            return int(Kind::Group);
        if (role == Qt::DisplayRole)
            return index.row() == DraftsGroup ? tr("Drafts") : tr("Submitted batches");
        return {};
    }
    if (Group(index.internalId() - 1) == DraftsGroup)
        return draftData(m_drafts.at(index.row()), role);
    return batchData(m_batches.at(index.row()), role);
}

QVariant JournalSidebarModel::draftData(const DraftRecord &draft, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = draft.title.isEmpty() ? defaultTitle(draft.id) : draft.title;
        return tr("%1 \u00b7 %2 \u00b7 %n row(s)", nullptr, draft.rowCount).arg(title, draft.header.currency);
    }
    case Qt::EditRole: // the name alone, as it is edited
        return draft.title.isEmpty() ? defaultTitle(draft.id) : draft.title;
    case Qt::ToolTipRole: {
        const QString changed = tr("Last changed %1").arg(when(draft.updatedAt));
        const QString origin = m_origins.value(draft.id);
        return origin.isEmpty() ? changed
                                : changed + u'\n' + tr("Made from the failed payouts of batch %1").arg(origin);
    }
    case OriginRole:
        return m_origins.value(draft.id);
    case KindRole:
        return int(Kind::Draft);
    case DraftIdRole:
        return draft.id;
    case CurrentRole:
        return draft.id == m_currentDraft;
    case ChangedAtRole:
        return draft.updatedAt;
    case RowCountRole:
        return draft.rowCount;
    default:
        return {};
    }
}

QVariant JournalSidebarModel::batchData(const BatchSummary &summary, int role) const
{
    const FrozenBatch &batch = summary.batch;
    switch (role) {
    case Qt::DisplayRole: {
        const QString status = batch.orderStatus.isEmpty() ? BatchStates::label(batch.state) : batch.orderStatus;
        return QStringLiteral("%1 \u00b7 %2 %3 \u00b7 %4")
            .arg(batch.requestId, batch.totalAmount, batch.currency, status);
    }
    case Qt::ToolTipRole: {
        const QString created = tr("Created %1").arg(when(batch.createdAt));
        const QString origin = m_origins.value(batch.draftId);
        return origin.isEmpty() ? created : created + u'\n' + tr("Retries the failed payouts of batch %1").arg(origin);
    }
    case OriginRole:
        return m_origins.value(batch.draftId);
    case KindRole:
        return int(Kind::Batch);
    case RequestIdRole:
        return batch.requestId;
    case ChangedAtRole:
        return batch.createdAt;
    default:
        return {};
    }
}

QString JournalSidebarModel::defaultTitle(qint64 draftId)
{
    return tr("Draft %1").arg(draftId);
}

int JournalSidebarModel::rowOfDraft(qint64 draftId) const
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts.at(row).id == draftId)
            return row;
    }
    return -1;
}

int JournalSidebarModel::rowOfBatch(const QString &requestId) const
{
    for (int row = 0; row < m_batches.size(); ++row) {
        if (m_batches.at(row).batch.requestId == requestId)
            return row;
    }
    return -1;
}

void JournalSidebarModel::setProfile(const QString &profileId)
{
    m_profileId = profileId;
    reload();
}

void JournalSidebarModel::setCurrentDraft(qint64 draftId)
{
    if (draftId == m_currentDraft)
        return;
    const int before = rowOfDraft(m_currentDraft);
    m_currentDraft = draftId;
    const QModelIndex drafts = groupIndex(DraftsGroup);
    for (const int row : {before, rowOfDraft(draftId)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0, drafts), index(row, 0, drafts), {CurrentRole});
    }
}

void JournalSidebarModel::setBatchLimit(int limit)
{
    m_batchLimit = limit;
    reload();
}

void JournalSidebarModel::reload()
{
    m_origins = m_profileId.isEmpty() ? QHash<qint64, QString>() : DraftStore(m_journal).originsByDraft();
    const QList<DraftRecord> drafts =
        m_profileId.isEmpty() ? QList<DraftRecord>() : DraftStore(m_journal).openDrafts(m_profileId);
    sync(
        DraftsGroup, m_drafts, drafts, [](const DraftRecord &d) { return QString::number(d.id); }, &sameDraft);
    const QList<BatchSummary> batches = m_profileId.isEmpty()
                                            ? QList<BatchSummary>()
                                            : JournalQueries(m_journal).listBatches(m_profileId, m_batchLimit);
    sync(
        BatchesGroup, m_batches, batches, [](const BatchSummary &s) { return s.batch.requestId; }, &sameBatch);
}

// Brings `rows` to `fresh` with the fewest signals a view can follow: rows gone are removed, then
// each fresh row is found (moved up when it was further down, inserted when new) and its data
// changed only when something shown differs.
template<typename Row, typename KeyOf, typename Changed>
void JournalSidebarModel::sync(Group group, QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Changed same)
{
    const QModelIndex parent = groupIndex(group);
    QSet<QString> keep;
    keep.reserve(fresh.size());
    for (const Row &row : fresh)
        keep.insert(keyOf(row));
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(keyOf(rows.at(row))))
            continue;
        beginRemoveRows(parent, row, row);
        rows.removeAt(row);
        endRemoveRows();
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const QString key = keyOf(fresh.at(i));
        int found = -1;
        for (int j = i; j < rows.size(); ++j) {
            if (keyOf(rows.at(j)) == key) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows(parent, i, i);
            rows.insert(i, fresh.at(i));
            endInsertRows();
            continue;
        }
        if (found != i) {
            beginMoveRows(parent, found, found, parent, i);
            rows.move(found, i);
            endMoveRows();
        }
        const bool unchanged = same(rows.at(i), fresh.at(i));
        rows[i] = fresh.at(i);
        if (!unchanged)
            Q_EMIT dataChanged(index(i, 0, parent), index(i, 0, parent));
    }
}

} // namespace Lesspay::Core
