// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/directoryfiltermodel.h"
#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"
#include "directorypage.h"
#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "payeeaccounts.h"
#include "payeedialog.h"
#include "scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

using PayeeAccounts::bank;

class tst_DirectoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typeSearch_andPickTag_filtersTheTable();
    void selectPayee_detailsShowAccountsAndHistoryMasked();
    void exportButton_fileThroughSeam_privateWithFullNumbers();
    void importButton_fileThroughSeam_addsPayees();
    void exportThenImport_workbook_privateAndDuplicatesSkipped();
    void newPayeeButton_formFilled_savedSelectedWithHistory();
    void payeeForm_noNameOrNoAccount_okDisabled();
    void editPayeeButton_accountEditedAndAdded_historyMasked();
    void editPayee_cancelled_directoryUnchanged();
    void deletePayeeButton_confirmed_removedHistoryKept();
    void deletePayeeButton_declined_payeeKept();
    void showPayee_hiddenBySearch_filterClearedAndSelected();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PayeeDirectory> m_directory;
    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<DirectoryPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_juan = 0;
    QList<PayoutDetail> m_accountAnswers; // what the fake account form returns, in order
    QList<PayoutDetail> m_accountAsked;   // what it was opened with
};

void tst_DirectoryPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(m_journal);
    m_directory = std::make_unique<PayeeDirectory>(*m_journal);
    m_directory->setWho(QStringLiteral("ana"));
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.tags = {QStringLiteral("suppliers")};
    juan.accounts.append({0, bank(juan.name, QStringLiteral("001234567890")), 0, 0});
    const std::optional<Payee> saved = m_directory->addPayee(juan);
    QVERIFY(saved);
    m_juan = saved->id;
    QVERIFY(m_directory->updateAccount(saved->accounts.first().id, bank(juan.name, QStringLiteral("009988776655"))));
    Payee maria;
    maria.name = QStringLiteral("Maria Santos");
    maria.tags = {QStringLiteral("gig")};
    QVERIFY(m_directory->addPayee(maria));

    m_dialogs = std::make_unique<ScriptedDialogs>();
    DetailValidator *validator = m_validator.get();
    m_page = std::make_unique<DirectoryPage>(*m_directory, [validator] {
        return DirectoryPage::Rules{validator, QStringLiteral("PHP")};
    });
    m_page->setDialogs(m_dialogs.get());
    m_accountAnswers.clear();
    m_accountAsked.clear();
    m_page->setAccountEditor([this](QWidget *, const PayoutDetail &account) -> std::optional<PayoutDetail> {
        m_accountAsked.append(account);
        if (m_accountAnswers.isEmpty())
            return std::nullopt;
        return m_accountAnswers.takeFirst();
    });
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->proxy(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_DirectoryPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_dialogs.reset();
    m_directory.reset();
    m_journal.reset();
    m_dir.reset();
}

void tst_DirectoryPage::typeSearch_andPickTag_filtersTheTable()
{
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("directoryTable"));
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("directorySearchEdit"));
    auto *tags = m_page->findChild<QComboBox *>(QStringLiteral("directoryTagCombo"));
    QVERIFY(table && search && tags);
    QCOMPARE(table->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral("sant"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, DirectoryModel::NameColumn).data().toString(), QStringLiteral("Maria Santos"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(tags->count(), 3); // All tags, gig, suppliers
    tags->setCurrentIndex(tags->findData(QStringLiteral("suppliers")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(DirectoryModel::PayeeIdRole).toLongLong(), m_juan);
    // A payee saved meanwhile with the tag shows up, and its tag is offered.
    Payee ana;
    ana.name = QStringLiteral("Ana Reyes");
    ana.tags = {QStringLiteral("suppliers"), QStringLiteral("weekly")};
    QVERIFY(m_directory->addPayee(ana));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(tags->count(), 4);
    QCOMPARE(tags->currentData().toString(), QStringLiteral("suppliers"));
}

void tst_DirectoryPage::selectPayee_detailsShowAccountsAndHistoryMasked()
{
    QTableView *table = m_page->table();
    m_page->proxy()->setSearch(QStringLiteral("juan"), {});
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString details = m_page->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Juan Dela Cruz")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("****6655")));
    QVERIFY(details.contains(QStringLiteral("bank_account_no: ****7890 \u2192 ****6655")));
    QVERIFY(details.contains(QStringLiteral("ana")));
    QVERIFY(!details.contains(QStringLiteral("009988776655")));
    QVERIFY(!details.contains(QStringLiteral("001234567890")));
}

void tst_DirectoryPage::exportButton_fileThroughSeam_privateWithFullNumbers()
{
    m_dialogs->saveFile = m_dir->filePath(QStringLiteral("export.csv"));
    m_page->findChild<QPushButton *>(QStringLiteral("exportDirectoryButton"))->click();
    QFile file(m_dialogs->saveFile);
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("009988776655"));
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("directoryExported")));
}

