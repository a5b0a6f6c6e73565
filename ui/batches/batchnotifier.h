// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/batchphase.h"

#include <QObject>
#include <QPointer>

class QStatusBar;
class QSystemTrayIcon;

namespace Lesspay::Ui {

// Tells the user when a batch reaches a final state (or stops for a person): a desktop
// notification through the system tray when there is one, otherwise a status-bar message.
class BatchNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchNotifier)

public:
    explicit BatchNotifier(QObject *parent = nullptr);
    ~BatchNotifier() override;

    // Where the fallback message goes (the main window's status bar).
    void setStatusBar(QStatusBar *statusBar);
    // Tests and platforms without a tray turn the tray off.
    void setTrayEnabled(bool enabled);
    bool usesTray() const;

    void notify(const QString &requestId, Core::BatchPhase phase);

    static QString title(Core::BatchPhase phase);
    static QString message(const QString &requestId, Core::BatchPhase phase);

signals:
    // Every notice, whichever way it was shown.
    void notified(const QString &title, const QString &message);
    // Shown nowhere else: whoever owns a status bar may show it.
    void statusMessage(const QString &message);

private:
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QStatusBar> m_statusBar;
    bool m_trayEnabled = true;
};

} // namespace Lesspay::Ui
