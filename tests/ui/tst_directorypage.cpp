// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/directoryfiltermodel.h"
#include "directory/directorymodel.h"
#include "directory/payeedirectory.h"
#include "directorypage.h"
#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

PayoutDetail bank(const QString &holder, const QString &number)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, holder);
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankAccountType, QStringLiteral("individual"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

} // namespace

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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PayeeDirectory> m_directory;
    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<DirectoryPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_juan = 0;
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

QTEST_MAIN(tst_DirectoryPage)
#include "tst_directorypage.moc"
