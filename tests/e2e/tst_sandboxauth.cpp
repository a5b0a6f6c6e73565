// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

namespace {

QJsonArray sharedVectors()
{
    QFile f(QStringLiteral(LESSPAY_SHARED_DIR "/spec/signature-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object().value("vectors"_L1).toArray();
}

// One character changed in the middle of the text (a different character of the same class).
QByteArray oneCharacterChanged(QByteArray text)
{
    const qsizetype i = text.size() / 2;
    text[i] = text[i] == '0' ? '1' : (text[i] == 'A' ? 'B' : '0');
    return text;
}

} // namespace

// Every header error path answers HTTP 401 with a clear msg; the signature check is the core
// Signer's, so every shared vector passes and a one-character change fails.
class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headers_invalid_unauthorized_data();
    void headers_invalid_unauthorized();
    void timestamp_withinFiveMinutes_accepted();
    void sharedVector_acceptedByServer_data();
    void sharedVector_acceptedByServer();
    void sharedVector_oneCharacterChanged_rejected_data();
    void sharedVector_oneCharacterChanged_rejected();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxAuth::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    Merchant demo = MerchantDirectory::demoMerchant();
    options.merchants.add(demo);
    // One merchant per vector secret, so that the vectors' exact bodies and signatures go on the wire.
    int n = 0;
    for (const QJsonValue &v : sharedVectors()) {
        Merchant m = demo;
        m.appId = u"vector-%1"_s.arg(n++);
        m.secret = v["secret"_L1].toString().toUtf8();
        options.merchants.add(m);
    }
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxAuth::headers_invalid_unauthorized_data()
{
    QTest::addColumn<QByteArray>("drop");     // header left out
    QTest::addColumn<QByteArray>("header");   // header replaced ...
    QTest::addColumn<QByteArray>("value");    // ... by this value
    QTest::addColumn<QString>("msgContains"); // words of the msg

    const QByteArray stale = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 6 * 60 * 1000);
    const QByteArray future = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 6 * 60 * 1000);
    QTest::newRow("missing appid") << QByteArray("x-auth-appid") << QByteArray() << QByteArray() << u"x-auth-appid"_s;
    QTest::newRow("unknown appid") << QByteArray() << QByteArray("x-auth-appid") << QByteArray("nobody")
                                   << u"unknown APPID"_s;
    QTest::newRow("bad signature") << QByteArray() << QByteArray("x-auth-signature") << QByteArray(64, 'A')
                                   << u"signature"_s;
    QTest::newRow("missing signature") << QByteArray("x-auth-signature") << QByteArray() << QByteArray()
                                       << u"signature"_s;
    QTest::newRow("missing timestamp") << QByteArray("X-Auth-Timestamp") << QByteArray() << QByteArray()
                                       << u"X-Auth-Timestamp"_s;
    QTest::newRow("stale timestamp") << QByteArray() << QByteArray("X-Auth-Timestamp") << stale << u"5 minutes"_s;
    QTest::newRow("future timestamp") << QByteArray() << QByteArray("X-Auth-Timestamp") << future << u"5 minutes"_s;
    QTest::newRow("timestamp in seconds") << QByteArray() << QByteArray("X-Auth-Timestamp")
                                          << QByteArray::number(QDateTime::currentSecsSinceEpoch()) << u"5 minutes"_s;
    QTest::newRow("timestamp not a number")
        << QByteArray() << QByteArray("X-Auth-Timestamp") << QByteArray("soon") << u"milliseconds"_s;
}

void TestSandboxAuth::headers_invalid_unauthorized()
{
    QFETCH(QByteArray, drop);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, msgContains);

    SandboxTestClient client(m_sandbox->baseUrl());
    const QByteArray body = R"({"request_id":"T-auth-1"})";
    SandboxTestClient::Headers headers;
    for (const auto &h : client.signedHeaders(body)) {
        if (h.first == drop)
            continue;
        headers.append({h.first, h.first == header ? value : h.second});
    }
    const SandboxTestClient::Reply r = client.send("POST", PayoutApi::QueryPath, body, headers);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.code(), 401);
    QVERIFY2(r.json.value("msg"_L1).toString().contains(msgContains), r.body.constData());
}

void TestSandboxAuth::timestamp_withinFiveMinutes_accepted()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QByteArray body = R"({"request_id":"T-auth-2"})";
    SandboxTestClient::Headers headers = client.signedHeaders(body);
    headers[1].second = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 4 * 60 * 1000);
    const SandboxTestClient::Reply r = client.send("POST", PayoutApi::QueryPath, body, headers);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.code(), 30020);
}

void TestSandboxAuth::sharedVector_acceptedByServer_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("signature");
    const QJsonArray vectors = sharedVectors();
    QVERIFY(vectors.size() >= 5);
    for (int i = 0; i < vectors.size(); ++i) {
        const QJsonObject v = vectors[i].toObject();
        QTest::newRow(qPrintable(v["id"_L1].toString()))
            << u"vector-%1"_s.arg(i) << v["wire_body"_L1].toString().toUtf8()
            << v["signature"_L1].toString().toLatin1();
    }
}

void TestSandboxAuth::sharedVector_acceptedByServer()
{
    QFETCH(QString, appId);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, signature);
    SandboxTestClient client(m_sandbox->baseUrl(), appId);
    const SandboxTestClient::Headers headers{
        {"x-auth-appid", appId.toUtf8()},
        {"X-Auth-Timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch())},
        {"x-auth-signature", signature}};
    // The query endpoint judges the body only after the signature: any business code means accepted.
    const SandboxTestClient::Reply r = client.send("POST", PayoutApi::QueryPath, wire, headers);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(r.code() >= 30000, r.body.constData());
}

void TestSandboxAuth::sharedVector_oneCharacterChanged_rejected_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("signature");
    const QJsonArray vectors = sharedVectors();
    for (int i = 0; i < vectors.size(); ++i) {
        const QJsonObject v = vectors[i].toObject();
        const QByteArray wire = v["wire_body"_L1].toString().toUtf8();
        const QByteArray signature = v["signature"_L1].toString().toLatin1();
        const QString id = v["id"_L1].toString();
        QTest::newRow(qPrintable(id + u" signature"_s))
            << u"vector-%1"_s.arg(i) << wire << oneCharacterChanged(signature);
        // Change a character inside a value: find the first ':"' and alter the character after it.
        QByteArray body = wire;
        const qsizetype at = body.indexOf(":\"") + 2;
        if (at >= 2 && at < body.size() && body[at] != '"') {
            body[at] = body[at] == 'X' ? 'Y' : 'X';
            QTest::newRow(qPrintable(id + u" body"_s)) << u"vector-%1"_s.arg(i) << body << signature;
        }
    }
}

void TestSandboxAuth::sharedVector_oneCharacterChanged_rejected()
{
    QFETCH(QString, appId);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, signature);
    SandboxTestClient client(m_sandbox->baseUrl(), appId);
    const SandboxTestClient::Headers headers{
        {"x-auth-appid", appId.toUtf8()},
        {"X-Auth-Timestamp", QByteArray::number(QDateTime::currentMSecsSinceEpoch())},
        {"x-auth-signature", signature}};
    const SandboxTestClient::Reply r = client.send("POST", PayoutApi::QueryPath, wire, headers);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.code(), 401);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandboxauth.moc"
