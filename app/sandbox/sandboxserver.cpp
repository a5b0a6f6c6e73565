// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandbox/guardedtcpserver.h"
#include "sandbox/sandboxlog.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Lesspay::Sandbox {

namespace {

// The only statuses the sandbox writes (Qt 6.4's responder knows the text of each).
QHttpServerResponder::StatusCode statusCode(int status)
{
    switch (status) {
    case 200:
    case 307:
    case 400:
    case 401:
    case 403:
    case 404:
    case 405:
    case 413:
    case 500:
    case 503:
        return QHttpServerResponder::StatusCode(status);
    default:
        return QHttpServerResponder::StatusCode::InternalServerError;
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

// application/json, in any case, with parameters such as charset=utf-8 allowed.
bool isJsonContentType(const QByteArray &value)
{
    return value.split(';').constFirst().trimmed().toLower() == "application/json";
}

// Closes the connection without an answer, after handleRequest() has returned.
void dropLater(QTcpSocket *socket)
{
    QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
}

} // namespace

SandboxServer::SandboxServer(PayoutApi &api, const AuthCheck &auth, FaultInjector &faults, AdminApi &admin,
                             const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_auth(auth)
    , m_faults(faults)
    , m_admin(admin)
    , m_maxBodyBytes(options.maxBodyBytes)
    , m_maxHeaderBytes(options.maxHeaderBytes)
    , m_requestTimeoutMs(options.requestTimeoutMs)
    , m_idleTimeoutMs(options.idleTimeoutMs)
{}

bool SandboxServer::listenOn(const QHostAddress &address, quint16 port, QString *error)
{
    ConnectionGuard::Limits limits;
    // Twice the body limit plus room for headers: beyond that a peer is cut off while sending.
    limits.maxPendingBytes = 2 * m_maxBodyBytes + m_maxHeaderBytes + 1024 * 1024;
    limits.maxHeaderBytes = m_maxHeaderBytes;
    limits.maxBodyBytes = m_maxBodyBytes;
    limits.requestTimeoutMs = m_requestTimeoutMs;
    limits.idleTimeoutMs = m_idleTimeoutMs;
    auto *tcp = new GuardedTcpServer(limits, this);
    if (!tcp->listen(address, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

void SandboxServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const ApiReply &reply, int delayMs)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> guard(socket);
    auto write = [responder, guard, reply] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (reply.location.isEmpty())
            responder->write(reply.body, {{"Content-Type", reply.contentType}}, statusCode(reply.httpStatus));
        else
            responder->write(reply.body, {{"Content-Type", reply.contentType}, {"Location", reply.location}},
                             statusCode(reply.httpStatus));
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, write);
    else
        write();
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    GuardedTcpServer::requestCompleted(socket);
    const QString path = request.url().path();
    const QByteArray method = methodName(request.method());

    if (AdminApi::isAdminPath(path)) {
        if (!AdminApi::isAllowedPeer(request.remoteAddress())) {
            send(request, socket, ApiReply::envelope(403, 403, u"admin endpoints answer only to loopback peers"_s));
            return true;
        }
        send(request, socket, m_admin.handle(method, path, request.body()));
        return true;
    }

    const std::optional<FaultRule> fault = PayoutApi::isApiPath(path) ? m_faults.take(path) : std::nullopt;
    if (fault) {
        qCInfo(lcSandbox, "fault %s on %s %s", qPrintable(FaultInjector::modeName(fault->mode)), method.constData(),
               qPrintable(path));
        switch (fault->mode) {
        case FaultMode::DropBeforeStore:
            dropLater(socket);
            return true;
        case FaultMode::Http500:
            send(request, socket, ApiReply::envelope(500, 500, u"internal server error (injected fault)"_s));
            return true;
        case FaultMode::Http503:
            send(request, socket, ApiReply::envelope(503, 503, u"service unavailable (injected fault)"_s));
            return true;
        case FaultMode::Redirect307: {
            ApiReply redirect = ApiReply::envelope(307, 307, u"temporary redirect (injected fault)"_s);
            QUrl target = request.url();
            target.setPath(u"/redirected"_s + path);
            redirect.location = target.toEncoded();
            send(request, socket, redirect);
            return true;
        }
        case FaultMode::Delay:
        case FaultMode::DropAfterStore:
        case FaultMode::Garbage:
            break;
        }
    }

    const ApiReply reply = process(request);
    if (fault && fault->mode == FaultMode::DropAfterStore) {
        dropLater(socket);
    } else if (fault && fault->mode == FaultMode::Garbage) {
        ApiReply garbage;
        garbage.body = QByteArrayLiteral("<html><body>502 Bad Gateway (injected garbage)</body></html>");
        garbage.contentType = QByteArrayLiteral("text/html");
        send(request, socket, garbage);
    } else {
        send(request, socket, reply, fault && fault->mode == FaultMode::Delay ? fault->delayMs : 0);
    }
    return true;
}

ApiReply SandboxServer::process(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (!PayoutApi::isApiPath(path))
        return ApiReply::envelope(404, 404, u"unknown path %1"_s.arg(path));
    if (request.method() != QHttpServerRequest::Method::Post)
        return ApiReply::envelope(405, 405, u"use POST"_s);
    const QByteArray body = request.body();
    if (body.size() > m_maxBodyBytes)
        return ApiReply::envelope(413, 413, u"request body larger than %1 bytes"_s.arg(m_maxBodyBytes));

    if (!isJsonContentType(request.value(QByteArrayLiteral("content-type"))))
        return ApiReply::envelope(400, int(BusinessCode::InvalidParameter), u"Content-Type must be application/json"_s);

    const AuthCheck::Result auth = m_auth.checkHeaders(request.value(QByteArrayLiteral("x-auth-appid")),
                                                       request.value(QByteArrayLiteral("x-auth-timestamp")));
    if (!auth.ok()) {
        qCInfo(lcSandbox, "401 on %s: %s", qPrintable(path), qPrintable(auth.error));
        return ApiReply::envelope(401, 401, auth.error);
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why =
            parseError.error != QJsonParseError::NoError
                ? u"malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())
                : u"the body must be a JSON object"_s;
        return ApiReply::envelope(400, int(BusinessCode::InvalidParameter), why);
    }
    const QString signatureError =
        AuthCheck::checkSignature(*auth.merchant, body, request.value(QByteArrayLiteral("x-auth-signature")));
    if (!signatureError.isEmpty()) {
        qCInfo(lcSandbox, "401 on %s: %s", qPrintable(path), qPrintable(signatureError));
        return ApiReply::envelope(401, 401, signatureError);
    }
    const ApiReply reply = m_api.handle(path, *auth.merchant, doc.object());
    qCInfo(lcSandbox, "%s %s -> code %d", qPrintable(auth.merchant->appId), qPrintable(path), reply.code);
    // What arrived, byte for byte, so that a client can prove it sent what it showed.
    if (path == PayoutApi::CreatePath)
        qCInfo(lcSandbox, "create body received: %lld bytes, sha256 %s", qint64(body.size()),
               QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().constData());
    return reply;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, ApiReply::envelope(404, 404, u"unknown path"_s));
}

} // namespace Lesspay::Sandbox
