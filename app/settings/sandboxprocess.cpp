// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Lesspay::Core {

namespace {

const QString ExecutableName = QStringLiteral("lesspay-sandbox");
constexpr QByteArrayView ListeningPrefix = "lesspay-sandbox listening on ";

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(DefaultStartTimeoutMs);
    m_killTimer.setSingleShot(true);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("the sandbox did not report its port within %1 ms").arg(m_startTimer.interval()));
        stop();
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::onStderr);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
}

SandboxProcess::~SandboxProcess()
{
    disconnect(&m_process, nullptr, this, nullptr);
    if (m_process.state() != QProcess::NotRunning) {
        // At shutdown there is no event loop left to wait in; a bounded blocking wait is the
        // only way not to leave an orphan behind.
        m_process.terminate();
        if (!m_process.waitForFinished(m_stopTimeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }
    if (m_log)
        m_log->close();
}

QString SandboxProcess::locateExecutable(const QString &explicitPath)
{
    if (!explicitPath.isEmpty())
        return isExecutableFile(explicitPath) ? QFileInfo(explicitPath).absoluteFilePath() : QString();
    const QString appDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {QString(appDir + u'/' + ExecutableName),
                                     QDir::cleanPath(appDir + QStringLiteral("/../app/sandbox/") + ExecutableName)}) {
        if (isExecutableFile(candidate))
            return candidate;
    }
    return QStandardPaths::findExecutable(ExecutableName);
}

QUrl SandboxProcess::parseListeningLine(QByteArrayView line)
{
    line = line.trimmed();
    if (!line.startsWith(ListeningPrefix))
        return {};
    const QUrl url(QString::fromUtf8(line.sliced(ListeningPrefix.size())), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.port() <= 0 || url.host().isEmpty())
        return {};
    return url;
}

void SandboxProcess::start(const Options &options)
{
    if (m_process.state() != QProcess::NotRunning) {
        fail(tr("the sandbox is already running"));
        return;
    }
    m_stdout.clear();
    m_lastStderrLine.clear();
    m_baseUrl.clear();
    m_stopping = false;
    m_failed = false;

    if (options.executable.isEmpty() || !isExecutableFile(options.executable)) {
        QMetaObject::invokeMethod(
            this, [this] { fail(tr("the lesspay-sandbox program was not found")); }, Qt::QueuedConnection);
        return;
    }
    if (m_log) {
        m_log->close();
        delete m_log;
        m_log = nullptr;
    }
    if (!options.logFile.isEmpty()) {
        QDir().mkpath(QFileInfo(options.logFile).absolutePath());
        m_log = new QFile(options.logFile, this);
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append))
            m_log->setFileName({});
    }

    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                          QStringLiteral("0")};
    if (!options.appId.isEmpty())
        arguments << QStringLiteral("--appid") << options.appId << QStringLiteral("--secret-env") << SecretVariable;
    if (!options.stateFile.isEmpty()) {
        QDir().mkpath(QFileInfo(options.stateFile).absolutePath());
        arguments << QStringLiteral("--state") << options.stateFile;
    }
    arguments << options.extraArguments;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(SecretVariable, QString::fromUtf8(options.secret));
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(options.executable);
    m_process.setArguments(arguments);
#ifdef Q_OS_LINUX
    // Should the console die without running its destructors, the kernel stops the sandbox too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_startTimer.start();
    m_process.start(QIODevice::ReadOnly);
    // The child has its copy (the fork happened inside start()); do not keep the secret around.
    m_process.setProcessEnvironment(QProcessEnvironment());
}

void SandboxProcess::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    m_killTimer.start(m_stopTimeoutMs);
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && !m_baseUrl.isEmpty();
}

void SandboxProcess::onStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_baseUrl.isEmpty()) {
        m_stdout.clear();
        return;
    }
    qsizetype newline;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        const QUrl url = parseListeningLine(line);
        if (!url.isEmpty()) {
            m_startTimer.stop();
            m_baseUrl = url;
            m_stdout.clear();
            emit ready(url);
            return;
        }
    }
}

void SandboxProcess::onStderr()
{
    const QByteArray chunk = m_process.readAllStandardError();
    if (m_log && m_log->isOpen()) {
        m_log->write(chunk);
        m_log->flush();
    }
    const QList<QByteArray> lines = chunk.trimmed().split('\n');
    if (!lines.isEmpty() && !lines.last().trimmed().isEmpty())
        m_lastStderrLine = lines.last().trimmed().left(300);
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error == QProcess::FailedToStart) {
        m_startTimer.stop();
        fail(tr("the sandbox could not be started: %1").arg(m_process.errorString()));
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_startTimer.stop();
    m_killTimer.stop();
    onStderr();
    const bool wasExpected = m_stopping;
    m_baseUrl.clear();
    m_stopping = false;
    if (!wasExpected) {
        QString reason = status == QProcess::CrashExit ? tr("the sandbox stopped unexpectedly")
                                                       : tr("the sandbox exited with code %1").arg(exitCode);
        if (!m_lastStderrLine.isEmpty())
            reason += QStringLiteral(": ") + QString::fromUtf8(m_lastStderrLine);
        fail(reason);
    }
    emit stopped();
}

void SandboxProcess::fail(const QString &reason)
{
    if (m_failed)
        return;
    m_failed = true;
    emit failed(reason);
}

} // namespace Lesspay::Core
