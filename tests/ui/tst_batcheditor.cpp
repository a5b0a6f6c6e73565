// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batcheditor.h"
#include "batchitemdelegate.h"
#include "batchtableview.h"
#include "models/batchmodel.h"
#include "scripteddialogs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

const QString Header = QStringLiteral(
    "mch_order_id\tamount\tdestination_type\tbank_account_name\tbank_account_no\tbank_account_type\tbank_name\t"
    "bank_country_code\tbank_swift_code\te_wallet.account_name\te_wallet.account_number\te_wallet.account_type\t"
    "e_wallet.provider\te_wallet.deposit_key_type\te_wallet.deposit_key\n");

QString bankLine(const QString &id, const QString &amount, const QString &swift = QStringLiteral("BNORPHMM"))
{
    return id + u'\t' + amount + QStringLiteral("\tbank\tJuan Dela Cruz\t001234567890\tindividual\tBDO Unibank\tPH\t")
           + swift + QStringLiteral("\t\t\t\t\t\t\n");
}

QString walletLine(const QString &id, const QString &amount)
{
    return id + u'\t' + amount
           + QStringLiteral(
               "\tewallet\t\t\t\t\t\t\tMaria Santos\t+639171234567\tindividual\tGCash\tphone\t+639171234567\n");
}

} // namespace

class tst_BatchEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typeAmount_inGrid_updatesTotal();
    void typeAmount_otherForm_keptAsTypedAndCountsError_data();
    void typeAmount_otherForm_keptAsTypedAndCountsError();
    void typeInvalidSwift_inGrid_countsError();
    void enterInGrid_commitsAndMovesDown();
    void undoRedo_cellEdit_restoresTotal();
    void pasteText_rowsWithHeader_insertsEveryRow();
    void pasteText_block_overwritesAndAppends();
    void nextProblem_button_visitsEveryProblem();
    void deleteRows_thenUndo_restoresRows();
    void duplicateRows_givesNewOrderIds();
    void accountNumbers_neverShownInDisplayText();
    void revealAction_showsNumbersOnPurpose();
    void headerEdit_notifyUrl_isUndoable();
    void currencyChange_isUndoable();
    void currencyChange_withRows_asksFirstAndFlagsBanksAbroad();
    void currencyChange_noRows_changesWithoutAsking();
    void choiceCells_showWordsNotApiValues();
    void typeAmount_tooManyDecimals_keptAndFlagged();
    void walletKey_ofAnotherCountry_isAnErrorOnTheKeyCell();
    void keyTypeEditor_offersOnlyTheProvidersKeyTypes();
    void twoRows_sameAccountAndAmount_warnOnBothAmountCells();
    void nextProblem_showsTheMessageInTheSummaryBar();
    void bankNamePicked_inGrid_fillsEmptySwiftAndCountryInOneUndoStep();
    void swiftOfAnotherListedBank_isAWarningOnTheSwiftCell();
    void scrollSideways_orderIdTypeAndAmountStayInView();
    void wideGrid_spareWidthGoesToNamesAndBanks();
    void tab_skipsGreyedCellsOfTheOtherDestination();
    void amounts_shownWithThousandsSeparatorsAsInTheTotal();

private:
    QLineEdit *activeLineEditor() const;
    void typeIntoCell(int row, int column, const QString &text);
    QString labelText(const char *name) const;

    std::unique_ptr<DetailValidator> m_validator;
    std::unique_ptr<BatchEditor> m_editor;
};

void tst_BatchEditor::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
}

void tst_BatchEditor::init()
{
    m_editor = std::make_unique<BatchEditor>(*m_validator);
    m_editor->openBatch({RequestId::generate(), QStringLiteral("PHP"), QStringLiteral("BANK_TRANSFER"),
                         QStringLiteral("TAZAPAY_PAYOUT"), QStringLiteral("https://merchant.example/notify")},
                        {});
    m_editor->setAllowedCurrencies({QStringLiteral("PHP"), QStringLiteral("IDR")});
    m_editor->resize(1200, 600);
    m_editor->show();
    QApplication::setActiveWindow(m_editor.get());
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void tst_BatchEditor::cleanup()
{
    m_editor.reset();
}

QLineEdit *tst_BatchEditor::activeLineEditor() const
{
    return qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void tst_BatchEditor::typeIntoCell(int row, int column, const QString &text)
{
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, column));
    QTest::keyClick(table, Qt::Key_Return); // opens the editor
    QTRY_VERIFY(activeLineEditor());
    QLineEdit *edit = activeLineEditor();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // commits (queued by the delegate) and gives focus back
    QTRY_COMPARE(QApplication::focusWidget(), table);
}

