// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/resultprinter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lesspay::Cli;
using namespace Lesspay::Core;

namespace {

BatchSummary summary(BatchState state, const QString &orderStatus, const QString &failReason = {})
{
    BatchSummary s;
    s.batch.requestId = QStringLiteral("LP20261203090000-ABCDEFGHJK");
    s.batch.state = state;
    s.batch.orderStatus = orderStatus;
    s.batch.failReason = failReason;
    s.batch.payOrderId = QStringLiteral("PO1");
    s.batch.currency = QStringLiteral("PHP");
    s.batch.totalAmount = QStringLiteral("20.13");
    s.batch.detailCount = 2;
    s.succeeded = orderStatus == QLatin1String("PARTIAL_SUCCESS") ? 1 : 0;
    s.failed = 2 - s.succeeded;
    return s;
}

QList<DetailStatus> details()
{
    DetailStatus a;
    a.mchOrderId = QStringLiteral("A1");
    a.amount = QStringLiteral("10.00");
    a.maskedAccount = QStringLiteral("****7890");
    a.status = QStringLiteral("SUCCEED");
    DetailStatus b = a;
    b.mchOrderId = QStringLiteral("A2");
    b.amount = QStringLiteral("10.13");
    b.status = QStringLiteral("FAILED");
    b.failReason = QStringLiteral("Beneficiary account is closed");
    return {a, b};
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestResultPrinter : public QObject
{
    Q_OBJECT

private slots:
    void stateKey_stateAndStatus_finalTruth_data();
    void stateKey_stateAndStatus_finalTruth();
    void stateKey_frozenInTeamWorkspace_approvalNeverSending_data();
    void stateKey_frozenInTeamWorkspace_approvalNeverSending();
    void batchText_failedBatch_saysFailedAndNamesRequestOnce();
    void batchText_noTotal_saysUnknownNotEmpty();
    void finish_json_sameKeysForEveryCommand();
    void finish_json_batchAndErrorsOnStdoutOnly();
    void finish_text_resultLineWithCode();
};

void TestResultPrinter::stateKey_stateAndStatus_finalTruth_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("orderStatus");
    QTest::addColumn<QString>("failReason");
    QTest::addColumn<QString>("key");
    const auto accepted = int(BatchState::Accepted);
    QTest::newRow("paid") << accepted << QStringLiteral("SUCCEED") << QString() << QStringLiteral("paid");
    QTest::newRow("failed") << accepted << QStringLiteral("FAILED") << QString() << QStringLiteral("failed");
    QTest::newRow("review") << accepted << QStringLiteral("FAILED") << QStringLiteral("review (30003)")
                            << QStringLiteral("rejected");
    QTest::newRow("partial") << accepted << QStringLiteral("PARTIAL_SUCCESS") << QString()
                             << QStringLiteral("partially_paid");
    QTest::newRow("in review") << accepted << QStringLiteral("PENDING_CONFIRM") << QString()
                               << QStringLiteral("in_review");
    QTest::newRow("paying") << accepted << QStringLiteral("PENDING_PAY") << QString() << QStringLiteral("paying");
    QTest::newRow("unknown") << int(BatchState::Reconciling) << QString() << QString() << QStringLiteral("unknown");
    QTest::newRow("refused") << int(BatchState::Rejected) << QString() << QString() << QStringLiteral("rejected");
    QTest::newRow("person") << int(BatchState::NeedsAttention) << QString() << QString()
                            << QStringLiteral("needs_person");
}

void TestResultPrinter::stateKey_stateAndStatus_finalTruth()
{
    QFETCH(int, state);
    QFETCH(QString, orderStatus);
    QFETCH(QString, failReason);
    QFETCH(QString, key);
    const BatchSummary s = summary(BatchState(state), orderStatus, failReason);
    QCOMPARE(ResultPrinter::stateKey(s.batch), key);
    QVERIFY(!ResultPrinter::stateLabel(s.batch).isEmpty());
    QCOMPARE(ResultPrinter::batchObject(s, {}).value(QLatin1String("state")).toString(), key);
}

void TestResultPrinter::stateKey_frozenInTeamWorkspace_approvalNeverSending_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("sendCount");
    QTest::addColumn<int>("approval"); // -1: a personal journal
    QTest::addColumn<QString>("key");
    const auto frozen = int(BatchState::Frozen);
    QTest::newRow("personal") << frozen << 0 << -1 << QStringLiteral("sending");
    QTest::newRow("open") << frozen << 0 << int(TeamApprovals::State::Open) << QStringLiteral("awaiting_approval");
    QTest::newRow("requested") << frozen << 0 << int(TeamApprovals::State::Requested)
                               << QStringLiteral("awaiting_approval");
    QTest::newRow("approved") << frozen << 0 << int(TeamApprovals::State::Approved) << QStringLiteral("approved");
    QTest::newRow("rejected") << frozen << 0 << int(TeamApprovals::State::Rejected) << QStringLiteral("rejected");
    QTest::newRow("sent once") << frozen << 1 << int(TeamApprovals::State::Approved) << QStringLiteral("sending");
    QTest::newRow("on its way") << int(BatchState::Sending) << 1 << int(TeamApprovals::State::Approved)
                                << QStringLiteral("sending");
}

