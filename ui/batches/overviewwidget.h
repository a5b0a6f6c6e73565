// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/batchoverview.h"

#include <QWidget>

namespace Lesspay::Ui {

// A small picture of today: one bar per batch status (how many of today's batches stand
// there) and what was paid per currency. Painted by hand so that it costs nothing to update.
class OverviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewWidget)

public:
    explicit OverviewWidget(QWidget *parent = nullptr);

    void setOverview(const Core::BatchOverview &overview);
    const Core::BatchOverview &overview() const { return m_overview; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Core::BatchOverview m_overview;
};

} // namespace Lesspay::Ui