void tst_DirectoryPage::importButton_fileThroughSeam_addsPayees()
{
    const QString path = m_dir->filePath(QStringLiteral("import.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("payee_name,tags,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
               "bank_country_code,bank_swift_code\n"
               "Pedro Penduko,suppliers,bank,Pedro Penduko,001111222233,individual,BDO Unibank,PH,BNORPHMM\n");
    file.close();
    m_dialogs->openFile = path;
    m_page->findChild<QPushButton *>(QStringLiteral("importDirectoryButton"))->click();
    QCOMPARE(m_page->table()->model()->rowCount(), 3);
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("directoryImported")));
}

void tst_DirectoryPage::exportThenImport_workbook_privateAndDuplicatesSkipped()
{
    m_dialogs->saveFile = m_dir->filePath(QStringLiteral("directory.xlsx"));
    QVERIFY(m_page->exportDirectory());
    QFile file(m_dialogs->saveFile);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK"); // a workbook, not CSV text
    file.close();
    m_dialogs->openFile = m_dialogs->saveFile;
    QVERIFY(m_page->importDirectory());
    QVERIFY2(m_dialogs->seen.last().contains(QStringLiteral("2 duplicate(s) skipped")),
             qPrintable(m_dialogs->seen.last()));
    QCOMPARE(m_page->table()->model()->rowCount(), 2);
}

void tst_DirectoryPage::newPayeeButton_formFilled_savedSelectedWithHistory()
{
    m_accountAnswers.append(bank(QStringLiteral("Acme Supplies Inc"), QStringLiteral("004444555566")));
    bool formSeen = false;
    m_dialogs->answer = [this, &formSeen](QDialog &dialog) {
        auto *form = qobject_cast<PayeeDialog *>(&dialog);
        if (!form)
            return int(QDialog::Rejected);
        formSeen = true;
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("payeeNameEdit")),
                         QStringLiteral("Acme Supplies"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("payeeReferenceEdit")), QStringLiteral("SUP-7"));
        QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("payeeTagsEdit")),
                         QStringLiteral("suppliers, monthly"));
        form->findChild<QPushButton *>(QStringLiteral("addBankAccountButton"))->click();
        auto *ok = form->findChild<QPushButton *>(QStringLiteral("okButton"));
        if (!ok->isEnabled())
            return int(QDialog::Rejected);
        ok->click();
        return form->result();
    };
    m_page->findChild<QPushButton *>(QStringLiteral("newPayeeButton"))->click();
    QVERIFY(formSeen);
    // The account form started from the name typed, as a bank account.
    QCOMPARE(m_accountAsked.size(), 1);
    QCOMPARE(m_accountAsked.first().value(Field::BankAccountName), QStringLiteral("Acme Supplies"));
    QCOMPARE(m_accountAsked.first().destinationType(), PayoutDetail::Bank);

    QCOMPARE(m_directory->payees().size(), 3);
    const qint64 id = m_page->currentPayeeId();
    const Payee *acme = m_directory->payee(id);
    QVERIFY(acme);
    QCOMPARE(acme->name, QStringLiteral("Acme Supplies"));
    QCOMPARE(acme->reference, QStringLiteral("SUP-7"));
    QCOMPARE(acme->tags, (QStringList{QStringLiteral("suppliers"), QStringLiteral("monthly")}));
    QCOMPARE(acme->accounts.size(), 1);
    QCOMPARE(acme->accounts.first().detail.value(Field::BankAccountNo), QStringLiteral("004444555566"));
    const QList<PayeeChange> changes = m_directory->changes(id);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.last().what, QStringLiteral("payee.created"));
    QCOMPARE(changes.last().who, QStringLiteral("ana"));
    QVERIFY(m_page->detailsText().contains(QStringLiteral("Acme Supplies (SUP-7)")));
    QVERIFY(!m_page->detailsText().contains(QStringLiteral("004444555566")));
}

