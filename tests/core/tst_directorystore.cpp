// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wireformat.h"
#include "domain/batch.h"
#include "journal/directorystore.h"
#include "journal/journal.h"
#include "journal/recipientkey.h"
#include "journalbackend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

namespace {

PayoutDetail bankAccount(const QString &number)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

Payee juan()
{
    Payee p;
    p.name = QStringLiteral("  Juan   Dela Cruz ");
    p.reference = QStringLiteral("SUP-001");
    p.tags = {QStringLiteral("suppliers"), QStringLiteral(" monthly "), QStringLiteral("Suppliers")};
    p.accounts.append({0, bankAccount(QStringLiteral("001234567890")), 0, 0});
    return p;
}

} // namespace

class tst_DirectoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void migrate_freshJournal_hasDirectoryTables();
    void addPayee_withAccount_roundTrips();
    void addPayee_emptyName_refused();
    void updateAccount_changedNumber_historyMaskedAndChangedAtSet();
    void updateAccount_sameValues_noHistory();
    void addAccount_knownPayee_isAChange();
    void updatePayee_fields_historyPerField();
    void removePayee_keepsHistory();
    void payouts_paidToAccount_foundByRecipientKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    qint64 m_now = 1'800'000'000'000;
};

void tst_DirectoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))), &error,
                              [this] { return m_now; });
    QVERIFY2(m_journal, qPrintable(error));
}

void tst_DirectoryStore::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

void tst_DirectoryStore::migrate_freshJournal_hasDirectoryTables()
{
    QCOMPARE(m_journal->schemaVersion(), Journal::SchemaVersion);
    QVERIFY(DirectoryStore(*m_journal).payees().isEmpty());
    // Reopening an up-to-date journal changes nothing.
    const QString path = m_journal->path();
    m_journal.reset();
    m_journal = Journal::open(path);
    QVERIFY(m_journal);
    QCOMPARE(m_journal->schemaVersion(), Journal::SchemaVersion);
}

void tst_DirectoryStore::addPayee_withAccount_roundTrips()
{
    DirectoryStore store(*m_journal);
    QString error;
    const std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->id, qint64(1));
    QCOMPARE(saved->name, QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(saved->tags, (QStringList{QStringLiteral("suppliers"), QStringLiteral("monthly")}));
    QCOMPARE(saved->accounts.size(), 1);
    QVERIFY(saved->accounts.first().id > 0);
    QCOMPARE(saved->accounts.first().changedAt, qint64(0));

    const std::optional<Payee> read = store.payee(saved->id);
    QVERIFY(read);
    QCOMPARE(read->name, saved->name);
    QCOMPARE(read->reference, QStringLiteral("SUP-001"));
    QCOMPARE(read->tags, saved->tags);
    QCOMPARE(read->accounts.size(), 1);
    QCOMPARE(read->accounts.first().detail, bankAccount(QStringLiteral("001234567890")));
    QCOMPARE(read->createdAt, m_now);

    const std::optional<Payee> second = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(second);
    QCOMPARE(second->id, qint64(2));
    QCOMPARE(store.payees().size(), 2);
    QCOMPARE(store.payees().at(1).accounts.size(), 1);

    const QList<PayeeChange> history = store.changes(saved->id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).what, QStringLiteral("account.added"));
    QCOMPARE(history.at(0).newValue, QStringLiteral("BNORPHMM ****7890"));
    QCOMPARE(history.at(1).what, QStringLiteral("payee.created"));
    QCOMPARE(history.at(1).who, QStringLiteral("ana"));
}

