// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/signer.h"
#include "api/wireformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lesspay::Core;

namespace {

QJsonArray sharedVectors()
{
    QFile f(QStringLiteral(LESSPAY_SHARED_DIR "/spec/signature-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private slots:
    void sharedVector_data();
    void sharedVector();
    void verify_oneCharacterChanged_rejected_data();
    void verify_oneCharacterChanged_rejected();
    void verify_lowercaseHex_accepted();
    void sign_nonAsciiAndSlash_rawUtf8();
    void signWire_notAnObject_false();
};

void TestSigner::sharedVector_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = sharedVectors();
    QVERIFY(vectors.size() >= 5);
    for (const QJsonValue &v : vectors)
        QTest::newRow(qPrintable(v[QLatin1String("id")].toString())) << v.toObject();
}

void TestSigner::sharedVector()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject body = vector[QLatin1String("body")].toObject();
    const QByteArray secret = vector[QLatin1String("secret")].toString().toUtf8();
    const QByteArray wire = vector[QLatin1String("wire_body")].toString().toUtf8();

    QCOMPARE(WireFormat::toBytes(body), wire);
    const Signer::Signature s = Signer::sign(body, secret);
    QCOMPARE(s.signString, vector[QLatin1String("sign_string")].toString().toUtf8());
    QCOMPARE(s.hex, vector[QLatin1String("signature")].toString().toLatin1());

    Signer::Signature fromWire;
    QVERIFY(Signer::signWire(wire, secret, &fromWire));
    QCOMPARE(fromWire.hex, s.hex);
    QVERIFY(Signer::verify(wire, secret, s.hex));
}

void TestSigner::verify_oneCharacterChanged_rejected_data()
{
    sharedVector_data();
}

void TestSigner::verify_oneCharacterChanged_rejected()
{
    QFETCH(QJsonObject, vector);
    const QByteArray secret = vector[QLatin1String("secret")].toString().toUtf8();
    const QByteArray wire = vector[QLatin1String("wire_body")].toString().toUtf8();
    const QByteArray signature = vector[QLatin1String("signature")].toString().toLatin1();

    // A changed signature character.
    QByteArray badSig = signature;
    badSig[5] = badSig[5] == 'A' ? 'B' : 'A';
    QVERIFY(!Signer::verify(wire, secret, badSig));
    // A changed secret character.
    QByteArray badSecret = secret;
    badSecret[0] = char(badSecret[0] ^ 1);
    QVERIFY(!Signer::verify(wire, badSecret, signature));
    // A changed character inside a signed value of the body.
    const qsizetype colon = wire.indexOf(":\"");
    QVERIFY(colon > 0);
    QByteArray badWire = wire;
    badWire[colon + 2] = badWire[colon + 2] == 'Z' ? 'Y' : 'Z';
    QVERIFY(!Signer::verify(badWire, secret, signature));
    // Truncated and empty signatures.
    QVERIFY(!Signer::verify(wire, secret, signature.left(63)));
    QVERIFY(!Signer::verify(wire, secret, QByteArray()));
}

void TestSigner::verify_lowercaseHex_accepted()
{
    const QJsonObject body{{QLatin1String("request_id"), QLatin1String("B-1")}};
    const auto s = Signer::sign(body, "k");
    QVERIFY(Signer::verify(WireFormat::toBytes(body), "k", s.hex.toLower()));
}

void TestSigner::sign_nonAsciiAndSlash_rawUtf8()
{
    const QJsonObject inner{{QLatin1String("name"), QStringLiteral("José Ñ 张三")},
                            {QLatin1String("url"), QLatin1String("a/b")}};
    const QJsonObject body{{QLatin1String("z"), inner}, {QLatin1String("a"), true}, {QLatin1String("n"), 12}};
    const auto s = Signer::sign(body, "s");
    QCOMPARE(QString::fromUtf8(s.signString),
             QStringLiteral("a=true&n=12&z={\"name\":\"José Ñ 张三\",\"url\":\"a/b\"}&key=s"));
    QCOMPARE(s.hex.size(), 64);
    QCOMPARE(s.hex, s.hex.toUpper());
}

void TestSigner::signWire_notAnObject_false()
{
    Signer::Signature s;
    QVERIFY(!Signer::signWire("[1,2]", "k", &s));
    QVERIFY(!Signer::signWire("{oops", "k", &s));
    QVERIFY(!Signer::verify("", "k", "00"));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
