// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/paymentadvice.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Lesspay::Printing {

// One page per paid payout telling the payee who paid them, how much, when, and the
// references to quote (order ID, channel order number, Lesspay order); black on white.
class AdviceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AdviceRenderer)

public:
    using Progress = std::function<bool(int done, int total)>;

    explicit AdviceRenderer(const QLocale &locale = QLocale());

    // Paints one page per advice; false when cancelled or when the device cannot be painted on.
    bool paint(QPagedPaintDevice *device, const QList<Core::PaymentAdvice> &advice,
               const Progress &progress = {}) const;

private:
    void paintPage(QPainter &painter, const Core::PaymentAdvice &advice, qreal width, qreal scale) const;

    QLocale m_locale;
};

} // namespace Lesspay::Printing
