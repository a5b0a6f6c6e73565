// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Batch editor benchmark (not a unit test): bench_batcheditor [ROWS=100000] opens a mixed
// batch in the editor, scrolls through it, edits cells through the undo stack and prints the
// open time, the paint time per screen and the event-loop latency of each edit.

#include "batcheditor.h"
#include "batchtableview.h"
#include "models/batchmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

PayoutDetail row(int i)
{
    PayoutDetail d = BatchModel::blankDetail(i % 3 == 0 ? PayoutDetail::EWallet : PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, QStringLiteral("R%1").arg(i));
    d.setValue(Field::Amount, QStringLiteral("%1.%2").arg(100 + i % 900).arg(i % 100, 2, 10, QLatin1Char('0')));
    if (d.isWallet()) {
        d.setValue(Field::WalletAccountName, QStringLiteral("Maria Santos"));
        d.setValue(Field::WalletAccountNumber, QStringLiteral("+63917%1").arg(1000000 + i % 8999999));
        d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
        d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
        d.setValue(Field::WalletDepositKey, QStringLiteral("+63917%1").arg(1000000 + i % 8999999));
    } else {
        d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
        d.setValue(Field::BankAccountNo, QStringLiteral("00%1").arg(1000000000 + i));
        d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
        d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
        d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    }
    return d;
}

// Time from posting a zero timer to it running: how long the event loop was busy.
double eventLoopLatencyMs()
{
    QElapsedTimer timer;
    timer.start();
    bool ran = false;
    QTimer::singleShot(0, [&ran] { ran = true; });
    while (!ran)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const DetailValidator validator(ReferenceData::builtin());
    QList<PayoutDetail> details;
    details.reserve(rows);
    for (int i = 0; i < rows; ++i)
        details.append(row(i));

    BatchEditor editor(validator);
    editor.resize(1300, 800);
    editor.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    editor.openBatch({RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                      QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")},
                     details);
    QCoreApplication::processEvents();
    const double openMs = double(timer.nsecsElapsed()) / 1e6;

    // Scroll a screen at a time through 50 places of the batch, painting each.
    QScrollBar *bar = editor.table()->verticalScrollBar();
    timer.restart();
    constexpr int Screens = 50;
    double worstPaint = 0;
    for (int i = 0; i < Screens; ++i) {
        QElapsedTimer one;
        one.start();
        bar->setValue(bar->maximum() * i / (Screens - 1));
        editor.table()->viewport()->repaint();
        worstPaint = std::max(worstPaint, double(one.nsecsElapsed()) / 1e6);
    }
    const double paintMs = double(timer.nsecsElapsed()) / 1e6 / Screens;

    // Edits through the view's model, as typing does, each followed by the repaint it causes.
    QAbstractItemModel *model = editor.table()->model();
    constexpr int Edits = 200;
    double worstLatency = 0;
    double totalLatency = 0;
    for (int i = 0; i < Edits; ++i) {
        const int r = (rows - 1) * i / Edits;
        QElapsedTimer one;
        one.start();
        model->setData(model->index(r, BatchModel::AmountColumn), QStringLiteral("%1.00").arg(200 + i));
        const double latency = double(one.nsecsElapsed()) / 1e6 + eventLoopLatencyMs();
        worstLatency = std::max(worstLatency, latency);
        totalLatency += latency;
    }

    std::printf("bench_batcheditor rows=%d\n", rows);
    std::printf("  open (model + view):        %8.1f ms\n", openMs);
    std::printf("  scroll+paint per screen:    %8.2f ms (worst %.2f ms)\n", paintMs, worstPaint);
    std::printf("  edit latency per cell edit: %8.2f ms (worst %.2f ms over %d edits, undo steps %d)\n",
                totalLatency / Edits, worstLatency, Edits, editor.undoStack()->count());
    std::printf("  total %s, errors %d\n", qPrintable(editor.model()->batch().totalString()),
                editor.model()->batch().errorCount());
    return 0;
}
