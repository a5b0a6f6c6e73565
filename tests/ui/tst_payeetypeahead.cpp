// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditor.h"
#include "batchtableview.h"
#include "directory/directoryfiltermodel.h"
#include "directory/payeedirectory.h"
#include "journal/journal.h"
#include "models/batchmodel.h"
#include "payeecompleter.h"
#include "payeepickerdialog.h"
#include "scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

PayoutDetail bankRow(const QString &id, const QString &amount, const QString &holder, const QString &number)
{
    PayoutDetail d = BatchModel::blankDetail(PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, id);
    d.setValue(Field::Amount, amount);
    d.setValue(Field::BankAccountName, holder);
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    return d;
}

} // namespace

// The directory while building a batch: type-ahead in the holder-name cell, and the warning on
// a changed account of a saved payee.
class tst_PayeeTypeAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typeHolderName_pickPayee_fillsRowInOneUndoStep();
    void typeHolderName_unknownText_offersNothing();
    void typeOrderCell_pickPayee_fillsRowAndKeepsOrderId();
    void typeOrderCell_rowWithoutOrderId_getsNewOrderId();
    void openPayeeAction_rowOfSavedPayee_requestsThatPayee();
    void changedAccountOfSavedPayee_warningOnAccountCell();
    void addPayees_pickedInDialog_rowPerPayeeWithNewOrderIds();
    void saveToDirectory_newName_createsPayee();
    void saveToDirectory_changedAccount_asksAndUpdatesOnYes();
    void saveToDirectory_changedAccount_keepsBothOnNo();

private:
    QLineEdit *openHolderEditor(int row, int column = BatchModel::AccountNameColumn);

    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PayeeDirectory> m_directory;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<BatchEditor> m_editor;
    qint64 m_juanAccount = 0;
};

void tst_PayeeTypeAhead::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
}