QString tst_BatchEditor::labelText(const char *name) const
{
    auto *label = m_editor->findChild<QLabel *>(QLatin1StringView(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1StringView(name));
}

void tst_BatchEditor::typeAmount_inGrid_updatesTotal()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("50.00")));
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QVERIFY2(labelText("totalLabel").contains(QStringLiteral("150.00")), qPrintable(labelText("totalLabel")));

    typeIntoCell(1, BatchModel::AmountColumn, QStringLiteral("1250.5"));
    QCOMPARE(m_editor->model()->detail(1).amount(), QStringLiteral("1250.5"));
    QCOMPARE(m_editor->model()->batch().totalMinor(), 135050);
    QVERIFY2(labelText("totalLabel").contains(QStringLiteral("1,350.50")), qPrintable(labelText("totalLabel")));
    QVERIFY(labelText("rowCountLabel").contains(u'2'));
    QVERIFY2(labelText("errorCountLabel").startsWith(QStringLiteral("0 ")), qPrintable(labelText("errorCountLabel")));
}

void tst_BatchEditor::typeAmount_otherForm_keptAsTypedAndCountsError_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("indonesian form") << QStringLiteral("1.234,56"); // formerly cut to "1.23"
    QTest::newRow("grouped") << QStringLiteral("1,234.56");
    QTest::newRow("too many decimals") << QStringLiteral("12.345"); // formerly cut to "12.34"
}

void tst_BatchEditor::typeAmount_otherForm_keptAsTypedAndCountsError()
{
    QFETCH(QString, typed);
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    typeIntoCell(0, BatchModel::AmountColumn, typed);
    // Nothing typed is cut or reinterpreted: the cell keeps the text and says what is wrong with it.
    QCOMPARE(m_editor->model()->detail(0).amount(), typed);
    QVERIFY(m_editor->model()->batch().errorCount() >= 1);
    const QModelIndex cell = m_editor->table()->model()->index(0, BatchModel::AmountColumn);
    QCOMPARE(cell.data().toString(), typed);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_BatchEditor::typeInvalidSwift_inGrid_countsError()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    typeIntoCell(0, BatchModel::SwiftColumn, QStringLiteral("NOPE"));
    QCOMPARE(m_editor->model()->detail(0).value(Field::BankSwiftCode), QStringLiteral("NOPE"));
    QVERIFY(m_editor->model()->batch().errorCount() >= 1);
    QVERIFY2(!labelText("errorCountLabel").startsWith(u'0'), qPrintable(labelText("errorCountLabel")));
    const QModelIndex cell = m_editor->table()->model()->index(0, BatchModel::SwiftColumn);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell.data(Qt::DecorationRole).isValid());
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
}

void tst_BatchEditor::enterInGrid_commitsAndMovesDown()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("2.00")));
    typeIntoCell(0, BatchModel::AccountNameColumn, QStringLiteral("Ana Reyes"));
    QCOMPARE(m_editor->model()->detail(0).value(Field::BankAccountName), QStringLiteral("Ana Reyes"));
    QCOMPARE(m_editor->table()->currentIndex().row(), 1);
    QCOMPARE(m_editor->table()->currentIndex().column(), int(BatchModel::AccountNameColumn));
}

void tst_BatchEditor::undoRedo_cellEdit_restoresTotal()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    typeIntoCell(0, BatchModel::AmountColumn, QStringLiteral("300"));
    QCOMPARE(m_editor->model()->batch().totalMinor(), 30000);
    QUndoStack *stack = m_editor->undoStack();
    stack->undo();
    QCOMPARE(m_editor->model()->batch().totalMinor(), 10000);
    QVERIFY(labelText("totalLabel").contains(QStringLiteral("100.00")));
    stack->redo();
    QCOMPARE(m_editor->model()->batch().totalMinor(), 30000);
    QVERIFY(labelText("totalLabel").contains(QStringLiteral("300.00")));
    // Undo all the way: the paste goes too.
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(m_editor->model()->rowCount(), 0);
}

