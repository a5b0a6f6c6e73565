// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/xlsxexporter.h"
#include "csv/xlsxreader.h"
#include "directory/directorycsv.h"
#include "directory/payeedirectory.h"
#include "domain/detailvalidator.h"
#include "journal/journal.h"
#include "journalbackend.h"
#include "payeeaccounts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lesspay::Core;

using PayeeAccounts::bank;

class tst_DirectoryCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void write_fullNumbers_privateFile();
    void import_exportedFile_intoEmptyDirectory_roundTrips();
    void import_sameFileTwice_duplicatesSkipped();
    void import_invalidAccount_refusedWithRow();
    void writeXlsx_fullNumbersAsText_privateWorkbook();
    void importXlsx_exportedWorkbook_roundTripsThenAllDuplicates();
    void importXlsx_byContentWhateverTheName_duplicatesAndRefusedRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PayeeDirectory> m_directory;
    DetailValidator m_validator{ReferenceData::builtin()};
};

void tst_DirectoryCsv::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(JournalBackend::location(m_dir->filePath(QStringLiteral("journal.sqlite"))));
    QVERIFY(m_journal);
    m_directory = std::make_unique<PayeeDirectory>(*m_journal);
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.reference = QStringLiteral("SUP-001");
    juan.tags = {QStringLiteral("suppliers"), QStringLiteral("monthly")};
    juan.accounts.append({0, bank(juan.name, QStringLiteral("001234567890")), 0, 0});
    juan.accounts.append({0, bank(juan.name, QStringLiteral("005555666677")), 0, 0});
    QVERIFY(m_directory->addPayee(juan));
    Payee maria;
    maria.name = QStringLiteral("Maria Santos");
    QVERIFY(m_directory->addPayee(maria));
}

void tst_DirectoryCsv::cleanup()
{
    m_directory.reset();
    m_journal.reset();
    m_dir.reset();
}

void tst_DirectoryCsv::write_fullNumbers_privateFile()
{
    const QString path = m_dir->filePath(QStringLiteral("directory.csv"));
    QString error;
    QVERIFY2(DirectoryCsv::write(path, DirectoryStore(*m_journal).payees(), &error), qPrintable(error));
    QFile file(path);
    QCOMPARE(
        file.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("payee_name,reference,notes,tags,destination_type,bank_account_name")));
    QVERIFY(text.contains(QStringLiteral("001234567890")));
    QVERIFY(text.contains(QStringLiteral("\"suppliers,monthly\"")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 4); // header, two accounts, a payee without accounts
}

void tst_DirectoryCsv::import_exportedFile_intoEmptyDirectory_roundTrips()
{
    const QString path = m_dir->filePath(QStringLiteral("directory.csv"));
    QVERIFY(DirectoryCsv::write(path, DirectoryStore(*m_journal).payees()));
    QTemporaryDir other;
    std::unique_ptr<Journal> journal =
        Journal::open(JournalBackend::location(other.filePath(QStringLiteral("journal.sqlite"))));
    PayeeDirectory fresh(*journal);
    const DirectoryCsv::ImportResult r = DirectoryCsv::import(path, fresh, m_validator, QStringLiteral("PHP"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.payeesAdded, 2);
    QCOMPARE(r.accountsAdded, 2);
    QCOMPARE(r.duplicates, 0);
    const QList<Payee> payees = DirectoryStore(*journal).payees();
    QCOMPARE(payees.size(), 2);
    QCOMPARE(payees.first().reference, QStringLiteral("SUP-001"));
    QCOMPARE(payees.first().tags, (QStringList{QStringLiteral("suppliers"), QStringLiteral("monthly")}));
    QCOMPARE(payees.first().accounts.size(), 2);
    QCOMPARE(payees.first().accounts.at(1).detail,
             bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("005555666677")));
}

void tst_DirectoryCsv::import_sameFileTwice_duplicatesSkipped()
{
    const QString path = m_dir->filePath(QStringLiteral("directory.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("payee_name,reference,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
               "bank_country_code,bank_swift_code\n"
               "juan dela cruz,SUP-001,bank,Juan Dela Cruz,0012-3456-7890,individual,BDO Unibank,PH,BNORPHMM\n"
               "Juan Dela Cruz,SUP-001,bank,Juan Dela Cruz,009999888877,individual,BDO Unibank,PH,BNORPHMM\n"
               "Maria Santos,,,,,,,,\n");
    file.close();
    const DirectoryCsv::ImportResult r = DirectoryCsv::import(path, *m_directory, m_validator, QStringLiteral("PHP"));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.payeesAdded, 0);
    QCOMPARE(r.duplicates, 2);
    QCOMPARE(r.accountsAdded, 1); // a new account of a known payee, recorded in its history
    const qint64 juan = m_directory->index().ids().first();
    QCOMPARE(m_directory->payee(juan)->accounts.size(), 3);
    QCOMPARE(m_directory->changes(juan).first().what, QStringLiteral("account.added"));
}

