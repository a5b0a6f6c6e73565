// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxrunner.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

SandboxRunner::~SandboxRunner()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

bool SandboxRunner::start(const QStringList &extraArguments, const QProcessEnvironment &environment)
{
    QStringList args{QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--review-delay-ms"),
                     QStringLiteral("30"),
                     QStringLiteral("--pay-delay-ms"),
                     QStringLiteral("30"),
                     QStringLiteral("--webhook-attempts"),
                     QStringLiteral("1")};
    args += extraArguments;
    if (!environment.isEmpty())
        m_process.setProcessEnvironment(environment);
    m_process.start(QStringLiteral(LESSPAY_SANDBOX_EXECUTABLE), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_baseUrl = QUrl(m.captured(1));
            return true;
        }
    }
    m_stderr += m_process.readAllStandardError();
    qWarning("sandbox did not start: %s", m_stderr.constData());
    return false;
}

QByteArray SandboxRunner::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QJsonObject SandboxRunner::admin(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

bool SandboxRunner::addFault(const QJsonObject &fault)
{
    return admin("POST", QStringLiteral("/admin/faults"), QJsonDocument(fault).toJson(QJsonDocument::Compact))
        .contains(QLatin1String("faults"));
}

bool SandboxRunner::clearFaults()
{
    return !admin("DELETE", QStringLiteral("/admin/faults")).isEmpty();
}

QJsonArray SandboxRunner::batches()
{
    return admin("GET", QStringLiteral("/admin/batches")).value(QLatin1String("batches")).toArray();
}

QByteArray SandboxRunner::createBody(const QString &requestId, int details, int salt)
{
    QJsonArray array;
    qint64 total = 0;
    for (int i = 0; i < details; ++i) {
        // Cents in tens: never the sandbox's magic endings (.13 and .14 fail, .17 never ends).
        const qint64 minor = 1000 + 100 * i + (salt * 10) % 100;
        total += minor;
        QJsonObject d;
        d.insert(QLatin1String("mch_order_id"), QStringLiteral("D%1").arg(i + 1));
        d.insert(QLatin1String("amount"),
                 QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0')));
        d.insert(QLatin1String("destination_type"), QStringLiteral("bank"));
        d.insert(QLatin1String("bank_account_name"), QStringLiteral("Juan Dela Cruz"));
        d.insert(QLatin1String("bank_account_no"),
                 QStringLiteral("00%1%2").arg(salt, 6, 10, QChar(u'0')).arg(i, 4, 10, QChar(u'0')));
        d.insert(QLatin1String("bank_account_type"), QStringLiteral("individual"));
        d.insert(QLatin1String("bank_name"), QStringLiteral("BDO Unibank"));
        d.insert(QLatin1String("bank_country_code"), QStringLiteral("PH"));
        d.insert(QLatin1String("bank_swift_code"), QStringLiteral("BNORPHMM"));
        array.append(d);
    }
    QJsonObject o;
    o.insert(QLatin1String("request_id"), requestId);
    o.insert(QLatin1String("currency"), QStringLiteral("PHP"));
    o.insert(QLatin1String("total_amount"),
             QStringLiteral("%1.%2").arg(total / 100).arg(total % 100, 2, 10, QChar(u'0')));
    o.insert(QLatin1String("way_type"), QStringLiteral("BANK_TRANSFER"));
    o.insert(QLatin1String("way_code"), QStringLiteral("TAZAPAY_PAYOUT"));
    o.insert(QLatin1String("notify_url"), QStringLiteral("http://127.0.0.1:9/notify"));
    o.insert(QLatin1String("payout_order_details"), array);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