void tst_BatchEditor::pasteText_rowsWithHeader_insertsEveryRow()
{
    QAbstractItemModelTester tester(m_editor->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("10.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("20.00"))
                        + bankLine(QString(), QStringLiteral("30.00")));
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QCOMPARE(m_editor->model()->batch().totalMinor(), 6000);
    QCOMPARE(m_editor->model()->detail(1).value(Field::WalletProvider), QStringLiteral("GCash"));
    QVERIFY(!m_editor->model()->detail(2).mchOrderId().isEmpty());
    QCOMPARE(m_editor->model()->batch().errorCount(), 0);
    // One paste, one undo step.
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->rowCount(), 0);
}

void tst_BatchEditor::pasteText_block_overwritesAndAppends()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("10.00")));
    auto *table = m_editor->table();
    table->setCurrentIndex(table->model()->index(0, BatchModel::DestinationColumn));
    // Two columns (destination, amount), three lines: one overwrite, two new rows.
    m_editor->pasteText(QStringLiteral("bank\t11.00\r\newallet\t12.00\r\nbank\t13.00\r\n"));
    QCOMPARE(m_editor->model()->rowCount(), 3);
    QCOMPARE(m_editor->model()->detail(0).amount(), QStringLiteral("11.00"));
    QCOMPARE(m_editor->model()->detail(1).destinationType(), PayoutDetail::EWallet);
    QCOMPARE(m_editor->model()->batch().totalMinor(), 3600);
}

void tst_BatchEditor::nextProblem_button_visitsEveryProblem()
{
    // A1 and A3 pay different amounts: the same account and amount twice would be a warning.
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("1.00"), QStringLiteral("XX"))
                        + bankLine(QStringLiteral("A3"), QStringLiteral("3.00"))
                        + walletLine(QStringLiteral("A4"), QStringLiteral("0")));
    auto *table = m_editor->table();
    table->setCurrentIndex(table->model()->index(0, 0));
    auto *next = m_editor->findChild<QToolButton *>(QStringLiteral("nextProblemButton"));
    QVERIFY(next && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(table->currentIndex(), table->model()->index(1, BatchModel::SwiftColumn));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(table->currentIndex(), table->model()->index(3, BatchModel::AmountColumn));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(table->currentIndex(), table->model()->index(1, BatchModel::SwiftColumn));
}

void tst_BatchEditor::deleteRows_thenUndo_restoresRows()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("2.00"))
                        + bankLine(QStringLiteral("A3"), QStringLiteral("3.00"))
                        + bankLine(QStringLiteral("A4"), QStringLiteral("4.00")));
    const QList<PayoutDetail> before = m_editor->model()->details();
    auto *table = m_editor->table();
    table->clearSelection();
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select);
    table->selectionModel()->select(table->model()->index(2, 1), QItemSelectionModel::Select);
    table->selectionModel()->select(table->model()->index(3, 1), QItemSelectionModel::Select);
    m_editor->deleteRowsAction()->trigger();
    QCOMPARE(m_editor->model()->rowCount(), 1);
    QCOMPARE(m_editor->model()->detail(0).mchOrderId(), QStringLiteral("A2"));
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->details(), before);
}

void tst_BatchEditor::duplicateRows_givesNewOrderIds()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00")));
    auto *table = m_editor->table();
    table->setCurrentIndex(table->model()->index(0, 2));
    m_editor->duplicateAction()->trigger();
    QCOMPARE(m_editor->model()->rowCount(), 2);
    QVERIFY(m_editor->model()->detail(1).mchOrderId() != QStringLiteral("A1"));
    QCOMPARE(m_editor->model()->detail(1).value(Field::BankAccountNo), QStringLiteral("001234567890"));
    QCOMPARE(m_editor->model()->batch().errorCount(), 0);
}

