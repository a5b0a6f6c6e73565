// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/supportedbank.h"
#include "domain/batch.h"
#include "models/banklistcheck.h"
#include "models/samepaymentindex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Lesspay::Core {

// The draft batch as a table: one row per payout, bank and e-wallet rows mixed. Columns that
// mean the same for both kinds (holder, account number, account type) share a column; the
// others are empty and read-only on rows of the other kind. Edits are whole-detail
// replacements so that an undo stack can store before/after pairs (see setDetail()).
class BatchModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchModel)

public:
    enum Column {
        MchOrderIdColumn,
        DestinationColumn,
        AmountColumn,
        AccountNameColumn,
        AccountNumberColumn,
        AccountTypeColumn,
        BankNameColumn,
        CountryColumn,
        SwiftColumn,
        ProviderColumn,
        DepositKeyTypeColumn,
        DepositKeyColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Worst issue of a cell, for ValidationRole.
    enum Severity { NoIssue = 0, WarningIssue = 1, ErrorIssue = 2 };
    Q_ENUM(Severity)

    enum Role {
        RawValueRole = Qt::UserRole, // the text as typed (never masked); QVariant() for n/a cells
        ValidationRole,              // Severity of the cell (int)
        IssuesRole,                  // the validator's messages for the cell, QStringList
        FieldRole,                   // the Field of the cell (int), -1 when n/a for the row
        PriorPaymentRole,            // warning text about an earlier batch paying the same, or empty
        AmountMinorRole,             // qint64 minor units for a valid amount cell, else invalid
        PayeeWarningRole,            // the directory's warning about the row's account (account number cell)
        PayeeIdRole,                 // qint64 id of the saved payee the row's holder name belongs to, 0 when none
        PayeeLastPaidRole,           // "Last paid 150.00 PHP on …" for the row's payee (holder-name cell), or empty
    };

    // Tells whether a row was paid, or is pending, in another batch; returns a sentence naming
    // that batch or an empty string. Asked with the row's key (SamePaymentIndex::keyOf, nullopt
    // for a row with errors), which the model computes once per change of the row, so the
    // lookup is a hash lookup (PriorPaymentChecker). Supplied by whoever knows the journal.
    using PriorPaymentLookup = std::function<QString(const std::optional<SamePaymentIndex::Key> &key)>;

    // What the recipient directory says about a row: the payee its holder name belongs to and,
    // when the account is not one of the payee's saved accounts (or one changed lately), a
    // warning that a person must confirm before Production. Supplied by whoever knows the
    // directory.
    struct PayeeNote
    {
        qint64 payeeId = 0;
        QString warning;
        QString lastPaid; // the payee's last paid payout in words, or empty
    };
    using PayeeLookup = std::function<PayeeNote(const PayoutDetail &detail)>;

    explicit BatchModel(const DetailValidator &validator, const BatchHeader &header = {}, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Batch &batch() const { return m_batch; }
    const DetailValidator &validator() const { return *m_validator; }
    int decimals() const;

    // The undo-friendly API: each call is its own inverse given the values it returns.
    PayoutDetail detail(int row) const { return m_batch.detail(row); }
    // What setData() would store for this edit, without storing it (for undo commands).
    std::optional<PayoutDetail> detailWithValue(const QModelIndex &index, const QString &value) const;
    // The same for a detail outside the model (pasting, forms): nullopt when the column does
    // not apply to the detail's destination type.
    static std::optional<PayoutDetail> withColumnValue(const PayoutDetail &detail, int column, const QString &value);
    void setDetail(int row, const PayoutDetail &detail);
    void insertDetails(int row, const QList<PayoutDetail> &details);
    // Inserts the rows of a batch validated under this model's rules (an import) without judging
    // them again; the row count inserted is validated.size().
    void insertValidated(int row, const Batch &validated);
    QList<PayoutDetail> removeDetails(int row, int count);
    QList<PayoutDetail> details() const;

    void setHeader(const BatchHeader &header);

    // The field a cell stands for on that row, or nullopt when the column does not apply.
    std::optional<Field> fieldAt(int row, int column) const;
    static std::optional<Field> fieldFor(const QString &destinationType, int column);
    static int columnFor(Field field);

    // Account numbers and deposit keys are shown as their last four characters unless revealed on purpose.
    bool accountNumbersRevealed() const { return m_revealed; }
    void setAccountNumbersRevealed(bool revealed);
    static QString maskAccountNumber(const QString &number);

    void setPriorPaymentLookup(PriorPaymentLookup lookup);
    // Rows with a prior-payment warning; kept up to date with every edit.
    int priorPaymentCount() const { return m_priorCount; }
    // Rows that pay the same account the same amount as another row of this draft (a warning).
    int samePaymentCount() const { return m_same.sharedRowCount(); }
    // Every row's key, in row order (nullopt: a row with errors): what a prior-payment check primes.
    const QList<std::optional<SamePaymentIndex::Key>> &samePaymentKeys() const { return m_same.keys(); }
    // The banks Lesspay lists as supported: a SWIFT code listed for another bank than the row's
    // bank name is a warning on the SWIFT cell.
    void setSupportedBanks(const QList<SupportedBank> &banks);
    int bankMismatchCount() const { return m_bankNoteCount; }

    void setPayeeLookup(PayeeLookup lookup);
    // Asks the lookup again for every row (the directory changed).
    void refreshPayees();
    // Asks the lookup again only for the rows whose holder is a saved payee: their last payments
    // changed (a batch settled), which changes no other row's note. A draft of 100,000 rows
    // none of whose holders is a payee costs nothing here.
    void refreshKnownPayees();
    // Rows whose account the directory warns about, kept up to date with every edit.
    int payeeWarningCount() const { return m_payeeWarningCount; }
    PayeeNote payeeNote(int row) const { return m_payeeNotes.value(row); }

    // Rows whose cells have an error or a warning, in order, for "next problem" navigation.
    // Returns the first problem cell after `after` (row-major), wrapping around; invalid if none.
    QModelIndex nextProblem(const QModelIndex &after) const;

    // Order IDs not used in the batch yet ("P0001", "P0002", ...), for new rows, pastes and
    // duplicates; the IDs in use are collected once per generator, so many rows stay linear.
    std::function<QString()> orderIdGenerator();

    // A new detail with sensible defaults for the given destination type.
    static PayoutDetail blankDetail(const QString &destinationType);

Q_SIGNALS:
    void headerChanged();
    // Totals, counts or the header changed: the summary bar and the autosave listen to this.
    void contentsChanged();

private:
    // Views ask for many roles of every cell of a row in turn: the row's detail and issues are
    // kept for the last row asked and dropped on any change.
    const PayoutDetail &cachedDetail(int row) const;
    const ValidationIssues &cachedIssues(int row) const;
    void invalidateCache() const { m_cacheRow = -1; }
    ValidationIssues cellIssues(int row, Field field) const;
    QString displayText(int row, int column, Field field) const;
    QString priorPaymentText(int row) const;
    void refreshPriorPayment(int row);
    std::optional<SamePaymentIndex::Key> samePaymentKey(int row) const;
    QString amountNotes(int row) const; // prior-payment and same-payment warnings of the amount
    void rebuildSamePayments();
    void refreshBankNote(int row);
    void refreshPayeeNote(int row);
    void noteInsertedRows(int row, int count);
    void emitInsertedRowsChanged(int count);
    void emitRowChanged(int row, int firstColumn, int lastColumn);

    const DetailValidator *m_validator;
    Batch m_batch;
    bool m_revealed = false;
    PriorPaymentLookup m_priorLookup;
    QList<QString> m_prior; // parallel to the rows; empty string when no warning
    int m_priorCount = 0;
    int m_orderIdCounter = 0;
    SamePaymentIndex m_same;
    BankListCheck m_bankCheck;
    QList<QString> m_bankNotes; // parallel to the rows; empty when none
    int m_bankNoteCount = 0;
    PayeeLookup m_payeeLookup;
    QList<PayeeNote> m_payeeNotes; // parallel to the rows
    int m_payeeWarningCount = 0;
    mutable int m_cacheRow = -1;
    mutable PayoutDetail m_cacheDetail;
    mutable ValidationIssues m_cacheIssues;
};

} // namespace Lesspay::Core
