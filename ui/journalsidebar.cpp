// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsidebar.h"

#include "journalsidebardelegate.h"
#include "models/journalsidebarmodel.h"

#include <QLabel>
#include <QListView>
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
    , m_drafts(new QListView(this))
    , m_batches(new QListView(this))
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
        list->setItemDelegate(m_delegate);
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
}

void JournalSidebar::refresh()
{
    // Called on palette changes too: the icons are drawn for the palette in use.
    m_delegate->reloadIcons();
    m_model->reload();
    m_drafts->viewport()->update();
    m_batches->viewport()->update();
}

} // namespace Lesspay::Ui