void tst_BatchEditor::accountNumbers_neverShownInDisplayText()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("2.00")));
    const QAbstractItemModel *model = m_editor->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::AccessibleTextRole)}) {
                QVERIFY(!index.data(role).toString().contains(QStringLiteral("001234567890")));
                // The wallet's number and its deposit key (a phone number) alike.
                QVERIFY2(!index.data(role).toString().contains(QStringLiteral("9171234567")),
                         qPrintable(index.data(role).toString()));
            }
            QVERIFY(!index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("001234567890")));
        }
    }
    // One mask style everywhere: the journal's, as on the Batches page, in reports and the directory.
    QCOMPARE(model->index(0, BatchModel::AccountNumberColumn).data().toString(), QStringLiteral("****7890"));
    QCOMPARE(model->index(1, BatchModel::DepositKeyColumn).data().toString(), QStringLiteral("****4567"));
    QCOMPARE(model->index(1, BatchModel::DepositKeyColumn).data(Qt::EditRole).toString(),
             QStringLiteral("+639171234567"));
}

void tst_BatchEditor::revealAction_showsNumbersOnPurpose()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00")));
    const QModelIndex cell = m_editor->table()->model()->index(0, BatchModel::AccountNumberColumn);
    m_editor->revealAction()->trigger();
    QCOMPARE(cell.data().toString(), QStringLiteral("001234567890"));
    m_editor->revealAction()->trigger();
    QVERIFY(!cell.data().toString().contains(QStringLiteral("1234567890")));
}

void tst_BatchEditor::headerEdit_notifyUrl_isUndoable()
{
    auto *url = m_editor->findChild<QLineEdit *>(QStringLiteral("notifyUrlEdit"));
    QVERIFY(url);
    url->clear();
    m_editor->undoStack()->clear();
    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("not a url"));
    QCOMPARE(m_editor->model()->batch().header().notifyUrl, QStringLiteral("not a url"));
    QVERIFY(m_editor->findChild<QLabel *>(QStringLiteral("headerProblemsLabel"))->isVisibleTo(m_editor.get()));
    // Typing merges into one step.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->batch().header().notifyUrl, QStringLiteral("https://merchant.example/notify"));
    QCOMPARE(url->text(), QStringLiteral("https://merchant.example/notify"));
}

void tst_BatchEditor::currencyChange_isUndoable()
{
    ScriptedDialogs dialogs;
    dialogs.answer = [](QDialog &) { return int(QMessageBox::Yes); };
    m_editor->setDialogs(&dialogs);
    m_editor->pasteText(Header + walletLine(QStringLiteral("A1"), QStringLiteral("1.00")));
    auto *combo = m_editor->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // PHP -> IDR
    QCOMPARE(m_editor->model()->batch().header().currency, QStringLiteral("IDR"));
    // GCash is not offered for IDR.
    QVERIFY(m_editor->model()->batch().errorCount() >= 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->batch().header().currency, QStringLiteral("PHP"));
    QCOMPARE(combo->currentText(), QStringLiteral("PHP"));
    QCOMPARE(m_editor->model()->batch().errorCount(), 0);
}

void tst_BatchEditor::currencyChange_withRows_asksFirstAndFlagsBanksAbroad()
{
    ScriptedDialogs dialogs;
    m_editor->setDialogs(&dialogs);
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("1.00"))
                        + bankLine(QStringLiteral("A3"), QStringLiteral("5.00")));
    auto *combo = m_editor->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    QVERIFY(combo);
    const int steps = m_editor->undoStack()->count();

    // Asked first, naming the bank rows that do not fit; "No" changes nothing.
    dialogs.answer = [](QDialog &) { return int(QMessageBox::No); };
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // PHP -> IDR
    QCOMPARE(dialogs.seen.size(), 1);
    const QString question = dialogs.seen.first();
    QVERIFY2(question.startsWith(QStringLiteral("currencyChangeQuestion: ")), qPrintable(question));
    QVERIFY(question.contains(QStringLiteral("PHP")) && question.contains(QStringLiteral("IDR")));
    QVERIFY2(question.contains(QStringLiteral("row 1")) && question.contains(QStringLiteral("row 3"))
                 && !question.contains(QStringLiteral("row 2")) && question.contains(QStringLiteral("ID,")),
             qPrintable(question));
    QCOMPARE(m_editor->model()->batch().header().currency, QStringLiteral("PHP"));
    QCOMPARE(combo->currentText(), QStringLiteral("PHP"));
    QCOMPARE(m_editor->undoStack()->count(), steps);

    // "Yes": changed, and the bank rows in PH carry a warning naming both countries.
    dialogs.answer = [](QDialog &) { return int(QMessageBox::Yes); };
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(dialogs.seen.size(), 2);
    QCOMPARE(m_editor->model()->batch().header().currency, QStringLiteral("IDR"));
    for (int row : {0, 2}) {
        const QModelIndex country = m_editor->model()->index(row, BatchModel::CountryColumn);
        QCOMPARE(country.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
        const QString note = country.data(BatchModel::IssuesRole).toStringList().join(u' ');
        QVERIFY2(note.contains(QStringLiteral("PH")) && note.contains(QStringLiteral("IDR"))
                     && note.contains(QStringLiteral(" ID")),
                 qPrintable(note));
    }
    QVERIFY(labelText("warningCountLabel").startsWith(u'2'));
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->model()->index(0, BatchModel::CountryColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::NoIssue));
}