void tst_DirectoryPage::payeeForm_noNameOrNoAccount_okDisabled()
{
    PayeeDialog form(Payee{}, [](QWidget *, const PayoutDetail &) { return std::optional<PayoutDetail>(); });
    auto *ok = form.findChild<QPushButton *>(QStringLiteral("okButton"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!form.problem().isEmpty());
    QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("payeeNameEdit")), QStringLiteral("Ana"));
    QVERIFY(!ok->isEnabled());                                                        // still no account
    form.findChild<QPushButton *>(QStringLiteral("addWalletAccountButton"))->click(); // cancelled
    QVERIFY(!ok->isEnabled());

    Payee saved = *m_directory->payee(m_juan);
    PayeeDialog edit(saved, {});
    QVERIFY(edit.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    edit.findChild<QListWidget *>(QStringLiteral("payeeAccountList"))->setCurrentRow(0);
    edit.findChild<QPushButton *>(QStringLiteral("removeAccountButton"))->click();
    QVERIFY(!edit.findChild<QPushButton *>(QStringLiteral("okButton"))->isEnabled());
    QVERIFY(edit.payee().accounts.isEmpty());
    // Without an account form only the payee's own fields can change.
    QVERIFY(!edit.findChild<QPushButton *>(QStringLiteral("addBankAccountButton"))->isEnabled());
}

void tst_DirectoryPage::editPayeeButton_accountEditedAndAdded_historyMasked()
{
    QVERIFY(m_page->showPayee(m_juan));
    const qsizetype before = m_directory->changes(m_juan).size();
    m_accountAnswers.append(bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("003333444455")));
    PayoutDetail wallet;
    wallet.setValue(Field::DestinationType, PayoutDetail::EWallet);
    wallet.setValue(Field::WalletAccountName, QStringLiteral("Juan Dela Cruz"));
    wallet.setValue(Field::WalletAccountNumber, QStringLiteral("09171234567"));
    wallet.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    wallet.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    wallet.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
    wallet.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));
    m_accountAnswers.append(wallet);
    m_dialogs->answer = [](QDialog &dialog) {
        auto *form = qobject_cast<PayeeDialog *>(&dialog);
        if (!form)
            return int(QDialog::Rejected);
        auto *reference = form->findChild<QLineEdit *>(QStringLiteral("payeeReferenceEdit"));
        reference->clear();
        QTest::keyClicks(reference, QStringLiteral("GIG-12"));
        form->findChild<QListWidget *>(QStringLiteral("payeeAccountList"))->setCurrentRow(0);
        form->findChild<QPushButton *>(QStringLiteral("editAccountButton"))->click();
        form->findChild<QPushButton *>(QStringLiteral("addWalletAccountButton"))->click();
        form->findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        return form->result();
    };
    m_page->findChild<QPushButton *>(QStringLiteral("editPayeeButton"))->click();
    // The account form opened on the saved account, then on a new e-wallet one.
    QCOMPARE(m_accountAsked.size(), 2);
    QCOMPARE(m_accountAsked.at(0).value(Field::BankAccountNo), QStringLiteral("009988776655"));
    QCOMPARE(m_accountAsked.at(1).destinationType(), PayoutDetail::EWallet);

    const Payee *juan = m_directory->payee(m_juan);
    QCOMPARE(juan->reference, QStringLiteral("GIG-12"));
    QCOMPARE(juan->accounts.size(), 2);
    QCOMPARE(juan->accounts.at(0).detail.value(Field::BankAccountNo), QStringLiteral("003333444455"));
    QVERIFY(juan->accounts.at(1).detail.isWallet());
    const QList<PayeeChange> changes = m_directory->changes(m_juan);
    QCOMPARE(changes.size() - before, 3); // reference, account number, e-wallet added
    const QString details = m_page->detailsText();
    QVERIFY2(details.contains(QStringLiteral("bank_account_no: ****6655 \u2192 ****4455")), qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("003333444455")));
    QVERIFY(!details.contains(QStringLiteral("09171234567")));
    QCOMPARE(m_page->currentPayeeId(), m_juan);
}

