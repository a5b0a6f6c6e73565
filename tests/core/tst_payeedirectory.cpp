// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "journalbackend.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

PayoutDetail row(const QString &holder, const QString &number)
{
    PayoutDetail d;
    d.setValue(Field::MchOrderId, QStringLiteral("P0001"));
    d.setValue(Field::Amount, QStringLiteral("100.00"));
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, holder);
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

constexpr qint64 Day = 24LL * 60 * 60 * 1000;

} // namespace

class tst_PayeeDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountOf_row_dropsOrderIdAndAmount();
    void accountIssues_invalidSwift_reported();
    void match_changedAccountSaved_warnsUntilWindowPasses();
    void reload_newInstance_seesSavedPayees();
    void removeAccount_lastAccount_nameStillMatchesAsChanged();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    qint64 m_now = 1'800'000'000'000;
};

void tst_PayeeDirectory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), nullptr,
                              [this] { return m_now; });
    QVERIFY(m_journal);
}

void tst_PayeeDirectory::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void tst_PayeeDirectory::accountOf_row_dropsOrderIdAndAmount()
{
    const PayoutDetail account = PayeeDirectory::accountOf(row(QStringLiteral(" Juan "), QStringLiteral("1234")));
    QVERIFY(account.mchOrderId().isEmpty());
    QVERIFY(account.amount().isEmpty());
    QCOMPARE(account.value(Field::BankAccountName), QStringLiteral("Juan"));
    QCOMPARE(account.value(Field::BankSwiftCode), QStringLiteral("BNORPHMM"));
}

void tst_PayeeDirectory::accountIssues_invalidSwift_reported()
{
    const DetailValidator validator(ReferenceData::builtin());
    PayoutDetail account = PayeeDirectory::accountOf(row(QStringLiteral("Juan"), QStringLiteral("001234567890")));
    QVERIFY(PayeeDirectory::accountIssues(validator, account, QStringLiteral("PHP")).isEmpty());
    account.setValue(Field::BankSwiftCode, QStringLiteral("BNOR"));
    const ValidationIssues issues = PayeeDirectory::accountIssues(validator, account, QStringLiteral("PHP"));
    QVERIFY(!issues.isEmpty());
    QVERIFY(std::all_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) {
        return i.field != Field::MchOrderId && i.field != Field::Amount;
    }));
    QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                        [](const ValidationIssue &i) { return i.field == Field::BankSwiftCode && i.isError(); }));
}

void tst_PayeeDirectory::match_changedAccountSaved_warnsUntilWindowPasses()
{
    PayeeDirectory directory(*m_journal);
    directory.setWho(QStringLiteral("ana"));
    directory.setChangeWindowDays(30);
    QSignalSpy added(&directory, &PayeeDirectory::payeeAdded);
    QSignalSpy changed(&directory, &PayeeDirectory::payeeChanged);

    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.accounts.append({0, PayeeDirectory::accountOf(row(juan.name, QStringLiteral("001234567890"))), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(juan);
    QVERIFY(saved);
    QCOMPARE(added.count(), 1);
    QCOMPARE(directory.match(row(juan.name, QStringLiteral("001234567890"))).status, PayeeMatch::Status::KnownAccount);

    // A forged "please pay my new account": the row is flagged.
    const PayoutDetail forged = row(juan.name, QStringLiteral("999988887777"));
    QCOMPARE(directory.match(forged).status, PayeeMatch::Status::ChangedAccount);

    // Someone saves the new account on the payee: it is still flagged, as recently changed.
    m_now += Day;
    QVERIFY(directory.updateAccount(saved->accounts.first().id, forged));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), saved->id);
    PayeeMatch m = directory.match(forged);
    QCOMPARE(m.status, PayeeMatch::Status::RecentlyChanged);
    QCOMPARE(m.changedAt, m_now);
    QVERIFY(m.needsConfirmation());
    QCOMPARE(directory.match(row(juan.name, QStringLiteral("001234567890"))).status,
             PayeeMatch::Status::ChangedAccount);
    QCOMPARE(directory.changes(saved->id).first().who, QStringLiteral("ana"));

    // After the window the saved account is simply known.
    m_now += 31 * Day;
    QCOMPARE(directory.match(forged).status, PayeeMatch::Status::KnownAccount);
    directory.setChangeWindowDays(60);
    QCOMPARE(directory.match(forged).status, PayeeMatch::Status::RecentlyChanged);
}

void tst_PayeeDirectory::reload_newInstance_seesSavedPayees()
{
    {
        PayeeDirectory directory(*m_journal);
        Payee p;
        p.name = QStringLiteral("Maria Santos");
        p.tags = {QStringLiteral("gig")};
        QVERIFY(directory.addPayee(p));
    }
    PayeeDirectory again(*m_journal);
    QCOMPARE(again.index().size(), 1);
    QCOMPARE(again.index().search(QStringLiteral("santos")).size(), 1);
    QCOMPARE(again.index().tags(), QStringList{QStringLiteral("gig")});
}

void tst_PayeeDirectory::removeAccount_lastAccount_nameStillMatchesAsChanged()
{
    PayeeDirectory directory(*m_journal);
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.accounts.append({0, PayeeDirectory::accountOf(row(juan.name, QStringLiteral("001234567890"))), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(juan);
    QVERIFY(saved);
    QVERIFY(directory.removeAccount(saved->accounts.first().id));
    QVERIFY(directory.payee(saved->id)->accounts.isEmpty());
    QCOMPARE(directory.match(row(juan.name, QStringLiteral("001234567890"))).status,
             PayeeMatch::Status::ChangedAccount);
    QSignalSpy removed(&directory, &PayeeDirectory::payeeRemoved);
    QVERIFY(directory.removePayee(saved->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(directory.match(row(juan.name, QStringLiteral("001234567890"))).status, PayeeMatch::Status::NoPayee);
}

QTEST_GUILESS_MAIN(tst_PayeeDirectory)
#include "tst_payeedirectory.moc"