void tst_BatchEditor::currencyChange_noRows_changesWithoutAsking()
{
    ScriptedDialogs dialogs;
    m_editor->setDialogs(&dialogs);
    auto *combo = m_editor->findChild<QComboBox *>(QStringLiteral("currencyCombo"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY(dialogs.seen.isEmpty());
    QCOMPARE(m_editor->model()->batch().header().currency, QStringLiteral("IDR"));
}

// Destination, account type and deposit key type cells show the words their combo boxes offer
// (translated), not the API values the model keeps; a value the validator rejects shows as typed.
void tst_BatchEditor::choiceCells_showWordsNotApiValues()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("50.00")));
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    QVERIFY(table);
    auto *delegate = qobject_cast<BatchItemDelegate *>(table->itemDelegate());
    QVERIFY(delegate);
    const auto shown = [&](int row, int column) {
        return delegate->choiceLabel(column,
                                     table->model()->index(row, column).data(BatchModel::RawValueRole).toString());
    };
    QCOMPARE(shown(0, BatchModel::DestinationColumn), QStringLiteral("Bank"));
    QCOMPARE(shown(1, BatchModel::DestinationColumn), QStringLiteral("E-wallet"));
    QCOMPARE(shown(0, BatchModel::AccountTypeColumn), QStringLiteral("Individual"));
    QCOMPARE(shown(1, BatchModel::DepositKeyTypeColumn), QStringLiteral("Phone"));
    // The model keeps the API value for copy, paste and export.
    QCOMPARE(table->model()->index(0, BatchModel::AccountTypeColumn).data(BatchModel::RawValueRole).toString(),
             QStringLiteral("individual"));
    QCOMPARE(delegate->choiceLabel(BatchModel::AccountTypeColumn, QStringLiteral(" BUSINESS ")),
             QStringLiteral("Business"));
    QVERIFY(delegate->choiceLabel(BatchModel::AccountTypeColumn, QStringLiteral("sole trader")).isEmpty());
    QVERIFY(delegate->choiceLabel(BatchModel::AmountColumn, QStringLiteral("bank")).isEmpty());
}

void tst_BatchEditor::typeAmount_tooManyDecimals_keptAndFlagged()
{
    // Typing 2500.505 showed 2500.50 with no error: the editor dropped the third decimal.
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00")));
    typeIntoCell(0, BatchModel::AmountColumn, QStringLiteral("2500.505"));
    QCOMPARE(m_editor->model()->detail(0).amount(), QStringLiteral("2500.505"));
    const QModelIndex cell = m_editor->table()->model()->index(0, BatchModel::AmountColumn);
    QCOMPARE(cell.data(BatchModel::ValidationRole).toInt(), int(BatchModel::ErrorIssue));
    QVERIFY2(!labelText("errorCountLabel").startsWith(u'0'), qPrintable(labelText("errorCountLabel")));
}

void tst_BatchEditor::walletKey_ofAnotherCountry_isAnErrorOnTheKeyCell()
{
    // A GCash row with a +62 key only got a warning about the wallet number.
    m_editor->pasteText(Header + walletLine(QStringLiteral("W1"), QStringLiteral("50.00")));
    typeIntoCell(0, BatchModel::DepositKeyColumn, QStringLiteral("+6281234567890"));
    const QModelIndex key = m_editor->table()->model()->index(0, BatchModel::DepositKeyColumn);
    QCOMPARE(key.data(BatchModel::ValidationRole).toInt(), int(BatchModel::ErrorIssue));
    QVERIFY2(key.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Philippines")),
             qPrintable(key.data(Qt::ToolTipRole).toString()));
    QCOMPARE(m_editor->model()->batch().errorCount(), 1);
}

