// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxtestclient.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Lesspay::Sandbox;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QJsonObject validBody()
{
    return SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(),
                                         {SandboxTestClient::bankDetail(u"D1"_s, u"1000.00"_s),
                                          SandboxTestClient::bankDetail(u"D2"_s, u"500.00"_s, u"Maria Santos"_s)});
}

// Changes one field of detail `index` (a key "e_wallet.x" reaches into the wallet object).
Mutation setDetail(int index, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &body) {
        QJsonArray details = body["payout_order_details"_L1].toArray();
        QJsonObject d = details[index].toObject();
        if (key.startsWith("e_wallet."_L1)) {
            QJsonObject w = d["e_wallet"_L1].toObject();
            w[key.mid(9)] = value;
            d["e_wallet"_L1] = w;
        } else if (value.isUndefined()) {
            d.remove(key);
        } else {
            d[key] = value;
        }
        details[index] = d;
        body["payout_order_details"_L1] = details;
    };
}

Mutation set(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &body) {
        if (value.isUndefined())
            body.remove(key);
        else
            body[key] = value;
    };
}

} // namespace

// The create, query and supported-banks calls with every business code the sandbox answers,
// plus the transport-level errors (malformed JSON, body too large, unknown path, wrong method).
class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void create_valid_accepted();
    void create_wallet_accepted();
    void create_invalid_businessCode_data();
    void create_invalid_businessCode();
    void create_sameRequestIdSameBody_duplicate30011();
    void create_sameRequestIdOtherBody_conflict30010();
    void query_byEitherId_found_data();
    void query_byEitherId_found();
    void query_unknownOrMismatched_notFound30020_data();
    void query_unknownOrMismatched_notFound30020();
    void query_otherMerchantsBatch_notFound30020();
    void query_noId_invalidParameter();
    void supportedBanks_filter_matchingBanks_data();
    void supportedBanks_filter_matchingBanks();
    void supportedBanks_invalidFilter_businessCode_data();
    void supportedBanks_invalidFilter_businessCode();
    void request_malformedJson_badRequest30000_data();
    void request_malformedJson_badRequest30000();
    void request_bodyTooLarge_payloadTooLarge();
    void request_unknownPathOrMethod_httpError_data();
    void request_unknownPathOrMethod_httpError();
    void masking_sensitiveText_partlyHidden_data();
    void masking_sensitiveText_partlyHidden();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxApi::initTestCase()
{
    SandboxOptions options = fastSandboxOptions();
    // Long delays: these tests look at the accepted state only.
    options.reviewDelayMs = 60000;
    options.payDelayMs = 60000;
    options.maxBodyBytes = 256 * 1024;
    Merchant demo = MerchantDirectory::demoMerchant();
    demo.currencies = QStringList{u"PHP"_s, u"IDR"_s, u"INR"_s};
    options.merchants.add(demo);
    Merchant other = demo;
    other.appId = u"other-merchant"_s;
    other.secret = "other-secret";
    options.merchants.add(other);
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
}

void TestSandboxApi::create_valid_accepted()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = validBody();
    const SandboxTestClient::Reply r = client.create(body);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.code(), 0);
    QCOMPARE(r.json["msg"_L1].toString(), u"SUCCESS"_s);
    const QJsonObject data = r.data();
    QVERIFY(data["pay_order_id"_L1].toString().startsWith("PO"_L1));
    QCOMPARE(data["request_id"_L1].toString(), body["request_id"_L1].toString());
    QCOMPARE(data["order_status"_L1].toString(), u"PENDING_CONFIRM"_s);
    QCOMPARE(data["total_count"_L1].toInt(), 2);
    QCOMPARE(data["total_amount_obj"_L1].toObject(),
             (QJsonObject{{"amountStr"_L1, u"1500.00"_s}, {"currencyCode"_L1, u"PHP"_s}}));
    QVERIFY(QDateTime::fromString(data["created_at"_L1].toString(), Qt::ISODateWithMs).isValid());
    QVERIFY(data.contains("encryptData"_L1));
    QVERIFY(data.contains("sign"_L1));

    const QJsonArray batches = client.adminBatches();
    const auto it = std::find_if(batches.begin(), batches.end(),
                                 [&](const QJsonValue &b) { return b["pay_order_id"_L1] == data["pay_order_id"_L1]; });
    QVERIFY(it != batches.end());
    QCOMPARE((*it)["create_accepted"_L1].toInt(), 1);
    QCOMPARE((*it)["detail_count"_L1].toInt(), 2);
    QCOMPARE((*it)["total_amount"_L1].toString(), u"1500.00"_s);
}

