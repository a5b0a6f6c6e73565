// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/sha256.h"
#include "api/signer.h"
#include "api/wireformat.h"
#include "domain/batch.h"
#include "models/frozenbody.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Lesspay::Core;

namespace {

const DetailValidator &validator()
{
    static const DetailValidator v(ReferenceData::builtin());
    return v;
}

BatchHeader header()
{
    return {QStringLiteral("LP20261125083000-ABCDEFGHIJ"), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
            QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example.com/lesspay/notify")};
}

// Text that stresses the writer: JSON's escapes, every C0 control, DEL, '/', Latin-1, CJK,
// characters outside the BMP (surrogate pairs) and, now and then, a lone surrogate.
QString randomText(QRandomGenerator &random)
{
    static const char16_t Pool[] = {u'a',      u'Z',      u'0',      u' ',      u'"',    u'\\',   u'/',    u'\b',
                                    u'\f',     u'\n',     u'\r',     u'\t',     u'\x01', u'\x1f', u'\x7f', u'\u00e9',
                                    u'\u00a0', u'\u4e2d', u'\u2028', u'\ufeff', u'&',    u'=',    u'.',    u'-'};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        const quint32 pick = random.bounded(100);
        if (pick < 3) {
            text.append(QChar(char16_t(0xd800 + random.bounded(0x800)))); // lone surrogate
        } else if (pick < 8) {
            text.append(QString::fromUcs4(U"\U0001F600"));
        } else {
            text.append(QChar(Pool[random.bounded(quint32(std::size(Pool)))]));
        }
    }
    return text;
}

PayoutDetail randomDetail(QRandomGenerator &random)
{
    PayoutDetail d;
    for (int f = 0; f < FieldCount; ++f)
        d.setValue(Field(f), randomText(random));
    d.setValue(Field::DestinationType, random.bounded(2) ? PayoutDetail::Bank : PayoutDetail::EWallet);
    d.setValue(Field::Amount, QString::number(random.bounded(100000)) + QStringLiteral(".50"));
    return d;
}

// A payout that validates, each value typed either as it is sent or in one of the ways people
// type it (spaces, case, separators, a national phone number, another spelling of the provider),
// so that a batch has rows of both kinds of wire text (Batch::wireText()).
PayoutDetail validDetail(QRandomGenerator &random, int row)
{
    const auto pick = [&random](QStringList options) { return options.at(int(random.bounded(options.size()))); };
    PayoutDetail d;
    d.setValue(Field::MchOrderId,
               pick({QStringLiteral("R%1"), QStringLiteral(" R%1"), QStringLiteral("R%1\t")}).arg(row));
    d.setValue(Field::Amount, pick({QStringLiteral("12.50"), QStringLiteral("12.5"), QStringLiteral("7"),
                                    QStringLiteral("1234567.89"), QStringLiteral(" 3.00 ")}));
    const QString name =
        pick({QStringLiteral("Juan Dela Cruz"), QStringLiteral("José Santos"), QStringLiteral("Ana \"Annie\" Reyes"),
              QStringLiteral("Maria Cruz "), QStringView(u"\u674e\u5c0f\u9f99").toString(),
              QStringView(u"Liza\u00a0Ramos").toString()});
    if (random.bounded(2)) {
        d.setValue(Field::DestinationType, pick({QStringLiteral("bank"), QStringLiteral("Bank")}));
        d.setValue(Field::BankAccountName, name);
        d.setValue(Field::BankAccountNo, pick({QStringLiteral("001234567890"), QStringLiteral("0012-3456-7890"),
                                               QStringLiteral("0012 3456 7890")}));
        d.setValue(Field::BankAccountType, pick({QStringLiteral("individual"), QStringLiteral("Individual")}));
        d.setValue(Field::BankName, pick({QStringLiteral("BDO Unibank"), QStringLiteral(" BDO Unibank")}));
        d.setValue(Field::BankCountryCode, pick({QStringLiteral("PH"), QStringLiteral("ph")}));
        d.setValue(Field::BankSwiftCode, pick({QStringLiteral("BNORPHMM"), QStringLiteral("bnorphmm")}));
    } else {
        d.setValue(Field::DestinationType, pick({QStringLiteral("ewallet"), QStringLiteral("EWallet")}));
        d.setValue(Field::WalletAccountName, name);
        d.setValue(Field::WalletAccountNumber, pick({QStringLiteral("09171234567"), QStringLiteral("0917-123-4567")}));
        d.setValue(Field::WalletAccountType, pick({QStringLiteral("individual"), QStringLiteral("INDIVIDUAL")}));
        d.setValue(Field::WalletProvider, pick({QStringLiteral("GCash"), QStringLiteral("gcash")}));
        d.setValue(Field::WalletDepositKeyType, pick({QStringLiteral("phone"), QStringLiteral("Phone")}));
        d.setValue(Field::WalletDepositKey, pick({QStringLiteral("+639171234567"), QStringLiteral("09171234567"),
                                                  QStringLiteral("+63 917 123 4567")}));
    }
    return d;
}

} // namespace

