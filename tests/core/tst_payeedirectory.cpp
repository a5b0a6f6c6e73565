// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "payeeaccounts.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

// A draft row paying the account.
PayoutDetail row(const QString &holder, const QString &number)
{
    PayoutDetail d = PayeeAccounts::bank(holder, number);
    d.setValue(Field::MchOrderId, QStringLiteral("P0001"));
    d.setValue(Field::Amount, QStringLiteral("100.00"));
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
    void savePayee_newPayee_savedWithAccountsAndHistory();
    void savePayee_editedFieldsAndAccounts_eachChangeInHistory();
    void savePayee_unchanged_writesNoHistory();

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

void tst_PayeeDirectory::savePayee_newPayee_savedWithAccountsAndHistory()
{
    PayeeDirectory directory(*m_journal);
    directory.setWho(QStringLiteral("ana"));
    Payee p;
    p.name = QStringLiteral("  Acme   Supplies ");
    p.reference = QStringLiteral("SUP-7");
    p.tags = {QStringLiteral("suppliers")};
    // A batch row's order ID and amount never reach the saved account.
    p.accounts.append({0, row(QStringLiteral("Acme Supplies"), QStringLiteral("001234567890")), 0, 0});
    const qint64 id = directory.savePayee(p);
    QVERIFY(id > 0);
    const Payee *saved = directory.payee(id);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Acme Supplies"));
    QCOMPARE(saved->accounts.size(), 1);
    QVERIFY(saved->accounts.first().detail.mchOrderId().isEmpty());
    QVERIFY(saved->accounts.first().detail.amount().isEmpty());
    QStringList whats;
    for (const PayeeChange &c : directory.changes(id))
        whats.append(c.what);
    QCOMPARE(whats, (QStringList{QStringLiteral("account.added"), QStringLiteral("payee.created")}));

    Payee nameless;
    nameless.name = QStringLiteral("  ");
    QString error;
    QCOMPARE(directory.savePayee(nameless, &error), 0);
    QVERIFY(!error.isEmpty());
}

void tst_PayeeDirectory::savePayee_editedFieldsAndAccounts_eachChangeInHistory()
{
    PayeeDirectory directory(*m_journal);
    directory.setWho(QStringLiteral("ana"));
    Payee p;
    p.name = QStringLiteral("Juan Dela Cruz");
    p.accounts.append({0, PayeeDirectory::accountOf(row(p.name, QStringLiteral("001234567890"))), 0, 0});
    p.accounts.append({0, PayeeDirectory::accountOf(row(p.name, QStringLiteral("005555666677"))), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(p);
    QVERIFY(saved);
    const qint64 before = directory.changes(saved->id).size();

    m_now += Day;
    Payee edited = *directory.payee(saved->id);
    edited.reference = QStringLiteral("GIG-12");
    edited.tags = {QStringLiteral("gig")};
    edited.accounts[0].detail.setValue(Field::BankAccountNo, QStringLiteral("009988776655")); // changed
    edited.accounts.removeAt(1);                                                              // removed
    edited.accounts.append({0, PayeeDirectory::accountOf(row(p.name, QStringLiteral("007777888899"))), 0, 0});
    QCOMPARE(directory.savePayee(edited), saved->id);

    const Payee *now = directory.payee(saved->id);
    QCOMPARE(now->reference, QStringLiteral("GIG-12"));
    QCOMPARE(now->tags, QStringList{QStringLiteral("gig")});
    QCOMPARE(now->accounts.size(), 2);
    QCOMPARE(now->accounts.at(0).detail.value(Field::BankAccountNo), QStringLiteral("009988776655"));
    QCOMPARE(now->accounts.at(0).changedAt, m_now);
    QCOMPARE(now->accounts.at(1).detail.value(Field::BankAccountNo), QStringLiteral("007777888899"));

    const QList<PayeeChange> changes = directory.changes(saved->id);
    QCOMPARE(changes.size() - before, 5); // reference, tags, account number, account removed, account added
    QStringList whats;
    for (qsizetype i = 0; i < changes.size() - before; ++i) {
        const PayeeChange &c = changes.at(i);
        QCOMPARE(c.who, QStringLiteral("ana"));
        QCOMPARE(c.at, m_now);
        whats.append(c.what);
        // The history never holds a full number.
        for (const QString &v : {c.oldValue, c.newValue}) {
            QVERIFY2(!v.contains(QStringLiteral("9988776655")), qPrintable(v));
            QVERIFY2(!v.contains(QStringLiteral("1234567890")), qPrintable(v));
            QVERIFY2(!v.contains(QStringLiteral("5555666677")), qPrintable(v));
        }
    }
    whats.sort();
    QCOMPARE(whats, (QStringList{QStringLiteral("account.added"), QStringLiteral("account.removed"),
                                 QStringLiteral("bank_account_no"), QStringLiteral("payee.reference"),
                                 QStringLiteral("payee.tags")}));
    // The edited account is now a recent change: a row paying it is flagged.
    QCOMPARE(directory.match(row(p.name, QStringLiteral("009988776655"))).status, PayeeMatch::Status::RecentlyChanged);
}

void tst_PayeeDirectory::savePayee_unchanged_writesNoHistory()
{
    PayeeDirectory directory(*m_journal);
    Payee p;
    p.name = QStringLiteral("Maria Santos");
    p.tags = {QStringLiteral("gig")};
    p.accounts.append({0, PayeeDirectory::accountOf(row(p.name, QStringLiteral("001234567890"))), 0, 0});
    const std::optional<Payee> saved = directory.addPayee(p);
    QVERIFY(saved);
    const qsizetype before = directory.changes(saved->id).size();
    QSignalSpy changed(&directory, &PayeeDirectory::payeeChanged);
    QCOMPARE(directory.savePayee(*directory.payee(saved->id)), saved->id);
    QCOMPARE(directory.changes(saved->id).size(), before);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(tst_PayeeDirectory)
#include "tst_payeedirectory.moc"
