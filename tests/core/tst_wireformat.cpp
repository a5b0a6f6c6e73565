// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/signer.h"
#include "api/wireformat.h"
#include "domain/batch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lesspay::Core;

namespace {

QString sharedDir()
{
    return qEnvironmentVariable("LESSPAY_SHARED_DIR", QStringLiteral(LESSPAY_SHARED_DIR));
}

QJsonObject sharedVector(const QString &id)
{
    QFile f(sharedDir() + QStringLiteral("/spec/signature-vectors.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    const QJsonArray vectors = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("vectors")).toArray();
    for (const QJsonValue &v : vectors) {
        if (v[QLatin1String("id")].toString() == id)
            return v.toObject();
    }
    return {};
}

// A detail as a person would have typed it from the vector's JSON (the API keys are the
// CSV keys, with e_wallet's fields prefixed).
PayoutDetail detailFromJson(const QJsonObject &o)
{
    PayoutDetail d;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto in = inner.begin(); in != inner.end(); ++in) {
                const auto field = fieldFromKey(QString(it.key() + u'.' + in.key()));
                if (field)
                    d.setValue(*field, in.value().toString());
            }
        } else if (const auto field = fieldFromKey(it.key())) {
            d.setValue(*field, it.value().toString());
        }
    }
    return d;
}

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

} // namespace

class TestWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void createOrderBody_sharedVector_byteIdenticalAndSigned_data();
    void createOrderBody_sharedVector_byteIdenticalAndSigned();
    void createOrderBody_typedInput_normalizedOnWire();
    void queryBody_noPayOrderId_leftOut();
    void detailObject_bankAndWallet_onlyTheirFields();
};

void TestWireFormat::createOrderBody_sharedVector_byteIdenticalAndSigned_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const char *id : {"batch-bank", "batch-ewallet"}) {
        const QJsonObject v = sharedVector(QString::fromLatin1(id));
        QVERIFY2(!v.isEmpty(), id);
        QTest::newRow(id) << v;
    }
}

void TestWireFormat::createOrderBody_sharedVector_byteIdenticalAndSigned()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject body = vector[QLatin1String("body")].toObject();
    BatchHeader header;
    header.requestId = body[QLatin1String("request_id")].toString();
    header.currency = body[QLatin1String("currency")].toString();
    header.wayType = body[QLatin1String("way_type")].toString();
    header.wayCode = body[QLatin1String("way_code")].toString();
    header.notifyUrl = body[QLatin1String("notify_url")].toString();
    Batch batch(validator(), header);
    for (const QJsonValue &d : body[QLatin1String("payout_order_details")].toArray())
        batch.append(detailFromJson(d.toObject()));

    QVERIFY(batch.isSendable());
    QCOMPARE(batch.warningCount(), 0);
    QCOMPARE(batch.totalString(), body[QLatin1String("total_amount")].toString());

    const QJsonObject built = WireFormat::createOrderBody(batch);
    const QByteArray wire = WireFormat::toBytes(built);
    QCOMPARE(wire, vector[QLatin1String("wire_body")].toString().toUtf8());
    const QByteArray secret = vector[QLatin1String("secret")].toString().toUtf8();
    const Signer::Signature signature = Signer::sign(built, secret);
    QCOMPARE(signature.signString, vector[QLatin1String("sign_string")].toString().toUtf8());
    QCOMPARE(signature.hex, vector[QLatin1String("signature")].toString().toLatin1());
}

void TestWireFormat::createOrderBody_typedInput_normalizedOnWire()
{
    // The bank vector as a person might type it: spaces, lower case, dashes, fewer decimals.
    const QJsonObject vector = sharedVector(QStringLiteral("batch-bank"));
    const QJsonObject body = vector[QLatin1String("body")].toObject();
    BatchHeader header{body[QLatin1String("request_id")].toString(), QStringLiteral("PHP"),
                       QStringLiteral("BANK_TRANSFER"), QStringLiteral("TAZAPAY_PAYOUT"),
                       body[QLatin1String("notify_url")].toString()};
    Batch batch(validator(), header);
    const QJsonArray details = body[QLatin1String("payout_order_details")].toArray();
    PayoutDetail first = detailFromJson(details[0].toObject());
    first.setValue(Field::Amount, QStringLiteral("1000"));
    first.setValue(Field::BankAccountNo, QStringLiteral("0012-3456-7890"));
    first.setValue(Field::BankSwiftCode, QStringLiteral(" bnorphmm"));
    PayoutDetail second = detailFromJson(details[1].toObject());
    second.setValue(Field::Amount, QStringLiteral("500.0"));
    second.setValue(Field::BankCountryCode, QStringLiteral("ph"));
    second.setValue(Field::BankAccountType, QStringLiteral("Business"));
    batch.append(first);
    batch.append(second);
    QCOMPARE(WireFormat::toBytes(WireFormat::createOrderBody(batch)),
             vector[QLatin1String("wire_body")].toString().toUtf8());
}

void TestWireFormat::queryBody_noPayOrderId_leftOut()
{
    QCOMPARE(WireFormat::toBytes(WireFormat::queryBody(QStringLiteral("B-1"))), QByteArray(R"({"request_id":"B-1"})"));
    QCOMPARE(WireFormat::toBytes(WireFormat::queryBody(QStringLiteral("B-1"), QStringLiteral("PO1"))),
             QByteArray(R"({"pay_order_id":"PO1","request_id":"B-1"})"));
}

void TestWireFormat::detailObject_bankAndWallet_onlyTheirFields()
{
    const QJsonObject ewallet = sharedVector(QStringLiteral("batch-ewallet"))[QLatin1String("body")].toObject();
    const QJsonObject w = ewallet[QLatin1String("payout_order_details")].toArray()[0].toObject();
    const QJsonObject built = WireFormat::detailObject(detailFromJson(w));
    QCOMPARE(built, w);
    QVERIFY(!built.contains(QLatin1String("bank_account_no")));
}

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