void TestSandboxApi::create_wallet_accepted()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = SandboxTestClient::createBody(
        SandboxTestClient::uniqueRequestId(),
        {SandboxTestClient::walletDetail(u"W1"_s, u"20.50"_s), SandboxTestClient::bankDetail(u"B1"_s, u"1"_s)});
    const SandboxTestClient::Reply r = client.create(body);
    QCOMPARE(r.code(), 0);
    QCOMPARE(r.data()["total_amount_obj"_L1]["amountStr"_L1].toString(), u"21.50"_s);
}

void TestSandboxApi::create_invalid_businessCode_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<int>("code");

    QTest::newRow("request_id missing") << set(u"request_id"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("request_id too long") << set(u"request_id"_s, QString(65, u'R')) << 30000;
    QTest::newRow("currency missing") << set(u"currency"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("way_type missing") << set(u"way_type"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("way_code empty") << set(u"way_code"_s, u""_s) << 30000;
    QTest::newRow("notify_url ftp") << set(u"notify_url"_s, u"ftp://example.com/n"_s) << 30000;
    QTest::newRow("notify_url no host") << set(u"notify_url"_s, u"https://"_s) << 30000;
    QTest::newRow("details missing") << set(u"payout_order_details"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("details empty") << set(u"payout_order_details"_s, QJsonArray()) << 30000;
    QTest::newRow("details not array") << set(u"payout_order_details"_s, u"x"_s) << 30000;
    QTest::newRow("detail not object") << set(u"payout_order_details"_s, QJsonArray{1}) << 30000;
    QTest::newRow("bank name missing") << setDetail(0, u"bank_name"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("swift invalid") << setDetail(0, u"bank_swift_code"_s, u"BNORPH"_s) << 30000;
    QTest::newRow("mch_order_id missing") << setDetail(1, u"mch_order_id"_s, QJsonValue::Undefined) << 30000;
    QTest::newRow("field not a string") << setDetail(0, u"bank_name"_s, 7) << 30000;
    QTest::newRow("currency not allowed") << set(u"currency"_s, u"USD"_s) << 30001;
    QTest::newRow("currency unknown") << set(u"currency"_s, u"XYZ"_s) << 30001;
    QTest::newRow("total mismatch") << set(u"total_amount"_s, u"1500.01"_s) << 30002;
    QTest::newRow("bank account type") << setDetail(0, u"bank_account_type"_s, u"personal"_s) << 30004;
    QTest::newRow("country alpha-3") << setDetail(0, u"bank_country_code"_s, u"PHL"_s) << 30005;
    QTest::newRow("country unknown") << setDetail(0, u"bank_country_code"_s, u"XX"_s) << 30005;
    QTest::newRow("account number chars") << setDetail(0, u"bank_account_no"_s, u"12#45678"_s) << 30006;
    QTest::newRow("account number short") << setDetail(0, u"bank_account_no"_s, u"12"_s) << 30006;
    QTest::newRow("duplicate mch_order_id") << setDetail(1, u"mch_order_id"_s, u"D1"_s) << 30007;
    QTest::newRow("destination cash") << setDetail(0, u"destination_type"_s, u"cash"_s) << 30008;
    QTest::newRow("destination missing") << setDetail(0, u"destination_type"_s, QJsonValue::Undefined) << 30008;
    QTest::newRow("amount negative") << setDetail(0, u"amount"_s, u"-1000.00"_s) << 30009;
    QTest::newRow("amount letters") << setDetail(0, u"amount"_s, u"abc"_s) << 30009;
    QTest::newRow("amount number") << setDetail(0, u"amount"_s, 1000) << 30009;
    QTest::newRow("amount three decimals") << setDetail(0, u"amount"_s, u"1000.005"_s) << 30009;
    QTest::newRow("amount zero") << setDetail(0, u"amount"_s, u"0.00"_s) << 30009;
    QTest::newRow("total grouping") << set(u"total_amount"_s, u"1,500.00"_s) << 30009;
    QTest::newRow("total number") << set(u"total_amount"_s, 1500) << 30009;
    QTest::newRow("total missing") << set(u"total_amount"_s, QJsonValue::Undefined) << 30000;

    // A wallet detail in its own batch: account type and provider rules of the e-wallet object.
    const auto wallet = [](const QString &key, const QJsonValue &value) -> Mutation {
        return [=](QJsonObject &body) {
            body["payout_order_details"_L1] = QJsonArray{SandboxTestClient::walletDetail(u"W1"_s, u"1500.00"_s)};
            setDetail(0, key, value)(body);
        };
    };
    QTest::newRow("wallet account type") << wallet(u"e_wallet.account_type"_s, u"corp"_s) << 30004;
    QTest::newRow("wallet provider") << wallet(u"e_wallet.provider"_s, u"Gopay"_s) << 30000;
    QTest::newRow("wallet not object") << wallet(u"e_wallet"_s, u"GCash"_s) << 30000;
}

void TestSandboxApi::create_invalid_businessCode()
{
    QFETCH(Mutation, mutation);
    QFETCH(int, code);
    SandboxTestClient client(m_sandbox->baseUrl());
    QJsonObject body = validBody();
    mutation(body);
    const int before = int(client.adminBatches().size());
    const SandboxTestClient::Reply r = client.create(body);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY2(r.code() == code, r.body.constData());
    QVERIFY(!r.json["msg"_L1].toString().isEmpty());
    QCOMPARE(int(client.adminBatches().size()), before);
}

void TestSandboxApi::create_sameRequestIdSameBody_duplicate30011()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = validBody();
    const SandboxTestClient::Reply first = client.create(body);
    QCOMPARE(first.code(), 0);
    const SandboxTestClient::Reply again = client.create(body);
    QCOMPARE(again.code(), 30011);
    QCOMPARE(again.data()["pay_order_id"_L1], first.data()["pay_order_id"_L1]);

    const QJsonArray batches = client.adminBatches();
    const auto n = std::count_if(batches.begin(), batches.end(),
                                 [&](const QJsonValue &b) { return b["request_id"_L1] == body["request_id"_L1]; });
    QCOMPARE(n, 1);
    for (const QJsonValue &b : batches)
        QCOMPARE(b["create_accepted"_L1].toInt(), 1);
}

void TestSandboxApi::create_sameRequestIdOtherBody_conflict30010()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QJsonObject body = validBody();
    QCOMPARE(client.create(body).code(), 0);
    setDetail(0, u"amount"_s, u"999.00"_s)(body);
    body["total_amount"_L1] = u"1499.00"_s;
    QCOMPARE(client.create(body).code(), 30010);
    // Even an invalid body under a used request_id is a conflict, not a validation error.
    body["currency"_L1] = u"XYZ"_s;
    QCOMPARE(client.create(body).code(), 30010);
}

void TestSandboxApi::query_byEitherId_found_data()
{
    QTest::addColumn<bool>("byRequest");
    QTest::addColumn<bool>("byOrder");
    QTest::newRow("request_id") << true << false;
    QTest::newRow("pay_order_id") << false << true;
    QTest::newRow("both") << true << true;
}

void TestSandboxApi::query_byEitherId_found()
{
    QFETCH(bool, byRequest);
    QFETCH(bool, byOrder);
    SandboxTestClient client(m_sandbox->baseUrl());
    const QJsonObject body = validBody();
    const QJsonObject created = client.create(body).data();
    const QString requestId = body["request_id"_L1].toString();
    const QString payOrderId = created["pay_order_id"_L1].toString();
    const SandboxTestClient::Reply r =
        client.query(byRequest ? requestId : QString(), byOrder ? payOrderId : QString());
    QCOMPARE(r.code(), 0);
    const QJsonObject data = r.data();
    QCOMPARE(data["pay_order_id"_L1].toString(), payOrderId);
    QCOMPARE(data["request_id"_L1].toString(), requestId);
    QCOMPARE(data["order_status"_L1].toString(), u"PENDING_CONFIRM"_s);
    QCOMPARE(data["currency"_L1].toString(), u"PHP"_s);
    QCOMPARE(data["total_amount"_L1].toString(), u"1500.00"_s);
    QCOMPARE(data["created_at"_L1].toString(), created["created_at"_L1].toString());
    const QJsonArray details = data["details"_L1].toArray();
    QCOMPARE(details.size(), 2);
    const QJsonObject d = details[1].toObject();
    QCOMPARE(d["mch_order_id"_L1].toString(), u"D2"_s);
    QCOMPARE(d["amount"_L1].toString(), u"500.00"_s);
    QCOMPARE(d["payout_order_detail_id"_L1].toString(), payOrderId + u"-0002"_s);
    QCOMPARE(d["bank_account_no"_L1].toString(), u"********7890"_s);
    QCOMPARE(d["bank_account_name"_L1].toString(), u"M*** S***"_s);
    QVERIFY(d.contains("fail_reason"_L1));
    QVERIFY(d.contains("channel_order_no"_L1));
    QVERIFY(!d["status"_L1].toString().isEmpty());
}

void TestSandboxApi::query_unknownOrMismatched_notFound30020_data()
{
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("payOrderId");
    QTest::newRow("unknown request_id") << u"T-never-sent"_s << QString();
    QTest::newRow("unknown pay_order_id") << QString() << u"PO000"_s;
    QTest::newRow("ids of two batches") << u"first"_s << u"second"_s;
}

void TestSandboxApi::query_unknownOrMismatched_notFound30020()
{
    QFETCH(QString, requestId);
    QFETCH(QString, payOrderId);
    SandboxTestClient client(m_sandbox->baseUrl());
    if (requestId == "first"_L1) {
        const QJsonObject a = validBody();
        QCOMPARE(client.create(a).code(), 0);
        const QJsonObject b = validBody();
        requestId = a["request_id"_L1].toString();
        payOrderId = client.create(b).data()["pay_order_id"_L1].toString();
    }
    QCOMPARE(client.query(requestId, payOrderId).code(), 30020);
}

void TestSandboxApi::query_otherMerchantsBatch_notFound30020()
{
    SandboxTestClient demo(m_sandbox->baseUrl());
    const QJsonObject body = validBody();
    const QString payOrderId = demo.create(body).data()["pay_order_id"_L1].toString();
    SandboxTestClient other(m_sandbox->baseUrl(), u"other-merchant"_s, "other-secret");
    QCOMPARE(other.query(body["request_id"_L1].toString()).code(), 30020);
    QCOMPARE(other.query({}, payOrderId).code(), 30020);
    // The same request_id is free for another merchant.
    QCOMPARE(other.create(body).code(), 0);
}

void TestSandboxApi::query_noId_invalidParameter()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.post(PayoutApi::QueryPath, {}).code(), 30000);
    QCOMPARE(client.post(PayoutApi::QueryPath, {{"request_id"_L1, 5}}).code(), 30000);
}

