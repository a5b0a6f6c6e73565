// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsidebar.h"

#include "journal/draftstore.h"
#include "journal/journal.h"
#include "journal/journalqueries.h"
#include "themeicon.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using namespace Lesspay::Core;

namespace {

constexpr int DraftIdRole = Qt::UserRole;
constexpr int RequestIdRole = Qt::UserRole + 1;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

JournalSidebar::JournalSidebar(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_drafts(new QListWidget(this))
    , m_batches(new QListWidget(this))
{
    setObjectName(QStringLiteral("journalSidebar"));
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setAccessibleName(tr("Drafts"));
    m_batches->setObjectName(QStringLiteral("batchesList"));
    m_batches->setAccessibleName(tr("Submitted batches"));
    for (QListWidget *list : {m_drafts, m_batches}) {
        list->setIconSize(QSize(16, 16));
        list->setUniformItemSizes(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *draftsLabel = heading(tr("Dr&afts"), this);
    draftsLabel->setBuddy(m_drafts);
    auto *batchesLabel = heading(tr("Sub&mitted"), this);
    batchesLabel->setBuddy(m_batches);
    layout->addWidget(draftsLabel);
    layout->addWidget(m_drafts, 3);
    layout->addWidget(batchesLabel);
    layout->addWidget(m_batches, 2);

    connect(m_drafts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT draftActivated(item->data(DraftIdRole).toLongLong()); });
    connect(m_batches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT batchActivated(item->data(RequestIdRole).toString()); });
}

void JournalSidebar::setProfile(const QString &profileId)
{
    m_profileId = profileId;
    refresh();
}

void JournalSidebar::setCurrentDraft(qint64 draftId)
{
    m_currentDraft = draftId;
    for (int i = 0; i < m_drafts->count(); ++i) {
        QListWidgetItem *item = m_drafts->item(i);
        QFont font = item->font();
        font.setBold(item->data(DraftIdRole).toLongLong() == draftId);
        item->setFont(font);
    }
}

void JournalSidebar::refresh()
{
    const QSignalBlocker draftsBlocker(m_drafts);
    m_drafts->clear();
    const QList<DraftRecord> drafts = DraftStore(m_journal).list();
    const QIcon draftIcon = ThemeIcon::load(QStringLiteral(":/icons/draft.svg"));
    for (const DraftRecord &draft : drafts) {
        if (draft.profileId != m_profileId || !draft.frozenRequestId.isEmpty())
            continue;
        const QString title = draft.title.isEmpty() ? tr("Draft %1").arg(draft.id) : draft.title;
        auto *item = new QListWidgetItem(
            draftIcon, tr("%1 \u00b7 %2 \u00b7 %n row(s)", nullptr, draft.rowCount).arg(title, draft.header.currency),
            m_drafts);
        item->setToolTip(tr("Last changed %1").arg(when(draft.updatedAt)));
        item->setData(DraftIdRole, draft.id);
    }
    setCurrentDraft(m_currentDraft);

    const QSignalBlocker batchesBlocker(m_batches);
    m_batches->clear();
    const QList<BatchSummary> batches = JournalQueries(m_journal).listBatches(200);
    const QIcon batchIcon = ThemeIcon::load(QStringLiteral(":/icons/batch.svg"));
    for (const BatchSummary &summary : batches) {
        const FrozenBatch &batch = summary.batch;
        if (batch.profileId != m_profileId)
            continue;
        const QString status = batch.orderStatus.isEmpty() ? BatchStates::label(batch.state) : batch.orderStatus;
        auto *item = new QListWidgetItem(
            batchIcon,
            QStringLiteral("%1 \u00b7 %2 %3 \u00b7 %4").arg(batch.requestId, batch.totalAmount, batch.currency, status),
            m_batches);
        item->setToolTip(tr("Created %1").arg(when(batch.createdAt)));
        item->setData(RequestIdRole, batch.requestId);
    }
}

} // namespace Lesspay::Ui