void TestResultPrinter::stateKey_frozenInTeamWorkspace_approvalNeverSending()
{
    QFETCH(int, state);
    QFETCH(int, sendCount);
    QFETCH(int, approval);
    QFETCH(QString, key);
    BatchSummary s = summary(BatchState(state), {});
    s.batch.sendCount = sendCount;
    const ResultPrinter::Approval a =
        approval < 0 ? ResultPrinter::Approval() : ResultPrinter::Approval(TeamApprovals::State(approval));
    QCOMPARE(ResultPrinter::stateKey(s.batch, a), key);
    QVERIFY(!ResultPrinter::stateLabel(s.batch, a).isEmpty());
    const QJsonObject o = ResultPrinter::batchObject(s, {}, a);
    QCOMPARE(o.value(QLatin1String("state")).toString(), key);
    QCOMPARE(o.value(QLatin1String("approval")).isNull(), approval < 0);
    QVERIFY(ResultPrinter::batchText(s, {}, a).contains(QStringLiteral("state: ") + key + QStringLiteral(" (")));
}

void TestResultPrinter::batchText_failedBatch_saysFailedAndNamesRequestOnce()
{
    // The journal's state is "accepted" (Lesspay took the batch); what counts is that it failed.
    const QString text = ResultPrinter::batchText(summary(BatchState::Accepted, QStringLiteral("FAILED")), details());
    QVERIFY2(text.contains(QLatin1String("\nstate: failed (")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("accepted")));
    QCOMPARE(text.count(QLatin1String("request_id: ")), 1);
    QVERIFY(text.contains(QLatin1String("  A2\t10.13\t****7890\tFAILED\tBeneficiary account is closed\n")));
}

void TestResultPrinter::batchText_noTotal_saysUnknownNotEmpty()
{
    BatchSummary s = summary(BatchState::Unknown, QString());
    s.batch.totalAmount.clear();
    const QString text = ResultPrinter::batchText(s, {});
    QVERIFY2(text.contains(QLatin1String("total: unknown PHP")), qPrintable(text));
    QVERIFY(ResultPrinter::batchObject(s, {}).value(QLatin1String("total_amount")).isNull());
}

void TestResultPrinter::finish_json_sameKeysForEveryCommand()
{
    QString first;
    QString second;
    QString errors;
    {
        QTextStream out(&first);
        QTextStream err(&errors);
        ResultPrinter p(out, err, ResultPrinter::Format::Json, QStringLiteral("status"));
        p.batch(summary(BatchState::Accepted, QStringLiteral("SUCCEED")), details());
        QCOMPARE(p.finish(ExitCodes::Ok), 0);
    }
    {
        QTextStream out(&second);
        QTextStream err(&errors);
        ResultPrinter p(out, err, ResultPrinter::Format::Json, QStringLiteral("submit"));
        p.failure(QStringLiteral("no profile"));
        QCOMPARE(p.finish(ExitCodes::UsageError), 2);
    }
    const QJsonObject a = QJsonDocument::fromJson(first.toUtf8()).object();
    const QJsonObject b = QJsonDocument::fromJson(second.toUtf8()).object();
    QVERIFY(!a.isEmpty());
    QCOMPARE(sortedKeys(a), sortedKeys(b));
    QCOMPARE(a.value(QLatin1String("version")).toInt(), ResultPrinter::JsonVersion);
    QCOMPARE(b.value(QLatin1String("exit_code")).toInt(), 2);
    QCOMPARE(b.value(QLatin1String("result")).toString(), QStringLiteral("usage_error"));
    const QJsonObject batch = a.value(QLatin1String("batches")).toArray().first().toObject();
    const QStringList expected{
        QStringLiteral("approval"),     QStringLiteral("created_at"),    QStringLiteral("currency"),
        QStringLiteral("detail_count"), QStringLiteral("details"),       QStringLiteral("fail_reason"),
        QStringLiteral("failed"),       QStringLiteral("journal_state"), QStringLiteral("last_error"),
        QStringLiteral("order_status"), QStringLiteral("pay_order_id"),  QStringLiteral("pending"),
        QStringLiteral("request_id"),   QStringLiteral("state"),         QStringLiteral("state_label"),
        QStringLiteral("succeeded"),    QStringLiteral("total_amount")};
    QCOMPARE(sortedKeys(batch), expected);
}

void TestResultPrinter::finish_json_batchAndErrorsOnStdoutOnly()
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    ResultPrinter p(o, e, ResultPrinter::Format::Json, QStringLiteral("submit"));
    p.note(QStringLiteral("recorded"));
    p.error(QStringLiteral("row 3, amount: bad"));
    p.batch(summary(BatchState::Accepted, QStringLiteral("PARTIAL_SUCCESS")), details());
    p.finish(ExitCodes::PartiallyPaid);
    QCOMPARE(out.count(QLatin1Char('\n')), 1); // one JSON line, nothing else
    QVERIFY(err.contains(QLatin1String("recorded")));
    const QJsonObject doc = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(doc.value(QLatin1String("errors")).toArray().first().toString(), QStringLiteral("row 3, amount: bad"));
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("partially_paid"));
    QCOMPARE(doc.value(QLatin1String("batches"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("details"))
                 .toArray()
                 .size(),
             2);
}

void TestResultPrinter::finish_text_resultLineWithCode()
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    ResultPrinter p(o, e, ResultPrinter::Format::Text, QStringLiteral("status"));
    p.batch(summary(BatchState::Accepted, QStringLiteral("FAILED")), {});
    QCOMPARE(p.finish(ExitCodes::Failed), 8);
    QVERIFY2(out.endsWith(QLatin1String("result: failed (exit 8)\n")), qPrintable(out));
    QVERIFY(err.isEmpty());
}

QTEST_GUILESS_MAIN(TestResultPrinter)
#include "tst_resultprinter.moc"
