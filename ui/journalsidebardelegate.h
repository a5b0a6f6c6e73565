// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace Lesspay::Ui {

// Draws the side list's rows (Core::JournalSidebarModel): the draft or batch icon, and the draft
// open in the editor in bold. The model gives words and roles only; the looks live here.
class JournalSidebarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalSidebarDelegate)

public:
    explicit JournalSidebarDelegate(QObject *parent = nullptr);

    // Loads the icons again, for the palette in use now.
    void reloadIcons();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon m_draftIcon;
    QIcon m_batchIcon;
};

} // namespace Lesspay::Ui