void tst_DirectoryStore::addPayee_emptyName_refused()
{
    Payee p = juan();
    p.name = QStringLiteral("   ");
    QString error;
    QVERIFY(!DirectoryStore(*m_journal).addPayee(p, QStringLiteral("ana"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(DirectoryStore(*m_journal).payees().isEmpty());
}

void tst_DirectoryStore::updateAccount_changedNumber_historyMaskedAndChangedAtSet()
{
    DirectoryStore store(*m_journal);
    const std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(saved);
    m_now += 1000;
    PayoutDetail changed = bankAccount(QStringLiteral("009988776655"));
    changed.setValue(Field::BankName, QStringLiteral("BDO"));
    const std::optional<PayeeAccount> updated =
        store.updateAccount(saved->accounts.first().id, changed, QStringLiteral("ben"));
    QVERIFY(updated);
    QCOMPARE(updated->changedAt, m_now);
    QCOMPARE(updated->detail.value(Field::BankAccountNo), QStringLiteral("009988776655"));
    QCOMPARE(store.payee(saved->id)->accounts.first().changedAt, m_now);

    const QList<PayeeChange> history = store.changes(saved->id);
    QCOMPARE(history.size(), 4);
    // Newest first; both edits of one save carry the same time.
    QSet<QString> what{history.at(0).what, history.at(1).what};
    QCOMPARE(what, (QSet<QString>{QStringLiteral("bank_account_no"), QStringLiteral("bank_name")}));
    for (const PayeeChange &c : history.mid(0, 2)) {
        QCOMPARE(c.who, QStringLiteral("ben"));
        QCOMPARE(c.at, m_now);
        QCOMPARE(c.accountId, saved->accounts.first().id);
        if (c.what == QLatin1String("bank_account_no")) {
            QCOMPARE(c.oldValue, QStringLiteral("****7890"));
            QCOMPARE(c.newValue, QStringLiteral("****6655"));
        } else {
            QCOMPARE(c.oldValue, QStringLiteral("BDO Unibank"));
            QCOMPARE(c.newValue, QStringLiteral("BDO"));
        }
    }
}

void tst_DirectoryStore::updateAccount_sameValues_noHistory()
{
    DirectoryStore store(*m_journal);
    const std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(saved);
    const std::optional<PayeeAccount> same = store.updateAccount(
        saved->accounts.first().id, bankAccount(QStringLiteral(" 001234567890 ")), QStringLiteral("ben"));
    QVERIFY(same);
    QCOMPARE(same->changedAt, qint64(0));
    QCOMPARE(store.changes(saved->id).size(), 2);
    QVERIFY(!store.updateAccount(999, bankAccount(QStringLiteral("1")), QStringLiteral("ben")));
}

void tst_DirectoryStore::addAccount_knownPayee_isAChange()
{
    DirectoryStore store(*m_journal);
    const std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(saved);
    m_now += 5000;
    const std::optional<PayeeAccount> added =
        store.addAccount(saved->id, bankAccount(QStringLiteral("555566667777")), QStringLiteral("ben"));
    QVERIFY(added);
    QCOMPARE(added->changedAt, m_now);
    QCOMPARE(store.payee(saved->id)->accounts.size(), 2);
    QCOMPARE(store.changes(saved->id).first().newValue, QStringLiteral("BNORPHMM ****7777"));

    QVERIFY(store.removeAccount(added->id, QStringLiteral("ben")));
    QCOMPARE(store.payee(saved->id)->accounts.size(), 1);
    QCOMPARE(store.changes(saved->id).first().what, QStringLiteral("account.removed"));
    QCOMPARE(store.changes(saved->id).first().oldValue, QStringLiteral("BNORPHMM ****7777"));
}

void tst_DirectoryStore::updatePayee_fields_historyPerField()
{
    DirectoryStore store(*m_journal);
    std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(saved);
    saved->name = QStringLiteral("Juan D. Cruz");
    saved->tags = {QStringLiteral("suppliers")};
    QVERIFY(store.updatePayee(*saved, QStringLiteral("ben")));
    const std::optional<Payee> read = store.payee(saved->id);
    QCOMPARE(read->name, QStringLiteral("Juan D. Cruz"));
    QCOMPARE(read->tags, QStringList{QStringLiteral("suppliers")});
    QCOMPARE(read->accounts.size(), 1);
    const QList<PayeeChange> history = store.changes(saved->id);
    QCOMPARE(history.size(), 4);
    QSet<QString> what{history.at(0).what, history.at(1).what};
    QCOMPARE(what, (QSet<QString>{QStringLiteral("payee.name"), QStringLiteral("payee.tags")}));
}

void tst_DirectoryStore::removePayee_keepsHistory()
{
    DirectoryStore store(*m_journal);
    const std::optional<Payee> saved = store.addPayee(juan(), QStringLiteral("ana"));
    QVERIFY(saved);
    QVERIFY(store.removePayee(saved->id, QStringLiteral("ben")));
    QVERIFY(!store.payee(saved->id));
    QVERIFY(store.payees().isEmpty());
    const QList<PayeeChange> history = store.changes(saved->id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.first().what, QStringLiteral("payee.removed"));
    QCOMPARE(history.first().oldValue, QStringLiteral("Juan Dela Cruz"));
    QVERIFY(!store.removePayee(saved->id, QStringLiteral("ben")));
}

void tst_DirectoryStore::payouts_paidToAccount_foundByRecipientKey()
{
    DetailValidator validator(ReferenceData::builtin());
    Batch batch(validator, {RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                            QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")});
    PayoutDetail row = bankAccount(QStringLiteral("001234567890"));
    row.setValue(Field::MchOrderId, QStringLiteral("P1"));
    row.setValue(Field::Amount, QStringLiteral("150.00"));
    batch.append(row);
    QVERIFY(batch.isSendable());
    const auto frozen =
        m_journal->freeze(0, QStringLiteral("profile"), WireFormat::toBytes(WireFormat::createOrderBody(batch)));
    QVERIFY(frozen);

    DirectoryStore store(*m_journal);
    const QString key = RecipientKey::of(QStringLiteral("PHP"), bankAccount(QStringLiteral("0012 3456 7890")));
    const QList<PayeePayout> payouts = store.payouts({key, QStringLiteral("other")});
    QCOMPARE(payouts.size(), 1);
    QCOMPARE(payouts.first().amount, QStringLiteral("150.00"));
    QCOMPARE(payouts.first().currency, QStringLiteral("PHP"));
    QCOMPARE(payouts.first().maskedAccount, QStringLiteral("****7890"));
    // Not paid yet: no last payment.
    QVERIFY(store.lastPayments().isEmpty());

    QJsonObject paid{{QStringLiteral("mch_order_id"), QStringLiteral("P1")},
                     {QStringLiteral("status"), QStringLiteral("SUCCEED")}};
    const RemoteBatch remote = RemoteBatch::fromJson({{QStringLiteral("request_id"), frozen->batch.requestId},
                                                      {QStringLiteral("order_status"), QStringLiteral("SUCCEED")},
                                                      {QStringLiteral("details"), QJsonArray{paid}}});
    m_journal->applyRemote(frozen->batch.id, remote);
    const QHash<QString, LastPayment> last = store.lastPayments();
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.value(key).amount, QStringLiteral("150.00"));
    QCOMPARE(last.value(key).requestId, frozen->batch.requestId);
}

QTEST_GUILESS_MAIN(tst_DirectoryStore)
#include "tst_directorystore.moc"