void tst_PayeeTypeAhead::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(m_journal);
    m_directory = std::make_unique<PayeeDirectory>(*m_journal);
    Payee juan;
    juan.name = QStringLiteral("Juan Dela Cruz");
    juan.accounts.append(
        {0,
         PayeeDirectory::accountOf(bankRow({}, {}, QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890"))),
         0, 0});
    const std::optional<Payee> saved = m_directory->addPayee(juan);
    QVERIFY(saved);
    m_juanAccount = saved->accounts.first().id;
    Payee maria;
    maria.name = QStringLiteral("Maria Santos");
    QVERIFY(m_directory->addPayee(maria));

    m_editor = std::make_unique<BatchEditor>(*m_validator);
    m_editor->setDirectory(m_directory.get());
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_editor->setDialogs(m_dialogs.get());
    m_editor->openBatch({RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                         QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")},
                        {bankRow(QStringLiteral("P0001"), QStringLiteral("250.00"), QString(), QString())});
    PayeeDirectory *directory = m_directory.get();
    m_editor->model()->setPayeeLookup([directory](const PayoutDetail &detail) {
        const PayeeMatch match = directory->match(detail);
        return BatchModel::PayeeNote{match.payeeId, match.warning(), {}};
    });
    m_editor->resize(1200, 600);
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void tst_PayeeTypeAhead::cleanup()
{
    m_editor.reset();
    m_dialogs.reset();
    m_directory.reset();
    m_journal.reset();
    m_dir.reset();
}

QLineEdit *tst_PayeeTypeAhead::openHolderEditor(int row, int column)
{
    BatchTableView *table = m_editor->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_Return);
    // Returns null when no editor opened; the caller's QVERIFY fails then.
    for (int i = 0; i < 100 && !qobject_cast<QLineEdit *>(QApplication::focusWidget()); ++i)
        QTest::qWait(10);
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void tst_PayeeTypeAhead::typeHolderName_pickPayee_fillsRowInOneUndoStep()
{
    QLineEdit *edit = openHolderEditor(0);
    QVERIFY(edit);
    auto *completer = edit->findChild<PayeeCompleter *>(QStringLiteral("payeeCompleter"));
    QVERIFY(completer);
    const int undoSteps = m_editor->undoStack()->count();
    QTest::keyClicks(edit, QStringLiteral("cruz ju"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->entryCount(), 1);
    const QString entry = completer->popup()->model()->index(0, 0).data().toString();
    QVERIFY2(entry.contains(QStringLiteral("Juan Dela Cruz")), qPrintable(entry));
    QVERIFY2(!entry.contains(QStringLiteral("001234567890")), qPrintable(entry)); // masked
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    // The cell editor keeps the holder's name only, which is what the row now says anyway.
    QCOMPARE(edit->text(), QStringLiteral("Juan Dela Cruz"));

    const PayoutDetail filled = m_editor->model()->detail(0);
    QCOMPARE(filled.mchOrderId(), QStringLiteral("P0001"));
    QCOMPARE(filled.amount(), QStringLiteral("250.00"));
    QCOMPARE(filled.value(Field::BankAccountName), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(filled.value(Field::BankAccountNo), QStringLiteral("001234567890"));
    QCOMPARE(filled.value(Field::BankSwiftCode), QStringLiteral("BNORPHMM"));
    QCOMPARE(m_editor->model()->payeeWarningCount(), 0);
    QCOMPARE(m_editor->table()->model()->index(0, 0).data(BatchModel::PayeeIdRole).toLongLong(),
             m_directory->index().ids().first());
    QCOMPARE(m_editor->undoStack()->count(), undoSteps + 1);
    m_editor->undoStack()->undo();
    QVERIFY(m_editor->model()->detail(0).value(Field::BankAccountNo).isEmpty());
}

void tst_PayeeTypeAhead::typeHolderName_unknownText_offersNothing()
{
    QLineEdit *edit = openHolderEditor(0);
    QVERIFY(edit);
    auto *completer = edit->findChild<PayeeCompleter *>(QStringLiteral("payeeCompleter"));
    QVERIFY(completer);
    QTest::keyClicks(edit, QStringLiteral("Pedro"));
    QCOMPARE(completer->entryCount(), 0);
    QVERIFY(!completer->popup()->isVisible());
    // A payee without accounts has nothing to fill a row with.
    completer->search(QStringLiteral("maria"));
    QCOMPARE(completer->entryCount(), 0);
}

void tst_PayeeTypeAhead::typeOrderCell_pickPayee_fillsRowAndKeepsOrderId()
{
    QLineEdit *edit = openHolderEditor(0, BatchModel::MchOrderIdColumn);
    QVERIFY(edit);
    auto *completer = edit->findChild<PayeeCompleter *>(QStringLiteral("payeeCompleter"));
    QVERIFY(completer);
    const int undoSteps = m_editor->undoStack()->count();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("juan"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->entryCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    // The words typed only searched: the cell keeps the row's order ID.
    QCOMPARE(edit->text(), QStringLiteral("P0001"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));

    const PayoutDetail filled = m_editor->model()->detail(0);
    QCOMPARE(filled.mchOrderId(), QStringLiteral("P0001"));
    QCOMPARE(filled.amount(), QStringLiteral("250.00"));
    QCOMPARE(filled.value(Field::BankAccountName), QStringLiteral("Juan Dela Cruz"));
    QCOMPARE(filled.value(Field::BankAccountNo), QStringLiteral("001234567890"));
    QCOMPARE(m_editor->undoStack()->count(), undoSteps + 1);
}

void tst_PayeeTypeAhead::typeOrderCell_rowWithoutOrderId_getsNewOrderId()
{
    m_editor->model()->setDetail(0, bankRow(QString(), QStringLiteral("250.00"), QString(), QString()));
    QLineEdit *edit = openHolderEditor(0, BatchModel::MchOrderIdColumn);
    QVERIFY(edit);
    auto *completer = edit->findChild<PayeeCompleter *>(QStringLiteral("payeeCompleter"));
    QVERIFY(completer);
    QTest::keyClicks(edit, QStringLiteral("dela"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    const PayoutDetail filled = m_editor->model()->detail(0);
    QVERIFY2(filled.mchOrderId().startsWith(u'P') && filled.mchOrderId() != QStringLiteral("dela"),
             qPrintable(filled.mchOrderId()));
    QCOMPARE(filled.value(Field::BankAccountNo), QStringLiteral("001234567890"));
}

void tst_PayeeTypeAhead::openPayeeAction_rowOfSavedPayee_requestsThatPayee()
{
    auto *action = m_editor->findChild<QAction *>(QStringLiteral("openPayeeAction"));
    QVERIFY(action);
    QSignalSpy requested(m_editor.get(), &BatchEditor::payeeRequested);
    m_editor->table()->setCurrentIndex(m_editor->table()->model()->index(0, BatchModel::AmountColumn));
    QVERIFY(!action->isEnabled()); // the row's holder is no saved payee
    QVERIFY(!m_editor->openPayee(0));

    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("250.00"),
                                            QStringLiteral("Juan Dela Cruz"), QStringLiteral("001234567890")));
    QVERIFY(action->isEnabled());
    m_editor->table()->setFocus();
    QTest::keySequence(m_editor->table(), action->shortcut());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toLongLong(), m_directory->index().ids().first());
    // A changed account of the payee links to the payee too: that is where to check it.
    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("250.00"),
                                            QStringLiteral("Juan Dela Cruz"), QStringLiteral("009999888877")));
    QVERIFY(m_editor->openPayee(0));
    QCOMPARE(requested.count(), 2);
}

void tst_PayeeTypeAhead::changedAccountOfSavedPayee_warningOnAccountCell()
{
    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("250.00"),
                                            QStringLiteral("juan dela cruz"), QStringLiteral("009999888877")));
    const QModelIndex account = m_editor->table()->model()->index(0, BatchModel::AccountNumberColumn);
    QCOMPARE(account.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QVERIFY2(account.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not one of their saved accounts")),
             qPrintable(account.data(Qt::ToolTipRole).toString()));
    // Masked in the grid as everywhere.
    QVERIFY(!account.data(Qt::DisplayRole).toString().contains(QStringLiteral("0099998888")));
    // Saving the new account on the payee: still a warning (changed lately), now naming the change.
    QVERIFY(m_directory->updateAccount(m_juanAccount, m_editor->model()->detail(0)));
    m_editor->model()->refreshPayees();
    QVERIFY2(account.data(Qt::ToolTipRole).toString().contains(QStringLiteral("was changed on")),
             qPrintable(account.data(Qt::ToolTipRole).toString()));
}

void tst_PayeeTypeAhead::addPayees_pickedInDialog_rowPerPayeeWithNewOrderIds()
{
    Payee ana;
    ana.name = QStringLiteral("Ana Reyes");
    ana.accounts.append(
        {0, PayeeDirectory::accountOf(bankRow({}, {}, ana.name, QStringLiteral("007777888899"))), 0, 0});
    QVERIFY(m_directory->addPayee(ana));
    const int undoSteps = m_editor->undoStack()->count();
    m_editor->findChild<QAction *>(QStringLiteral("addPayeesAction"))->trigger();
    PayeePickerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->findChild<PayeePickerDialog *>(QStringLiteral("payeePickerDialog"))));
    QAbstractItemModelTester tester(dialog->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPayeesButton"));
    QVERIFY(!add->isEnabled());
    QCOMPARE(dialog->table()->model()->rowCount(), 3);
    dialog->table()->selectAll();
    QVERIFY(add->isEnabled());
    QCOMPARE(dialog->selectedPayees().size(), 3);
    add->click();
    // Maria has no saved account: nothing to pay her with. Juan and Ana get a row each.
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QStringList holders;
    for (int row = 1; row < 3; ++row) {
        const PayoutDetail d = m_editor->model()->detail(row);
        holders.append(d.value(Field::BankAccountName));
        QVERIFY(!d.mchOrderId().isEmpty());
        QVERIFY(d.mchOrderId() != QStringLiteral("P0001"));
        QVERIFY(d.amount().isEmpty()); // never paid in PHP yet: the amount is the user's to type
    }
    holders.sort();
    QCOMPARE(holders, (QStringList{QStringLiteral("Ana Reyes"), QStringLiteral("Juan Dela Cruz")}));
    QCOMPARE(m_editor->model()->payeeWarningCount(), 0);
    QCOMPARE(m_editor->undoStack()->count(), undoSteps + 1);
}

void tst_PayeeTypeAhead::saveToDirectory_newName_createsPayee()
{
    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("10.00"),
                                            QStringLiteral("Pedro Penduko"), QStringLiteral("001111222233")));
    QCOMPARE(m_editor->saveRowToDirectory(0), BatchEditor::SaveOutcome::NewPayee);
    QCOMPARE(m_directory->index().size(), 3);
    QCOMPARE(m_directory->match(m_editor->model()->detail(0)).status, PayeeMatch::Status::KnownAccount);
    QCOMPARE(m_editor->saveRowToDirectory(0), BatchEditor::SaveOutcome::AlreadySaved);
    QVERIFY(m_dialogs->seen.isEmpty());
}

