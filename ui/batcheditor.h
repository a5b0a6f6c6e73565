// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "domain/batch.h"
#include "summarybar.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QUndoStack;

namespace Lesspay::Core {
class BatchModel;
class DetailValidator;
class PayeeDirectory;
} // namespace Lesspay::Core

namespace Lesspay::Ui {

class BatchEditProxyModel;
class BatchItemDelegate;
class BatchTableView;
class Dialogs;

// The draft editor: the batch header, the grid of payouts and the summary bar. Every change
// goes through one undo stack; the rules live in the core's BatchModel and DetailValidator.
class BatchEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchEditor)

public:
    explicit BatchEditor(const Core::DetailValidator &validator, QWidget *parent = nullptr);
    ~BatchEditor() override;

    // Replaces what is being edited; the undo history starts afresh. The validator carries the
    // rules of the draft's profile and must outlive the editor.
    void openBatch(const Core::DetailValidator &validator, const Core::BatchHeader &header,
                   const QList<Core::PayoutDetail> &details);
    void openBatch(const Core::BatchHeader &header, const QList<Core::PayoutDetail> &details);
    // Shows a model someone else owns (the DraftSession's), which must outlive its showing: the
    // editor lets go of it on the next openBatch() or showModel().
    void showModel(Core::BatchModel *model);

    Core::BatchModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    BatchTableView *table() const { return m_table; }
    SummaryBar *summaryBar() const { return m_summary; }

    void setAllowedCurrencies(const QStringList &currencies);
    // Questions (a currency change of a draft with rows) go through `dialogs`, which must
    // outlive the editor; null: real dialogs.
    void setDialogs(Dialogs *dialogs);
    // Banks from the supported-banks call (or built-in data), for completion in the grid and forms.
    void setBanks(const QList<Core::SupportedBank> &banks);
    // The recipient directory: type-ahead on the holder-name cells, and the payees to add. Not
    // owned; must outlive the editor.
    void setDirectory(Core::PayeeDirectory *directory);
    Core::PayeeDirectory *directory() const { return m_directory; }
    // Fills a row with a saved account of a payee (one undoable step; order ID and amount stay).
    void fillFromPayee(int row, qint64 payeeId, qint64 accountId);
    // "Add payees…": picks saved payees and adds a row for each (its first account, the amount
    // last paid to it) in one undoable step.
    void addPayees();
    void addPayeeRows(const QList<qint64> &payeeIds);
    // "Save to directory": the current row's holder and account become a payee, or a new account
    // of the payee of that name; when that payee's saved account differs, the user is asked
    // whether to update it or keep both. Questions go through `dialogs` (see setDialogs()).
    enum class SaveOutcome { NotSaved, NewPayee, AccountAdded, AccountUpdated, AlreadySaved };
    SaveOutcome saveRowToDirectory(int row);
    // "Open payee in directory" (Ctrl+Shift+L): the saved payee a row's holder name belongs to, 0 when none;
    // openPayee() asks for it to be shown (payeeRequested) and says whether there was one.
    qint64 payeeOfRow(int row) const;
    bool openPayee(int row);
    QAction *openPayeeAction() const { return m_openPayee; }
    // A submitted batch is frozen: it shows exactly what was sent and can be looked at, not
    // changed. Its undo history goes (nothing may undo a sent row), a bar says so, and
    // newDraftFromBatchAction() offers a new draft made from it.
    void setReadOnly(bool readOnly);
    // Names the batch a retry draft was made from in the header (empty: none); its link asks
    // for that batch with originActivated().
    void setOrigin(const QString &requestId);
    bool isReadOnly() const { return m_readOnly; }

    // An order ID not used in the batch yet (the model's rule: "P0001", "P0002", ...).
    QString nextOrderId();

    QAction *addBankRowAction() const { return m_addBankRow; }
    QAction *addWalletRowAction() const { return m_addWalletRow; }
    QAction *addBankRecipientAction() const { return m_addBankRecipient; }
    QAction *addWalletRecipientAction() const { return m_addWalletRecipient; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteRowsAction() const { return m_deleteRows; }
    QAction *revealAction() const { return m_reveal; }
    QAction *newDraftFromBatchAction() const { return m_newDraftFromBatch; }

public Q_SLOTS:
    void addRow(const QString &destinationType);
    void insertDetails(const QList<Core::PayoutDetail> &details, const QString &text);
    // Rows an import validated under this batch's rules, inserted as they are (one undo step).
    // Returns the grid row (0-based) of the first one, or -1 when nothing was inserted.
    int insertValidated(const std::shared_ptr<const Core::Batch> &rows, const QString &text);
    void duplicateRows();
    void deleteRows();
    void clearCells();
    void copySelection();
    void paste();
    void pasteText(const QString &text);
    void goToNextProblem();
    void addBankRecipient();
    void addWalletRecipient();

Q_SIGNALS:
    // The batch (header or rows) changed: autosave and the window title listen.
    void changed();
    // The user asked for a new draft holding the rows of the frozen batch shown.
    void newDraftFromBatchRequested();
    // The user asked to see a row's saved payee on the Directory page.
    void payeeRequested(qint64 payeeId);
    // The user followed the header's link to the batch a retry draft was made from.
    void originActivated(const QString &requestId);

private:
    void createActions();
    void updateOpenPayeeAction();
    QWidget *createHeaderForm();
    QWidget *createFrozenBar();
    void onHeaderFieldEdited(int key);
    void onCurrencyChosen();
    bool confirmCurrencyChange(const QString &from, const QString &to);
    void showHeader();
    QList<int> selectedRows() const;
    void updateSummary();
    void showCurrentProblem();

    const Core::DetailValidator *m_validator;
    Core::BatchModel *m_model = nullptr;
    BatchEditProxyModel *m_proxy = nullptr;
    QUndoStack *m_undoStack;
    BatchTableView *m_table;
    BatchItemDelegate *m_delegate;
    SummaryBar *m_summary;
    QToolBar *m_toolBar;
    QLineEdit *m_requestId;
    QComboBox *m_currency;
    QLineEdit *m_wayType;
    QLineEdit *m_wayCode;
    QLineEdit *m_notifyUrl;
    QLabel *m_headerProblems;
    QLabel *m_origin;
    QWidget *m_frozenBar = nullptr;
    QLabel *m_frozenLabel = nullptr;
    QAction *m_addBankRow = nullptr;
    QAction *m_addWalletRow = nullptr;
    QAction *m_addBankRecipient = nullptr;
    QAction *m_addWalletRecipient = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_deleteRows = nullptr;
    QAction *m_clearCells = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
    QAction *m_reveal = nullptr;
    QAction *m_newDraftFromBatch = nullptr;
    QList<Core::SupportedBank> m_banks;
    QStringList m_bankNames;
    std::unique_ptr<Dialogs> m_standardDialogs;
    Dialogs *m_dialogs;
    Core::PayeeDirectory *m_directory = nullptr;
    QAction *m_addPayees = nullptr;
    QAction *m_saveToDirectory = nullptr;
    QAction *m_openPayee = nullptr;
    bool m_readOnly = false;
};

} // namespace Lesspay::Ui