void TestSandboxApi::supportedBanks_filter_matchingBanks_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("swift"); // one expected SWIFT code
    QTest::newRow("PHP PH") << u"PHP"_s << u"PH"_s << 11 << u"BNORPHMM"_s;
    QTest::newRow("IDR") << u"IDR"_s << QString() << 10 << u"CENAIDJA"_s;
    QTest::newRow("IN") << QString() << u"IN"_s << 11 << u"SBININBB"_s;
    QTest::newRow("PHP ID") << u"PHP"_s << u"ID"_s << 0 << QString();
}

void TestSandboxApi::supportedBanks_filter_matchingBanks()
{
    QFETCH(QString, currency);
    QFETCH(QString, country);
    QFETCH(int, count);
    QFETCH(QString, swift);
    SandboxTestClient client(m_sandbox->baseUrl());
    QJsonObject body;
    if (!currency.isEmpty())
        body["currency"_L1] = currency;
    if (!country.isEmpty())
        body["country_code"_L1] = country;
    const SandboxTestClient::Reply r = client.post(PayoutApi::BanksPath, body);
    QCOMPARE(r.code(), 0);
    const QJsonArray banks = r.json["data"_L1].toArray();
    QCOMPARE(banks.size(), count);
    bool found = swift.isEmpty();
    for (const QJsonValue &b : banks) {
        QVERIFY(!b["bank_name"_L1].toString().isEmpty());
        QVERIFY(!b["bank_code"_L1].toString().isEmpty());
        QVERIFY(!b["country_code"_L1].toString().isEmpty());
        const QString code = b["swift_code"_L1].toString();
        QVERIFY(code.size() == 8 || code.size() == 11);
        found = found || code == swift;
    }
    QVERIFY(found);
}

