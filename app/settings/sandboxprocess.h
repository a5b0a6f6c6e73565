// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

class QFile;

namespace Lesspay::Core {

// One lesspay-sandbox child process on a free loopback port. The merchant secret reaches the
// child through its environment only (never the command line, which other users can read),
// and the port is learnt from the "listening on" line the sandbox prints once it serves.
class SandboxProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    static constexpr int DefaultStartTimeoutMs = 15000;
    static constexpr int DefaultStopTimeoutMs = 3000;
    static inline const QString SecretVariable = QStringLiteral("LESSPAY_SANDBOX_SECRET");

    struct Options
    {
        QString executable; // see locateExecutable()
        QString appId;
        QByteArray secret;
        QString stateFile; // batches survive restarts here; empty: in memory only
        QString logFile;   // the sandbox's stderr is appended here; empty: discarded
        QStringList extraArguments;
    };

    explicit SandboxProcess(QObject *parent = nullptr);
    // Stops the child: terminate, then kill once the stop timeout has passed.
    ~SandboxProcess() override;

    // The explicit path when given; else lesspay-sandbox next to the running binary, then in
    // ../app/sandbox relative to it (the build tree), then on PATH. Empty when not found.
    static QString locateExecutable(const QString &explicitPath = {});

    void start(const Options &options);
    // Asks the child to exit (SIGTERM) and kills it if it has not after stopTimeoutMs.
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 processId() const { return m_process.processId(); }

    void setStartTimeoutMs(int ms) { m_startTimer.setInterval(ms); }
    void setStopTimeoutMs(int ms) { m_stopTimeoutMs = ms; }

    // Parses "lesspay-sandbox listening on http://127.0.0.1:PORT"; an empty URL otherwise.
    static QUrl parseListeningLine(QByteArrayView line);

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason); // did not start, or exited while it was expected to run
    void stopped();

private:
    void onStdout();
    void onStderr();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void fail(const QString &reason);

    QProcess m_process;
    QTimer m_startTimer;
    QTimer m_killTimer;
    QFile *m_log = nullptr;
    QByteArray m_stdout;
    QByteArray m_lastStderrLine;
    QUrl m_baseUrl;
    int m_stopTimeoutMs = DefaultStopTimeoutMs;
    bool m_stopping = false;
    bool m_failed = false;
};

} // namespace Lesspay::Core
