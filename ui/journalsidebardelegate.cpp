// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsidebardelegate.h"

#include "models/journalsidebarmodel.h"
#include "themeicon.h"

namespace Lesspay::Ui {

using Core::JournalSidebarModel;

JournalSidebarDelegate::JournalSidebarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    reloadIcons();
}

void JournalSidebarDelegate::reloadIcons()
{
    m_draftIcon = ThemeIcon::load(QStringLiteral(":/icons/draft.svg"));
    m_batchIcon = ThemeIcon::load(QStringLiteral(":/icons/batch.svg"));
}

void JournalSidebarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = JournalSidebarModel::Kind(index.data(JournalSidebarModel::KindRole).toInt());
    if (kind == JournalSidebarModel::Kind::Group)
        return;
    option->icon = kind == JournalSidebarModel::Kind::Draft ? m_draftIcon : m_batchIcon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (index.data(JournalSidebarModel::CurrentRole).toBool())
        option->font.setBold(true);
}

} // namespace Lesspay::Ui
