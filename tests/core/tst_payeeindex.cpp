// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/payeeindex.h"
#include "payeeaccounts.h"

#include <QTest>

using namespace Lesspay::Core;

namespace {

using PayeeAccounts::bank;

PayoutDetail wallet(const QString &holder, const QString &number, const QString &key)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::EWallet);
    d.setValue(Field::WalletAccountName, holder);
    d.setValue(Field::WalletAccountNumber, number);
    d.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    d.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    d.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
    d.setValue(Field::WalletDepositKey, key);
    return d;
}

constexpr qint64 Day = 24LL * 60 * 60 * 1000;
constexpr qint64 Now = 1'800'000'000'000;

} // namespace

class tst_PayeeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void match_data();
    void match();
    void match_twoPayeesSameName_accountOfEitherIsKnown();
    void upsert_changedAccount_matchesNewAccountOnly();
    void remove_payee_noLongerMatches();
    void search_data();
    void search();
    void tags_listsEveryTagOnce();

private:
    PayeeIndex m_index;
};

void tst_PayeeIndex::init()
{
    Payee juan;
    juan.id = 1;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.reference = QStringLiteral("SUP-001");
    juan.tags = {QStringLiteral("suppliers")};
    juan.accounts.append(
        {11, bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"), QStringLiteral("BNORPHMMXXX")),
         Now - 400 * Day, 0});
    // A second account, added five days ago: recently changed.
    juan.accounts.append(
        {12, bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("998877665544"), QStringLiteral("BOPIPHMM")),
         Now - 5 * Day, Now - 5 * Day});
    Payee maria;
    maria.id = 2;
    maria.name = QStringLiteral("María Santos");
    maria.tags = {QStringLiteral("gig"), QStringLiteral("weekly")};
    maria.notes = QStringLiteral("Rider, Quezon City");
    maria.accounts.append(
        {21, wallet(QStringLiteral("Maria Santos"), QStringLiteral("09171234567"), QStringLiteral("+639171234567")),
         Now - 100 * Day, 0});
    m_index.reset({juan, maria});
}

void tst_PayeeIndex::match_data()
{
    QTest::addColumn<PayoutDetail>("detail");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("payeeId");
    QTest::addColumn<qint64>("accountId");

    const auto known = int(PayeeMatch::Status::KnownAccount);
    const auto changed = int(PayeeMatch::Status::ChangedAccount);
    const auto recent = int(PayeeMatch::Status::RecentlyChanged);
    const auto none = int(PayeeMatch::Status::NoPayee);

    QTest::newRow("saved account") << bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"),
                                           QStringLiteral("BNORPHMMXXX"))
                                   << known << qint64(1) << qint64(11);
    QTest::newRow("spelling, spacing and branch do not matter")
        << bank(QStringLiteral("  juan  dela-cruz "), QStringLiteral("0012-3456-7890"), QStringLiteral("bnorphmm"))
        << known << qint64(1) << qint64(11);
    QTest::newRow("other account number")
        << bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567891"), QStringLiteral("BNORPHMMXXX"))
        << changed << qint64(1) << qint64(0);
    QTest::newRow("same number at another bank")
        << bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"), QStringLiteral("MBTCPHMM")) << changed
        << qint64(1) << qint64(0);
    QTest::newRow("account changed five days ago")
        << bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("998877665544"), QStringLiteral("BOPIPHMM")) << recent
        << qint64(1) << qint64(12);
    QTest::newRow("unknown name") << bank(QStringLiteral("Pedro Penduko"), QStringLiteral("001234567890"),
                                          QStringLiteral("BNORPHMMXXX"))
                                  << none << qint64(0) << qint64(0);
    QTest::newRow("accents do not matter, wallet known")
        << wallet(QStringLiteral("MARIA SANTOS"), QStringLiteral("0917 123 4567"), QStringLiteral("+639171234567"))
        << known << qint64(2) << qint64(21);
    QTest::newRow("payee name matches although the holder is spelled otherwise")
        << wallet(QStringLiteral("María Santos"), QStringLiteral("09171234567"), QStringLiteral("+639171234567"))
        << known << qint64(2) << qint64(21);
    QTest::newRow("wallet key differs") << wallet(QStringLiteral("Maria Santos"), QStringLiteral("09171234567"),
                                                  QStringLiteral("+639179999999"))
                                        << changed << qint64(2) << qint64(0);
    QTest::newRow("bank row for a wallet payee")
        << bank(QStringLiteral("Maria Santos"), QStringLiteral("09171234567"), QStringLiteral("BNORPHMM")) << changed
        << qint64(2) << qint64(0);
    QTest::newRow("empty name") << bank(QString(), QStringLiteral("001234567890"), QStringLiteral("BNORPHMM")) << none
                                << qint64(0) << qint64(0);
}