class tst_FrozenBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_randomBatches_sameBytesAsJsonTreeAndSigner();
    void write_largeBatch_blocksOnThreadsJoinExactly();
    void write_validRowsTypedEveryWay_sameBytesAsJsonTree();
    void write_afterEditsAndCurrencyChange_sameBytesAsJsonTree();
    void write_emptyValues_leftOutOfSignStringOnly();
    void write_emptyRequestId_getsFreshOne();
    void read_writtenBody_givesTheBatchBack();
    void sha256_chunks_equalQtDigest();
};

void tst_FrozenBody::write_randomBatches_sameBytesAsJsonTreeAndSigner()
{
    QRandomGenerator random(20261203);
    const QByteArray secret = "s3cr\xc3\xa9t";
    for (int round = 0; round < 3000; ++round) {
        BatchHeader h = header();
        if (round % 5 == 0)
            h.wayCode = randomText(random);
        if (round % 7 == 0)
            h.notifyUrl.clear();
        Batch batch(validator(), h);
        const int rows = int(random.bounded(5));
        for (int i = 0; i < rows; ++i)
            batch.append(randomDetail(random));

        const QJsonObject tree = WireFormat::createOrderBody(batch);
        const FrozenBody::Request request = FrozenBody::write(batch);
        QCOMPARE(request.requestId, h.requestId);
        QCOMPARE(request.body, WireFormat::toBytes(tree));
        const Signer::Signature expected = Signer::sign(tree, secret);
        QCOMPARE(request.signPrefix + "key=" + secret, expected.signString);
        QCOMPARE(request.signatureHex(secret), expected.hex);
        // A lone surrogate, or a byte order mark opening a string, does not survive Qt's JSON
        // parser (the server could not check such a body either); any other body verifies as
        // the server verifies it.
        if (!request.body.contains("\\ud") && !request.body.contains("\"\xEF\xBB\xBF"))
            QVERIFY(Signer::verify(request.body, secret, request.signatureHex(secret)));
    }
}

void tst_FrozenBody::write_largeBatch_blocksOnThreadsJoinExactly()
{
    // Large enough to be written in blocks on several threads: the blocks must join exactly.
    QRandomGenerator random(99);
    Batch batch(validator(), header());
    for (int i = 0; i < 9001; ++i)
        batch.append(randomDetail(random));
    const QJsonObject tree = WireFormat::createOrderBody(batch);
    const FrozenBody::Request request = FrozenBody::write(batch);
    QCOMPARE(request.body, WireFormat::toBytes(tree));
    QCOMPARE(request.signPrefix + "key=k", Signer::sign(tree, "k").signString);
}

void tst_FrozenBody::write_validRowsTypedEveryWay_sameBytesAsJsonTree()
{
    // Freezing joins the wire text each row kept when it was judged: whether a row kept its own
    // text or a normalised copy, the bytes are the JSON tree's.
    QRandomGenerator random(4242);
    for (int round = 0; round < 200; ++round) {
        Batch batch(validator(), header());
        const int rows = 1 + int(random.bounded(round % 50 == 0 ? 4500 : 30));
        for (int i = 0; i < rows; ++i)
            batch.append(validDetail(random, i));
        QVERIFY2(batch.isSendable(), qPrintable(QString::number(batch.errorCount())));
        const QJsonObject tree = WireFormat::createOrderBody(batch);
        const FrozenBody::Request request = FrozenBody::write(batch);
        QCOMPARE(request.body, WireFormat::toBytes(tree));
        QCOMPARE(request.signPrefix + "key=k", Signer::sign(tree, "k").signString);
    }
}

