// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "domain/batch.h"
#include "journal/journal.h"
#include "journal/sqldialect.h"
#include "journal/teamapprovals.h"
#include "journal/teamworkspace.h"
#include "journalbackend.h"
#include "models/batchmodel.h"
#include "models/priorpaymentchecker.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lesspay::Core;

namespace {

PayoutDetail bankDetail(const QString &id, const QString &amount, const QString &account)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, account);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

constexpr qint64 Day = 24 * 60 * 60 * 1000;

} // namespace

class tst_PriorPaymentChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void check_data();
    void check();
    void check_ownBatch_isNotAWarning();
    void prime_manyRows_warnsOnMatchingRowsOnly();
    void prime_keys_answersEachKeyFromOneQuestion();
    void check_teamWorkspace_colleaguesBatchSeenAndNamed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<DetailValidator> m_validator;
    QString m_oldRequestId;
    qint64 m_now = 0;
};

void tst_PriorPaymentChecker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), &error,
                              [this] { return m_now; });
    QVERIFY2(m_journal, qPrintable(error));
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());

    // An earlier batch paid 150.00 to account 001234567890, ten days ago.
    m_now -= 10 * Day;
    m_oldRequestId = RequestId::generate();
    Batch old(*m_validator, {m_oldRequestId, QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                             QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    old.append(bankDetail(QStringLiteral("X1"), QStringLiteral("150.00"), QStringLiteral("001234567890")));
    QVERIFY(old.isSendable());
    const auto frozen =
        m_journal->freeze(0, QStringLiteral("profile"), WireFormat::toBytes(WireFormat::createOrderBody(old)));
    QVERIFY(frozen);
    QVERIFY(m_journal->setState(frozen->batch.id, BatchState::Accepted));
    m_now += 10 * Day;
}

void tst_PriorPaymentChecker::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void tst_PriorPaymentChecker::check_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<bool>("warned");
    QTest::newRow("same recipient and amount") << "150.00"
                                               << "001234567890"
                                               << "PHP" << 30 << true;
    QTest::newRow("amount written differently") << "150"
                                                << "001234567890"
                                                << "PHP" << 30 << true;
    QTest::newRow("other amount") << "150.01"
                                  << "001234567890"
                                  << "PHP" << 30 << false;
    QTest::newRow("other account") << "150.00"
                                   << "001234567891"
                                   << "PHP" << 30 << false;
    QTest::newRow("outside the window") << "150.00"
                                        << "001234567890"
                                        << "PHP" << 7 << false;
}

void tst_PriorPaymentChecker::check()
{
    QFETCH(QString, amount);
    QFETCH(QString, account);
    QFETCH(QString, currency);
    QFETCH(int, windowDays);
    QFETCH(bool, warned);
    PriorPaymentChecker checker(*m_journal, *m_validator, windowDays, RequestId::generate(), [this] { return m_now; });
    const QString text = checker.check(bankDetail(QStringLiteral("N1"), amount, account), currency);
    QCOMPARE(!text.isEmpty(), warned);
    if (warned)
        QVERIFY2(text.contains(m_oldRequestId), qPrintable(text));
}

void tst_PriorPaymentChecker::check_ownBatch_isNotAWarning()
{
    PriorPaymentChecker checker(*m_journal, *m_validator, 30, m_oldRequestId, [this] { return m_now; });
    QVERIFY(checker
                .check(bankDetail(QStringLiteral("X1"), QStringLiteral("150.00"), QStringLiteral("001234567890")),
                       QStringLiteral("PHP"))
                .isEmpty());
}

void tst_PriorPaymentChecker::prime_manyRows_warnsOnMatchingRowsOnly()
{
    PriorPaymentChecker checker(*m_journal, *m_validator, 30, RequestId::generate(), [this] { return m_now; });
    QList<PayoutDetail> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(bankDetail(QStringLiteral("R%1").arg(i), QStringLiteral("%1.00").arg(140 + i % 20),
                               QStringLiteral("001234567890")));
    checker.prime(rows, QStringLiteral("PHP"));
    int warned = 0;
    for (const PayoutDetail &row : std::as_const(rows))
        warned += checker.check(row, QStringLiteral("PHP")).isEmpty() ? 0 : 1;
    QCOMPARE(warned, 10); // 150.00 is every 20th row
}