void tst_BatchEditor::keyTypeEditor_offersOnlyTheProvidersKeyTypes()
{
    m_editor->pasteText(Header + walletLine(QStringLiteral("W1"), QStringLiteral("50.00")));
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    QVERIFY(table);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, BatchModel::DepositKeyTypeColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = qobject_cast<QComboBox *>(QApplication::focusWidget())));
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered.append(combo->itemData(i).toString());
    // GCash takes phone and e-mail keys; CPF, CNPJ and random keys are PIX's.
    QCOMPARE(offered, (QStringList{QStringLiteral("phone"), QStringLiteral("email")}));
    QTest::keyClick(combo, Qt::Key_Escape);
}

void tst_BatchEditor::twoRows_sameAccountAndAmount_warnOnBothAmountCells()
{
    // The same account twice in one batch with the same amount: a warning like the one across
    // batches, naming the other row; a different amount is no warning.
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("100.00"))
                        + walletLine(QStringLiteral("A2"), QStringLiteral("50.00"))
                        + bankLine(QStringLiteral("A3"), QStringLiteral("100")));
    QVERIFY2(labelText("warningCountLabel").startsWith(QStringLiteral("2 ")),
             qPrintable(labelText("warningCountLabel")));
    const QModelIndex third = m_editor->table()->model()->index(2, BatchModel::AmountColumn);
    QVERIFY2(third.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Row 1 ")),
             qPrintable(third.data(Qt::ToolTipRole).toString()));
    typeIntoCell(2, BatchModel::AmountColumn, QStringLiteral("100.50"));
    QVERIFY2(labelText("warningCountLabel").startsWith(QStringLiteral("0 ")),
             qPrintable(labelText("warningCountLabel")));
    QVERIFY(m_editor->table()->model()->index(0, BatchModel::AmountColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_BatchEditor::nextProblem_showsTheMessageInTheSummaryBar()
{
    // F8 selected the cell but its message was only in a tooltip.
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("2.00"), QStringLiteral("NOPE")));
    auto *table = m_editor->table();
    table->setCurrentIndex(table->model()->index(0, 0));
    table->setFocus();
    auto *problem = m_editor->findChild<QLabel *>(QStringLiteral("currentProblemLabel"));
    QVERIFY(problem);
    QVERIFY(problem->isHidden());
    // F8 is the main window's shortcut for this button.
    QTest::mouseClick(m_editor->findChild<QToolButton *>(QStringLiteral("nextProblemButton")), Qt::LeftButton);
    QCOMPARE(table->currentIndex(), table->model()->index(1, BatchModel::SwiftColumn));
    const QString tooltip = table->currentIndex().data(Qt::ToolTipRole).toString();
    QVERIFY(!tooltip.isEmpty());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Row 2, ")), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(tooltip), qPrintable(problem->text()));
    QCOMPARE(problem->accessibleName(), problem->text());
    // Fixing the cell clears the line.
    typeIntoCell(1, BatchModel::SwiftColumn, QStringLiteral("BNORPHMM"));
    QVERIFY(problem->isHidden());
}

namespace {

QList<SupportedBank> sandboxBanks()
{
    return {{QStringLiteral("BDO Unibank"), QStringLiteral("BDO"), QStringLiteral("PH"), QStringLiteral("BNORPHMM")},
            {QStringLiteral("Bank of the Philippine Islands"), QStringLiteral("BPI"), QStringLiteral("PH"),
             QStringLiteral("BOPIPHMM")}};
}

} // namespace

