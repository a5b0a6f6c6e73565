// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QtGlobal>

// The test's own PostgreSQL server, stopped and started again in the middle of a test: through
// the script with-postgres.sh names in LESSPAY_TEST_PG_CTL, which acts on the server it started
// for this run and on no other. Each call waits until the server is down, or up and accepting.
namespace PrivatePostgres {

inline bool control(const QString &command)
{
    const QString script = qEnvironmentVariable("LESSPAY_TEST_PG_CTL");
    if (script.isEmpty()) {
        qWarning("LESSPAY_TEST_PG_CTL is not set: run the test through with-postgres.sh");
        return false;
    }
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(script, {command});
    if (!ctl.waitForFinished(90000) || ctl.exitStatus() != QProcess::NormalExit || ctl.exitCode() != 0) {
        qWarning("pg_ctl %s failed: %s", qPrintable(command), ctl.readAll().constData());
        return false;
    }
    return true;
}

// pg_ctl stop -m fast: every session is ended, as when an admin restarts the server.
inline bool stop()
{
    return control(QStringLiteral("stop"));
}

inline bool start()
{
    return control(QStringLiteral("start"));
}

} // namespace PrivatePostgres
