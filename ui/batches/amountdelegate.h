// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Lesspay::Ui {

// Shows an amount in the API form ("1250000.50") as the totals line does, with the locale's
// digit grouping and decimal point ("1,250,000.50"); text that is no amount is shown as it is.
// The model keeps the API form, so sorting, copying and exports are unchanged.
class AmountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmountDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace Lesspay::Ui