void tst_BatchEditor::bankNamePicked_inGrid_fillsEmptySwiftAndCountryInOneUndoStep()
{
    m_editor->setBanks(sandboxBanks());
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"), QString()));
    PayoutDetail emptied = m_editor->model()->detail(0);
    emptied.setValue(Field::BankCountryCode, QString());
    emptied.setValue(Field::BankName, QString());
    m_editor->model()->setDetail(0, emptied);
    const int undoSteps = m_editor->undoStack()->count();
    typeIntoCell(0, BatchModel::BankNameColumn, QStringLiteral("Bank of the Philippine Islands"));
    const PayoutDetail filled = m_editor->model()->detail(0);
    QCOMPARE(filled.value(Field::BankSwiftCode), QStringLiteral("BOPIPHMM"));
    QCOMPARE(filled.value(Field::BankCountryCode), QStringLiteral("PH"));
    QCOMPARE(m_editor->undoStack()->count(), undoSteps + 1);
    m_editor->undoStack()->undo();
    QVERIFY(m_editor->model()->detail(0).value(Field::BankSwiftCode).isEmpty());
    // A SWIFT code already typed is kept.
    typeIntoCell(0, BatchModel::SwiftColumn, QStringLiteral("BNORPHMM"));
    typeIntoCell(0, BatchModel::BankNameColumn, QStringLiteral("BDO Unibank"));
    QCOMPARE(m_editor->model()->detail(0).value(Field::BankSwiftCode), QStringLiteral("BNORPHMM"));
}

void tst_BatchEditor::swiftOfAnotherListedBank_isAWarningOnTheSwiftCell()
{
    m_editor->setBanks(sandboxBanks());
    // BDO Unibank with BPI's SWIFT code; the second row is right.
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1.00"), QStringLiteral("BOPIPHMMXXX"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("2.00")));
    const QModelIndex wrong = m_editor->table()->model()->index(0, BatchModel::SwiftColumn);
    QCOMPARE(wrong.data(BatchModel::ValidationRole).toInt(), int(BatchModel::WarningIssue));
    QVERIFY2(wrong.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Bank of the Philippine Islands")),
             qPrintable(wrong.data(Qt::ToolTipRole).toString()));
    QCOMPARE(m_editor->table()->model()->index(1, BatchModel::SwiftColumn).data(BatchModel::ValidationRole).toInt(),
             int(BatchModel::NoIssue));
    QVERIFY2(labelText("warningCountLabel").startsWith(QStringLiteral("1 ")),
             qPrintable(labelText("warningCountLabel")));
    typeIntoCell(0, BatchModel::SwiftColumn, QStringLiteral("BNORPHMM"));
    QCOMPARE(wrong.data(BatchModel::ValidationRole).toInt(), int(BatchModel::NoIssue));
}

void tst_BatchEditor::scrollSideways_orderIdTypeAndAmountStayInView()
{
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("10.00"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("20.00")));
    m_editor->resize(600, 600);
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    QTRY_VERIFY(table->horizontalScrollBar()->maximum() > 0);
    auto *pinned = table->findChild<QTableView *>(QStringLiteral("pinnedColumnsView"));
    QVERIFY(pinned);
    QAbstractItemModel *model = table->model();
    table->setFocus();
    table->setCurrentIndex(model->index(1, BatchModel::DepositKeyColumn));
    QTRY_VERIFY(table->horizontalScrollBar()->value() > 0);
    QTRY_VERIFY(pinned->isVisible());
    // The pinned columns sit where the grid's first columns were, showing the same rows.
    QCOMPARE(pinned->mapTo(table, QPoint(0, 0)).x(), table->viewport()->geometry().left());
    for (const int column : {BatchModel::MchOrderIdColumn, BatchModel::DestinationColumn, BatchModel::AmountColumn}) {
        QVERIFY(!pinned->isColumnHidden(column));
        QCOMPARE(pinned->columnWidth(column), table->columnWidth(column));
        QVERIFY(pinned->viewport()->rect().contains(pinned->visualRect(model->index(1, column))));
    }
    QVERIFY(pinned->isColumnHidden(BatchModel::AccountNameColumn));
    // A cell moved to with the keys is never left under the pinned columns.
    QTest::keyClick(table, Qt::Key_Home);
    const int pinnedRight = pinned->geometry().right();
    for (int column = table->currentIndex().column(); column < BatchModel::AccountNameColumn; ++column)
        QTest::keyClick(table, Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), int(BatchModel::AccountNameColumn));
    const QRect name = table->visualRect(table->currentIndex());
    QVERIFY2(table->viewport()->mapTo(table, name.topLeft()).x() > pinnedRight,
             qPrintable(QStringLiteral("%1 <= %2").arg(name.left()).arg(pinnedRight)));
    // Typing into a pinned cell edits it where it really is, in view, and the keys stay the grid's.
    table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
    table->setCurrentIndex(model->index(1, BatchModel::AmountColumn));
    QVERIFY(table->horizontalScrollBar()->value() > 0);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(activeLineEditor());
    QLineEdit *edit = activeLineEditor();
    QVERIFY(!pinned->isVisible());
    QCOMPARE(edit->parentWidget(), table->viewport());
    QVERIFY(table->viewport()->rect().contains(edit->geometry()));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("25.00"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(m_editor->model()->batch().totalMinor(), 3500);
    QTRY_COMPARE(QApplication::focusWidget(), table);
}

