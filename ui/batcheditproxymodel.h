// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"

#include <QIcon>
#include <QIdentityProxyModel>

class QUndoStack;

namespace Lesspay::Core {
class BatchModel;
}

namespace Lesspay::Ui {

// Sits between the batch table and the core's BatchModel. It turns the model's validation
// roles into colour, icon and tooltip, and routes every edit made in the view through the
// undo stack, so that typing in a cell can always be undone.
class BatchEditProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchEditProxyModel)

public:
    BatchEditProxyModel(Core::BatchModel *model, QUndoStack *undoStack, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Core::BatchModel *batchModel() const { return m_model; }
    // A bank name picked from this list fills the row's empty SWIFT and country, like the form.
    void setSupportedBanks(const QList<Core::SupportedBank> &banks) { m_banks = banks; }
    // A frozen batch shows exactly what was sent: no cell is editable and every edit is refused.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

private:
    Core::BatchModel *m_model;
    QUndoStack *m_undoStack;
    QIcon m_errorIcon;
    QIcon m_warningIcon;
    QList<Core::SupportedBank> m_banks;
    bool m_readOnly = false;
};

} // namespace Lesspay::Ui