void TestSandboxApi::supportedBanks_invalidFilter_businessCode_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("currency not allowed") << QJsonObject{{"currency"_L1, u"BRL"_s}} << 30001;
    QTest::newRow("country unknown") << QJsonObject{{"country_code"_L1, u"XX"_s}} << 30005;
    QTest::newRow("country not a string") << QJsonObject{{"country_code"_L1, 1}} << 30000;
}

void TestSandboxApi::supportedBanks_invalidFilter_businessCode()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, code);
    SandboxTestClient client(m_sandbox->baseUrl());
    QCOMPARE(client.post(PayoutApi::BanksPath, body).code(), code);
}

void TestSandboxApi::request_malformedJson_badRequest30000_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"request_id":"x")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("not json") << QByteArray("request_id=x");
    QTest::newRow("invalid utf-8") << QByteArray("{\"request_id\":\"\xff\xfe\"}");
}

void TestSandboxApi::request_malformedJson_badRequest30000()
{
    QFETCH(QByteArray, body);
    SandboxTestClient client(m_sandbox->baseUrl());
    const SandboxTestClient::Reply r = client.send("POST", PayoutApi::CreatePath, body, client.signedHeaders("{}"));
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.code(), 30000);
    QVERIFY(!r.json["msg"_L1].toString().isEmpty());
}