void tst_BatchEditor::wideGrid_spareWidthGoesToNamesAndBanks()
{
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    m_editor->resize(1000, 600);
    QTRY_COMPARE(table->width(), 1000);
    const int name = table->columnWidth(BatchModel::AccountNameColumn);
    const int bank = table->columnWidth(BatchModel::BankNameColumn);
    const int last = table->columnWidth(BatchModel::DepositKeyColumn);
    m_editor->resize(2200, 600);
    QTRY_COMPARE(table->width(), 2200);
    QTRY_VERIFY(table->columnWidth(BatchModel::AccountNameColumn) > name + 300);
    QVERIFY(table->columnWidth(BatchModel::BankNameColumn) > bank + 300);
    QCOMPARE(table->columnWidth(BatchModel::DepositKeyColumn), last);
    // The columns fill the grid exactly: nothing to scroll, no empty band.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width());
    m_editor->resize(1000, 600);
    QTRY_COMPARE(table->columnWidth(BatchModel::AccountNameColumn), name);
}

void tst_BatchEditor::tab_skipsGreyedCellsOfTheOtherDestination()
{
    m_editor->pasteText(Header + walletLine(QStringLiteral("W1"), QStringLiteral("10.00"))
                        + bankLine(QStringLiteral("B1"), QStringLiteral("20.00")));
    auto *table = m_editor->findChild<BatchTableView *>(QStringLiteral("batchTable"));
    QAbstractItemModel *model = table->model();
    table->setFocus();
    // An e-wallet row: from the account type over the bank's greyed cells to the provider.
    table->setCurrentIndex(model->index(0, BatchModel::AccountTypeColumn));
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex(), model->index(0, BatchModel::ProviderColumn));
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex(), model->index(0, BatchModel::AccountTypeColumn));
    // A bank row: from the SWIFT code over the wallet's greyed cells to the next row.
    table->setCurrentIndex(model->index(1, BatchModel::SwiftColumn));
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex(), model->index(0, BatchModel::MchOrderIdColumn)); // round to the first
    table->setCurrentIndex(model->index(0, BatchModel::DepositKeyColumn));
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(table->currentIndex(), model->index(1, BatchModel::MchOrderIdColumn));
    QTest::keyClick(table, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(table->currentIndex(), model->index(0, BatchModel::DepositKeyColumn));
    // Committing a cell with Tab moves the same way.
    table->setCurrentIndex(model->index(0, BatchModel::AccountTypeColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(QApplication::focusWidget() != table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(table->currentIndex(), model->index(0, BatchModel::ProviderColumn));
}

void tst_BatchEditor::amounts_shownWithThousandsSeparatorsAsInTheTotal()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_editor->pasteText(Header + bankLine(QStringLiteral("A1"), QStringLiteral("1250000.5"))
                        + bankLine(QStringLiteral("A2"), QStringLiteral("1.250.000,50")));
    QAbstractItemModel *grid = m_editor->table()->model();
    const QModelIndex amount = grid->index(0, BatchModel::AmountColumn);
    QCOMPARE(amount.data().toString(), QStringLiteral("1,250,000.50"));
    QVERIFY2(labelText("totalLabel").contains(QStringLiteral("1,250,000.50")), qPrintable(labelText("totalLabel")));
    // What was typed stays what the editor, copy and export see; no amount is shown as typed.
    QCOMPARE(amount.data(Qt::EditRole).toString(), QStringLiteral("1250000.5"));
    QCOMPARE(grid->index(1, BatchModel::AmountColumn).data().toString(), QStringLiteral("1.250.000,50"));
    QLocale::setDefault(before);
}

QTEST_MAIN(tst_BatchEditor)
#include "tst_batcheditor.moc"