void tst_PayeeIndex::match()
{
    QFETCH(PayoutDetail, detail);
    QFETCH(int, status);
    QFETCH(qint64, payeeId);
    QFETCH(qint64, accountId);
    const PayeeMatch m = m_index.match(detail, Now - 30 * Day);
    QCOMPARE(int(m.status), status);
    QCOMPARE(m.payeeId, payeeId);
    QCOMPARE(m.accountId, accountId);
    QCOMPARE(m.needsConfirmation(),
             status == int(PayeeMatch::Status::ChangedAccount) || status == int(PayeeMatch::Status::RecentlyChanged));
    QCOMPARE(m.warning().isEmpty(), !m.needsConfirmation());
}

void tst_PayeeIndex::match_twoPayeesSameName_accountOfEitherIsKnown()
{
    Payee other;
    other.id = 3;
    other.name = QStringLiteral("Juan Dela Cruz");
    other.accounts.append(
        {31, bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("555566667777"), QStringLiteral("MBTCPHMM")),
         Now - 90 * Day, 0});
    m_index.upsert(other);
    const PayeeMatch m = m_index.match(
        bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("555566667777"), QStringLiteral("MBTCPHMM")),
        Now - 30 * Day);
    QCOMPARE(m.status, PayeeMatch::Status::KnownAccount);
    QCOMPARE(m.payeeId, qint64(3));
    // The window decides: an account changed 5 days ago is known once the window is shorter.
    QCOMPARE(
        m_index
            .match(bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("998877665544"), QStringLiteral("BOPIPHMM")),
                   Now - 3 * Day)
            .status,
        PayeeMatch::Status::KnownAccount);
}

void tst_PayeeIndex::upsert_changedAccount_matchesNewAccountOnly()
{
    Payee juan = *m_index.payee(1);
    juan.accounts[0].detail.setValue(Field::BankAccountNo, QStringLiteral("111122223333"));
    juan.accounts[0].changedAt = Now - Day;
    m_index.upsert(juan);
    QCOMPARE(m_index.size(), 2);
    QCOMPARE(
        m_index
            .match(bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"), QStringLiteral("BNORPHMM")),
                   Now - 30 * Day)
            .status,
        PayeeMatch::Status::ChangedAccount);
    QCOMPARE(
        m_index
            .match(bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("111122223333"), QStringLiteral("BNORPHMM")),
                   Now - 30 * Day)
            .status,
        PayeeMatch::Status::RecentlyChanged);
}

void tst_PayeeIndex::remove_payee_noLongerMatches()
{
    m_index.remove(1);
    QCOMPARE(m_index.size(), 1);
    QVERIFY(!m_index.payee(1));
    QCOMPARE(m_index.ids(), QList<qint64>{2});
    QCOMPARE(
        m_index
            .match(bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567891"), QStringLiteral("BNORPHMM")),
                   Now)
            .status,
        PayeeMatch::Status::NoPayee);
    QVERIFY(m_index.search(QStringLiteral("juan")).isEmpty());
}

void tst_PayeeIndex::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("empty finds all") << QString() << QString() << QList<qint64>{1, 2};
    QTest::newRow("first name, any case") << QStringLiteral("JUAN") << QString() << QList<qint64>{1};
    QTest::newRow("without accent") << QStringLiteral("maria") << QString() << QList<qint64>{2};
    QTest::newRow("two words, any order") << QStringLiteral("cruz juan") << QString() << QList<qint64>{1};
    QTest::newRow("reference") << QStringLiteral("sup-001") << QString() << QList<qint64>{1};
    QTest::newRow("notes") << QStringLiteral("quezon") << QString() << QList<qint64>{2};
    QTest::newRow("tag filter") << QString() << QStringLiteral("Weekly") << QList<qint64>{2};
    QTest::newRow("text and tag disagree") << QStringLiteral("juan") << QStringLiteral("gig") << QList<qint64>{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QList<qint64>{};
}

void tst_PayeeIndex::search()
{
    QFETCH(QString, text);
    QFETCH(QString, tag);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(m_index.search(text, tag), expected);
    QCOMPARE(m_index.search(text, tag, 1), expected.mid(0, 1));
}

void tst_PayeeIndex::tags_listsEveryTagOnce()
{
    QCOMPARE(m_index.tags(),
             (QStringList{QStringLiteral("gig"), QStringLiteral("suppliers"), QStringLiteral("weekly")}));
}

QTEST_GUILESS_MAIN(tst_PayeeIndex)
#include "tst_payeeindex.moc"