void tst_PriorPaymentChecker::prime_keys_answersEachKeyFromOneQuestion()
{
    // The draft's model holds its rows' keys: primed with them, the checker answers from its
    // cache without asking the journal again (a payout frozen after priming is not seen).
    PriorPaymentChecker checker(*m_journal, *m_validator, 30, RequestId::generate(), [this] { return m_now; });
    const DetailValidator::Context context = m_validator->contextFor(QStringLiteral("PHP"));
    QList<std::optional<PriorPaymentChecker::Key>> keys;
    for (const QString &amount : {QStringLiteral("150.00"), QStringLiteral("151.00")})
        keys.append(SamePaymentIndex::keyOf(
            *m_validator, bankDetail(QStringLiteral("K"), amount, QStringLiteral("001234567890")), context));
    keys.append(std::nullopt); // a row with errors
    QVERIFY(keys.at(0) && keys.at(1));
    checker.prime(keys);

    Batch later(*m_validator, {RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                               QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    later.append(bankDetail(QStringLiteral("Y1"), QStringLiteral("151.00"), QStringLiteral("001234567890")));
    QVERIFY(m_journal->freeze(0, QStringLiteral("profile"), WireFormat::toBytes(WireFormat::createOrderBody(later))));

    const QString paid = checker.check(keys.at(0));
    QVERIFY2(paid.contains(m_oldRequestId), qPrintable(paid));
    QVERIFY(checker.check(keys.at(1)).isEmpty()); // answered when primed, before the later batch
    QVERIFY(checker.check(keys.at(2)).isEmpty());
    // The same key from the row itself gives the same answer.
    QCOMPARE(checker.check(bankDetail(QStringLiteral("K2"), QStringLiteral("150"), QStringLiteral("001234567890")),
                           QStringLiteral("PHP")),
             paid);
}

void tst_PriorPaymentChecker::check_teamWorkspace_colleaguesBatchSeenAndNamed()
{
    QString error;
    if (!JournalBackend::isPostgres()) {
        // One person's file: no team, and the warning names nobody.
        QVERIFY(!TeamWorkspace::install(*m_journal, &error));
        PriorPaymentChecker checker(*m_journal, *m_validator, 30, RequestId::generate(), [this] { return m_now; });
        const QString text =
            checker.check(bankDetail(QStringLiteral("N1"), QStringLiteral("150.00"), QStringLiteral("001234567890")),
                          QStringLiteral("PHP"));
        QVERIFY2(text.contains(m_oldRequestId) && !text.contains(QLatin1String("prepared by")), qPrintable(text));
        return;
    }
    QVERIFY2(TeamWorkspace::install(*m_journal, &error), qPrintable(error));
    QVERIFY(TeamWorkspace::addMember(*m_journal, QStringLiteral("alice"), TeamWorkspace::Role::Preparer));
    QVERIFY(TeamWorkspace::addMember(*m_journal, QStringLiteral("carol"), TeamWorkspace::Role::Preparer));
    const auto as = [this](const QString &user) {
        QUrl url(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))));
        url.setUserName(user);
        return Journal::open(url.toString());
    };
    std::unique_ptr<Journal> alice = as(QStringLiteral("alice"));
    std::unique_ptr<Journal> carol = as(QStringLiteral("carol"));
    QVERIFY(alice && carol);
    // alice prepares the invoice's payout; a second batch of hers, for 300.00, her approver rejects.
    const auto freeze = [this, &alice](const QString &amount) {
        const QString requestId = RequestId::generate();
        Batch b(*m_validator, {requestId, QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                               QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
        b.append(bankDetail(QStringLiteral("INV-7"), amount, QStringLiteral("009876543210")));
        const QByteArray body = WireFormat::toBytes(WireFormat::createOrderBody(b));
        return alice->freeze(0, QStringLiteral("profile"), body) ? std::make_pair(requestId, body)
                                                                 : std::make_pair(QString(), QByteArray());
    };
    const auto [pending, pendingBody] = freeze(QStringLiteral("200.00"));
    const auto [rejected, rejectedBody] = freeze(QStringLiteral("300.00"));
    QVERIFY(!pending.isEmpty() && !rejected.isEmpty());
    QVERIFY(TeamWorkspace::addMember(*m_journal, QStringLiteral("bob"), TeamWorkspace::Role::Approver));
    std::unique_ptr<Journal> bob = as(QStringLiteral("bob"));
    QVERIFY(TeamApprovals(*alice).request(rejected, &error));
    QVERIFY2(TeamApprovals(*bob).reject(rejected, TeamApprovals::bodySha256(rejectedBody), {}, &error),
             qPrintable(error));

    // A stricter workspace: people see only their own batches. The warning still sees alice's.
    // (As the database's owner, on a connection of the test's own.)
    {
        QSqlDatabase owner = SqlDialect::addServerConnection(
            JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), QStringLiteral("test-owner"));
        QVERIFY(owner.open());
        for (const char *statement :
             {"DROP POLICY batches_read ON batches",
              "CREATE POLICY batches_read ON batches FOR SELECT USING (prepared_by = session_user)",
              "DROP POLICY details_read ON batch_details",
              "CREATE POLICY details_read ON batch_details FOR SELECT USING (EXISTS (SELECT 1 FROM "
              "batches b WHERE b.id = batch_id AND b.prepared_by = session_user))"}) {
            QSqlQuery q(owner);
            QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-owner"));
    QVERIFY(!carol->batch(pending)); // hidden from carol

    PriorPaymentChecker checker(*carol, *m_validator, 30, RequestId::generate());
    const QString text =
        checker.check(bankDetail(QStringLiteral("C1"), QStringLiteral("200.00"), QStringLiteral("009876543210")),
                      QStringLiteral("PHP"));
    QVERIFY2(text.contains(pending), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("prepared by alice")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("009876543210")), qPrintable(text)); // nothing but what the warning says
    // A batch its approver rejected will never be paid: no warning.
    QVERIFY(checker
                .check(bankDetail(QStringLiteral("C2"), QStringLiteral("300.00"), QStringLiteral("009876543210")),
                       QStringLiteral("PHP"))
                .isEmpty());
    // Many rows at once, the same answers.
    PriorPaymentChecker many(*carol, *m_validator, 30, RequestId::generate());
    QList<PayoutDetail> rows;
    for (int i = 0; i < 50; ++i)
        rows.append(bankDetail(QStringLiteral("M%1").arg(i), QStringLiteral("%1.00").arg(100 * (1 + i % 5)),
                               QStringLiteral("009876543210")));
    many.prime(rows, QStringLiteral("PHP"));
    int warned = 0;
    for (const PayoutDetail &row : std::as_const(rows))
        warned += many.check(row, QStringLiteral("PHP")).contains(QLatin1String("prepared by alice")) ? 1 : 0;
    QCOMPARE(warned, 10); // 200.00 is every 5th row
}

QTEST_GUILESS_MAIN(tst_PriorPaymentChecker)
#include "tst_priorpaymentchecker.moc"