void tst_DirectoryCsv::import_invalidAccount_refusedWithRow()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("payee_name,destination_type,bank_account_name,bank_account_no,bank_account_type,bank_name,"
               "bank_country_code,bank_swift_code\n"
               "Pedro Penduko,bank,Pedro Penduko,001111222233,individual,BDO Unibank,PH,BNOR\n"
               ",bank,X,1,individual,B,PH,BNORPHMM\n");
    file.close();
    const DirectoryCsv::ImportResult r = DirectoryCsv::import(path, *m_directory, m_validator, QStringLiteral("PHP"));
    QCOMPARE(r.payeesAdded, 0);
    QCOMPARE(r.problems.size(), 2);
    QVERIFY2(r.problems.first().startsWith(QStringLiteral("Row 2 (Pedro Penduko)")), qPrintable(r.problems.first()));
    QVERIFY(r.problems.at(1).startsWith(QStringLiteral("Row 3")));
    QCOMPARE(m_directory->index().size(), 2);
    // Not a directory file at all.
    QVERIFY(!DirectoryCsv::import(m_dir->filePath(QStringLiteral("missing.csv")), *m_directory, m_validator,
                                  QStringLiteral("PHP"))
                 .error.isEmpty());
}

void tst_DirectoryCsv::writeXlsx_fullNumbersAsText_privateWorkbook()
{
    const QString path = m_dir->filePath(QStringLiteral("directory.xlsx"));
    QString error;
    QVERIFY2(DirectoryCsv::write(path, DirectoryStore(*m_journal).payees(), &error), qPrintable(error));
    QFile file(path);
    QCOMPARE(
        file.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    XlsxReader workbook(&file);
    QVERIFY2(workbook.open(), qPrintable(workbook.error().message));
    QVERIFY(workbook.selectSheet(0));
    QVERIFY(workbook.readRecord());
    QCOMPARE(workbook.record(), DirectoryCsv::header());
    QVERIFY(workbook.readRecord());
    const QStringList first = workbook.record();
    const qsizetype number = DirectoryCsv::header().indexOf(QStringLiteral("bank_account_no"));
    // Text cells: the leading zeros stay.
    QCOMPARE(first.at(number), QStringLiteral("001234567890"));
    QCOMPARE(workbook.cellInfo(number).type, RowSource::CellInfo::Type::Text);
    QCOMPARE(first.at(3), QStringLiteral("suppliers,monthly"));
    QVERIFY(workbook.readRecord());
    QVERIFY(workbook.readRecord());
    QCOMPARE(workbook.record().first(), QStringLiteral("Maria Santos"));
    QVERIFY(!workbook.readRecord());
}

void tst_DirectoryCsv::importXlsx_exportedWorkbook_roundTripsThenAllDuplicates()
{
    const QString path = m_dir->filePath(QStringLiteral("directory.xlsx"));
    QVERIFY(DirectoryCsv::write(path, DirectoryStore(*m_journal).payees()));
    QTemporaryDir other;
    std::unique_ptr<Journal> journal =
        Journal::open(JournalBackend::location(other.filePath(QStringLiteral("journal.sqlite"))));
    PayeeDirectory fresh(*journal);
    DirectoryCsv::ImportResult r = DirectoryCsv::import(path, fresh, m_validator, QStringLiteral("PHP"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.payeesAdded, 2);
    QCOMPARE(r.accountsAdded, 2);
    const QList<Payee> payees = DirectoryStore(*journal).payees();
    QCOMPARE(payees.first().accounts.at(0).detail,
             bank(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890")));
    QCOMPARE(payees.first().tags, (QStringList{QStringLiteral("suppliers"), QStringLiteral("monthly")}));

    // The same workbook again: everything is already there.
    r = DirectoryCsv::import(path, fresh, m_validator, QStringLiteral("PHP"));
    QCOMPARE(r.payeesAdded, 0);
    QCOMPARE(r.accountsAdded, 0);
    QCOMPARE(r.duplicates, 3);
    QCOMPARE(DirectoryStore(*journal).payees().size(), 2);
}

void tst_DirectoryCsv::importXlsx_byContentWhateverTheName_duplicatesAndRefusedRows()
{
    // A workbook someone typed (saved as .csv by mistake): read by its content.
    const QStringList header{QStringLiteral("Payee_Name"),        QStringLiteral("destination_type"),
                             QStringLiteral("bank_account_name"), QStringLiteral("bank_account_no"),
                             QStringLiteral("bank_account_type"), QStringLiteral("bank_name"),
                             QStringLiteral("bank_country_code"), QStringLiteral("bank_swift_code")};
    const auto row = [](const QString &name, const QString &number, const QString &swift) {
        return QStringList{name,
                           QStringLiteral("bank"),
                           name,
                           number,
                           QStringLiteral("individual"),
                           QStringLiteral("BDO Unibank"),
                           QStringLiteral("PH"),
                           swift};
    };
    const QList<QStringList> rows{
        row(QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"),
            QStringLiteral("BNORPHMM")), // known: duplicate
        row(QStringLiteral("Pedro Penduko"), QStringLiteral("001111222233"),
            QStringLiteral("BNORPHMM")),                                                    // new payee
        row(QStringLiteral("Rosa Lim"), QStringLiteral("004444"), QStringLiteral("BNOR"))}; // refused: bad SWIFT
    const QString path = m_dir->filePath(QStringLiteral("typed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(XlsxExporter::writeTextTable(QStringLiteral("Sheet1"), header, rows, &file));
    file.close();
    const DirectoryCsv::ImportResult r = DirectoryCsv::import(path, *m_directory, m_validator, QStringLiteral("PHP"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.duplicates, 1);
    QCOMPARE(r.payeesAdded, 1);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().startsWith(QStringLiteral("Row 4 (Rosa Lim)")), qPrintable(r.problems.first()));
    QCOMPARE(m_directory->payees().size(), 3);
}

QTEST_GUILESS_MAIN(tst_DirectoryCsv)
#include "tst_directorycsv.moc"
