// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsidebar.h"

#include "dialogs.h"
#include "journalsidebardelegate.h"
#include "models/journalsidebarmodel.h"
#include "session/draftsession.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using namespace Lesspay::Core;

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

JournalSidebar::JournalSidebar(JournalSidebarModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(&model)
    , m_delegate(new JournalSidebarDelegate(this))
    , m_draftDelegate(new JournalSidebarDelegate(this))
    , m_drafts(new QListView(this))
    , m_batches(new QListView(this))
    , m_standardDialogs(std::make_unique<Dialogs>())
    , m_dialogs(m_standardDialogs.get())
    , m_renameAction(new QAction(tr("&Rename"), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("journalSidebar"));
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setAccessibleName(tr("Drafts"));
    m_batches->setObjectName(QStringLiteral("batchesList"));
    m_batches->setAccessibleName(tr("Submitted batches"));
    const std::pair<QListView *, JournalSidebarModel::Group> lists[] = {{m_drafts, JournalSidebarModel::DraftsGroup},
                                                                        {m_batches, JournalSidebarModel::BatchesGroup}};
    for (const auto &[list, group] : lists) {
        list->setModel(m_model);
        list->setRootIndex(m_model->groupIndex(group));
        list->setItemDelegate(list == m_drafts ? m_draftDelegate : m_delegate);
        list->setIconSize(QSize(16, 16));
        list->setUniformItemSizes(true);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
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

    connect(m_drafts, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT draftActivated(index.data(JournalSidebarModel::DraftIdRole).toLongLong());
    });
    connect(m_batches, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT batchActivated(index.data(JournalSidebarModel::RequestIdRole).toString());
    });

    // Rename and delete the draft under the cursor: keys while the list has focus, and its context menu.
    m_renameAction->setObjectName(QStringLiteral("renameDraftAction"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_deleteAction->setObjectName(QStringLiteral("deleteDraftAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : {m_renameAction, m_deleteAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_drafts->addAction(action);
    }
    connect(m_renameAction, &QAction::triggered, this, &JournalSidebar::renameCurrentDraft);
    connect(m_deleteAction, &QAction::triggered, this, &JournalSidebar::deleteCurrentDraft);
    m_drafts->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_drafts, &QWidget::customContextMenuRequested, this, &JournalSidebar::showDraftMenu);
    connect(m_drafts->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JournalSidebar::updateDraftActions);
    connect(m_model, &JournalSidebarModel::renameRefused, this, [this](const QString &message) {
        m_dialogs->warning(this, QStringLiteral("draftNotRenamedMessage"), tr("Draft not renamed"), message);
    });
    updateDraftActions();
}

JournalSidebar::~JournalSidebar() = default;

void JournalSidebar::setSession(Core::DraftSession *session)
{
    m_session = session;
    updateDraftActions();
}

void JournalSidebar::setDialogs(Dialogs *dialogs)
{
    m_dialogs = dialogs ? dialogs : m_standardDialogs.get();
}

void JournalSidebar::updateDraftActions()
{
    const bool draft = m_drafts->currentIndex().isValid();
    m_renameAction->setEnabled(draft);
    m_deleteAction->setEnabled(draft && m_session);
}

void JournalSidebar::showDraftMenu(const QPoint &at)
{
    const QModelIndex index = m_drafts->indexAt(at);
    if (!index.isValid())
        return;
    m_drafts->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("draftContextMenu"));
    menu.addAction(m_renameAction);
    menu.addAction(m_deleteAction);
    menu.exec(m_drafts->viewport()->mapToGlobal(at));
}

void JournalSidebar::renameCurrentDraft()
{
    const QModelIndex index = m_drafts->currentIndex();
    if (index.isValid())
        m_drafts->edit(index);
}

void JournalSidebar::deleteCurrentDraft()
{
    const QModelIndex index = m_drafts->currentIndex();
    if (!index.isValid() || !m_session)
        return;
    const qint64 draftId = index.data(JournalSidebarModel::DraftIdRole).toLongLong();
    const QString name = index.data(Qt::EditRole).toString();
    const int rows = index.data(JournalSidebarModel::RowCountRole).toInt();
    if (!m_dialogs->question(
            this, QStringLiteral("deleteDraftQuestion"), tr("Delete draft"),
            tr("Delete the draft \"%1\" with its %n row(s)? It cannot be brought back.", nullptr, rows).arg(name)))
        return;
    QString error;
    if (!m_session->deleteDraft(draftId, &error))
        m_dialogs->warning(this, QStringLiteral("draftNotDeletedMessage"), tr("Draft not deleted"), error);
}

void JournalSidebar::refresh()
{
    // Called on palette changes too: the icons are drawn for the palette in use.
    m_delegate->reloadIcons();
    m_draftDelegate->reloadIcons();
    m_model->reload();
    m_drafts->viewport()->update();
    m_batches->viewport()->update();
}

} // namespace Lesspay::Ui
