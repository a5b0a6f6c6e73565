// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>

// The real lesspay-sandbox executable on a free loopback port, for the submission engine's
// end-to-end tests: started with QProcess, its port read from the listening line, stopped
// with SIGTERM when the runner goes away. Admin calls go through a private network manager.
class SandboxRunner
{
public:
    static constexpr const char *CreatePath = "/api/global/payout/batch/create-order";

    SandboxRunner() = default;
    ~SandboxRunner();
    SandboxRunner(const SandboxRunner &) = delete;
    SandboxRunner &operator=(const SandboxRunner &) = delete;

    // Fast timers (review and pay after ~30 ms) unless extraArguments say otherwise.
    bool start(const QStringList &extraArguments = {}, const QProcessEnvironment &environment = {});
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray standardError();

    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    QJsonArray batches();

    // A valid create-order body with `details` bank payouts in PHP (accounts vary with salt).
    static QByteArray createBody(const QString &requestId, int details = 2, int salt = 0);

private:
    QJsonObject admin(const QByteArray &verb, const QString &path, const QByteArray &body = {});

    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
};
