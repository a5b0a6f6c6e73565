// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchnotifier.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace Lesspay::Ui {

using Core::BatchPhase;

namespace {
constexpr int StatusMessageMs = 15000;
}

BatchNotifier::BatchNotifier(QObject *parent)
    : QObject(parent)
{}

BatchNotifier::~BatchNotifier() = default;

void BatchNotifier::setStatusBar(QStatusBar *statusBar)
{
    m_statusBar = statusBar;
}

void BatchNotifier::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
    if (!enabled && m_tray)
        m_tray->hide();
}

bool BatchNotifier::usesTray() const
{
    return m_trayEnabled && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

QString BatchNotifier::title(BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::Succeeded:
        return tr("Batch paid");
    case BatchPhase::PartiallySucceeded:
        return tr("Batch partly paid");
    case BatchPhase::Failed:
        return tr("Batch failed");
    case BatchPhase::Rejected:
        return tr("Batch rejected");
    case BatchPhase::NeedsPerson:
        return tr("Batch needs a person");
    default:
        return tr("Batch updated");
    }
}

QString BatchNotifier::message(const QString &requestId, BatchPhase phase)
{
    switch (phase) {
    case BatchPhase::Succeeded:
        return tr("Every payout of %1 was paid.").arg(requestId);
    case BatchPhase::PartiallySucceeded:
        return tr("Some payouts of %1 failed; see the Batches view.").arg(requestId);
    case BatchPhase::Failed:
        return tr("No payout of %1 was paid; see the Batches view.").arg(requestId);
    case BatchPhase::Rejected:
        return tr("Lesspay refused %1; nothing was paid.").arg(requestId);
    case BatchPhase::NeedsPerson:
        return tr("The console stopped on %1; please check it with Lesspay.").arg(requestId);
    default:
        return tr("%1: %2").arg(requestId, Core::BatchPhases::label(phase));
    }
}

void BatchNotifier::notify(const QString &requestId, BatchPhase phase)
{
    const QString t = title(phase);
    const QString m = message(requestId, phase);
    if (usesTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        const bool bad = phase != BatchPhase::Succeeded;
        m_tray->showMessage(t, m, bad ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else if (m_statusBar) {
        m_statusBar->showMessage(t + QStringLiteral(": ") + m, StatusMessageMs);
    } else {
        emit statusMessage(t + QStringLiteral(": ") + m);
    }
    emit notified(t, m);
}

} // namespace Lesspay::Ui