void tst_DirectoryPage::editPayee_cancelled_directoryUnchanged()
{
    const qsizetype before = m_directory->changes(m_juan).size();
    m_dialogs->answer = [](QDialog &dialog) {
        auto *form = qobject_cast<PayeeDialog *>(&dialog);
        if (form) {
            form->findChild<QListWidget *>(QStringLiteral("payeeAccountList"))->setCurrentRow(0);
            form->findChild<QPushButton *>(QStringLiteral("removeAccountButton"))->click();
            QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("payeeNameEdit")), QStringLiteral(" Jr"));
        }
        return int(QDialog::Rejected);
    };
    QVERIFY(!m_page->editPayee(m_juan));
    QCOMPARE(m_directory->payee(m_juan)->name, QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(m_directory->payee(m_juan)->accounts.size(), 1);
    QCOMPARE(m_directory->changes(m_juan).size(), before);
}

void tst_DirectoryPage::deletePayeeButton_confirmed_removedHistoryKept()
{
    QVERIFY(m_page->showPayee(m_juan));
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("deletePayeeButton"));
    QVERIFY(button->isEnabled());
    m_dialogs->answer = [](QDialog &dialog) {
        return qobject_cast<QMessageBox *>(&dialog) ? int(QMessageBox::Yes) : int(QDialog::Rejected);
    };
    button->click();
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("deletePayeeQuestion: ")));
    QVERIFY(m_dialogs->seen.last().contains(QStringLiteral("Juan Dela Cruz")));
    QVERIFY(!m_directory->payee(m_juan));
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    QCOMPARE(m_directory->changes(m_juan).first().what, QStringLiteral("payee.removed"));
    QCOMPARE(m_directory->changes(m_juan).first().who, QStringLiteral("ana"));
}

void tst_DirectoryPage::deletePayeeButton_declined_payeeKept()
{
    QVERIFY(m_page->showPayee(m_juan));
    const qsizetype before = m_directory->changes(m_juan).size();
    // The Delete key on the table asks the same question; the default answer is No.
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_Delete);
    QVERIFY(m_dialogs->seen.last().startsWith(QStringLiteral("deletePayeeQuestion: ")));
    QVERIFY(m_directory->payee(m_juan));
    QCOMPARE(m_directory->changes(m_juan).size(), before);
    QCOMPARE(m_page->table()->model()->rowCount(), 2);
}

void tst_DirectoryPage::showPayee_hiddenBySearch_filterClearedAndSelected()
{
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("directorySearchEdit"));
    QTest::keyClicks(search, QStringLiteral("maria"));
    QCOMPARE(m_page->table()->model()->rowCount(), 1);
    QVERIFY(m_page->showPayee(m_juan));
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_page->currentPayeeId(), m_juan);
    QVERIFY(m_page->detailsText().startsWith(QStringLiteral("Juan Dela Cruz")));
    QVERIFY(!m_page->showPayee(987654));
}

QTEST_MAIN(tst_DirectoryPage)
#include "tst_directorypage.moc"