void TestSandboxApi::request_bodyTooLarge_payloadTooLarge()
{
    SandboxTestClient client(m_sandbox->baseUrl());
    QJsonArray details;
    for (int i = 0; i < 2000; ++i)
        details.append(SandboxTestClient::bankDetail(u"D%1"_s.arg(i), u"1.00"_s));
    const QJsonObject body = SandboxTestClient::createBody(SandboxTestClient::uniqueRequestId(), details);
    const SandboxTestClient::Reply r = client.create(body); // about 600 KB, limit 256 KiB
    QCOMPARE(r.httpStatus, 413);
    QCOMPARE(r.code(), 413);
    // The connection is still usable for the next request.
    QCOMPARE(client.query(u"T-after-413"_s).code(), 30020);
}

void TestSandboxApi::request_unknownPathOrMethod_httpError_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown path") << QByteArray("POST") << u"/api/global/payout/unknown"_s << 404;
    QTest::newRow("root") << QByteArray("GET") << u"/"_s << 404;
    QTest::newRow("GET on create") << QByteArray("GET") << PayoutApi::CreatePath << 405;
    QTest::newRow("PUT on query") << QByteArray("PUT") << PayoutApi::QueryPath << 405;
}

void TestSandboxApi::request_unknownPathOrMethod_httpError()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(int, status);
    SandboxTestClient client(m_sandbox->baseUrl());
    const SandboxTestClient::Reply r = client.send(verb, path, "{}", client.signedHeaders("{}"));
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.code(), status);
}

void TestSandboxApi::masking_sensitiveText_partlyHidden_data()
{
    QTest::addColumn<bool>("isName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("account") << false << u"001234567890"_s << u"********7890"_s;
    QTest::newRow("short account") << false << u"123"_s << u"***"_s;
    QTest::newRow("email") << false << u"ana@ex.ph"_s << u"*****x.ph"_s;
    QTest::newRow("name") << true << u"Juan  Dela Cruz"_s << u"J*** D*** C***"_s;
    QTest::newRow("non-BMP initial") << true << u"\U0001F600x Smile"_s << u"\U0001F600*** S***"_s;
    QTest::newRow("empty name") << true << QString() << QString();
}

void TestSandboxApi::masking_sensitiveText_partlyHidden()
{
    QFETCH(bool, isName);
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(isName ? StoredBatch::maskName(text) : StoredBatch::maskAccount(text), masked);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"