void tst_FrozenBody::write_afterEditsAndCurrencyChange_sameBytesAsJsonTree()
{
    QRandomGenerator random(77);
    Batch batch(validator(), header());
    for (int i = 0; i < 300; ++i)
        batch.append(validDetail(random, i));
    for (int edit = 0; edit < 300; ++edit) {
        const int row = int(random.bounded(batch.size()));
        switch (random.bounded(3)) {
        case 0:
            batch.replace(row, validDetail(random, 1000 + edit));
            break;
        case 1:
            batch.replace(row, randomDetail(random)); // mostly with errors: written the slow way
            break;
        default:
            batch.remove(row);
            batch.insert(row, validDetail(random, 2000 + edit));
            break;
        }
    }
    QCOMPARE(FrozenBody::write(batch).body, WireFormat::toBytes(WireFormat::createOrderBody(batch)));
    BatchHeader h = batch.header();
    h.currency = QStringLiteral("BHD");
    batch.setHeader(h);
    QCOMPARE(FrozenBody::write(batch).body, WireFormat::toBytes(WireFormat::createOrderBody(batch)));
}

void tst_FrozenBody::write_emptyValues_leftOutOfSignStringOnly()
{
    BatchHeader h = header();
    h.notifyUrl.clear();
    Batch batch(validator(), h);
    PayoutDetail d;
    d.setValue(Field::MchOrderId, QStringLiteral("P0001"));
    d.setValue(Field::Amount, QStringLiteral("12.5"));
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    batch.append(d);
    const FrozenBody::Request request = FrozenBody::write(batch);
    QVERIFY(request.body.contains("\"notify_url\":\"\""));
    QVERIFY(request.body.contains("\"amount\":\"12.50\""));
    QVERIFY(!request.signPrefix.contains("notify_url="));
    QVERIFY(request.signPrefix.startsWith("currency=PHP&payout_order_details=[{"));
    QCOMPARE(request.signStringPreview(), request.signPrefix + "key=<appSecret>");
}

void tst_FrozenBody::write_emptyRequestId_getsFreshOne()
{
    BatchHeader h = header();
    h.requestId.clear();
    Batch batch(validator(), h);
    const FrozenBody::Request request = FrozenBody::write(batch);
    QVERIFY(RequestId::isValid(request.requestId));
    const QByteArray member = "\"request_id\":\"" + request.requestId.toUtf8() + '"';
    QVERIFY(request.body.contains(member));
}

void tst_FrozenBody::read_writtenBody_givesTheBatchBack()
{
    QRandomGenerator random(7);
    Batch batch(validator(), header());
    for (int i = 0; i < 20; ++i) {
        PayoutDetail d = randomDetail(random);
        d.setValue(Field::BankAccountName, QStringLiteral("Juan \"JD\" Dela Cruz \u4e2d"));
        batch.append(d);
    }
    const std::optional<FrozenBody::Content> content = FrozenBody::read(FrozenBody::write(batch).body);
    QVERIFY(content);
    QCOMPARE(content->header, header());
    QCOMPARE(content->details.size(), batch.size());
    for (int row = 0; row < batch.size(); ++row) {
        const PayoutDetail normalized = batch.normalizedDetail(row);
        QCOMPARE(content->details.at(row).value(Field::MchOrderId), normalized.value(Field::MchOrderId));
        QCOMPARE(content->details.at(row).amount(), normalized.amount());
    }
}

void tst_FrozenBody::sha256_chunks_equalQtDigest()
{
    QRandomGenerator random(11);
    for (const int size : {0, 1, 55, 56, 63, 64, 65, 1000, 100000}) {
        QByteArray data(size, Qt::Uninitialized);
        for (char &c : data)
            c = char(random.bounded(256));
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        QCOMPARE(Sha256::hash(data), expected);
        Sha256 chunked;
        chunked.addData(QByteArrayView(data).first(size / 3));
        chunked.addData(QByteArrayView(data).sliced(size / 3));
        QCOMPARE(chunked.result(), expected);
    }
}

QTEST_GUILESS_MAIN(tst_FrozenBody)
#include "tst_frozenbody.moc"