void tst_PayeeTypeAhead::saveToDirectory_changedAccount_asksAndUpdatesOnYes()
{
    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("10.00"),
                                            QStringLiteral("Juan Dela Cruz"), QStringLiteral("009999888877")));
    QCOMPARE(m_editor->model()->payeeWarningCount(), 1);
    m_dialogs->answer = [](QDialog &) { return int(QMessageBox::Yes); };
    QCOMPARE(m_editor->saveRowToDirectory(0), BatchEditor::SaveOutcome::AccountUpdated);
    QCOMPARE(m_dialogs->seen.size(), 1);
    QVERIFY(m_dialogs->seen.first().startsWith(QStringLiteral("updatePayeeQuestion")));
    const Payee *juan = m_directory->payee(m_directory->index().ids().first());
    QCOMPARE(juan->accounts.size(), 1);
    QCOMPARE(juan->accounts.first().detail.value(Field::BankAccountNo), QStringLiteral("009999888877"));
    // Still a warning in the grid: the saved account changed just now.
    m_editor->model()->refreshPayees();
    QCOMPARE(m_editor->model()->payeeWarningCount(), 1);
}

void tst_PayeeTypeAhead::saveToDirectory_changedAccount_keepsBothOnNo()
{
    m_editor->model()->setDetail(0, bankRow(QStringLiteral("P0001"), QStringLiteral("10.00"),
                                            QStringLiteral("Juan Dela Cruz"), QStringLiteral("009999888877")));
    m_dialogs->answer = [](QDialog &) { return int(QMessageBox::No); };
    QCOMPARE(m_editor->saveRowToDirectory(0), BatchEditor::SaveOutcome::AccountAdded);
    QCOMPARE(m_directory->payee(m_directory->index().ids().first())->accounts.size(), 2);
}

QTEST_MAIN(tst_PayeeTypeAhead)
#include "tst_payeetypeahead.moc"
