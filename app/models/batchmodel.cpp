// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmodel.h"

#include "journal/logmasker.h"
#include "money/amount.h"

#include <QSet>

namespace Lesspay::Core {

namespace {

// The pairs of fields that mean the same thing for a bank and an e-wallet recipient; switching
// a row's destination carries these values over so that nothing typed is lost.
constexpr std::array<std::pair<Field, Field>, 3> SharedFields = {{
    {Field::BankAccountName, Field::WalletAccountName},
    {Field::BankAccountNo, Field::WalletAccountNumber},
    {Field::BankAccountType, Field::WalletAccountType},
}};

} // namespace

BatchModel::BatchModel(const DetailValidator &validator, const BatchHeader &header, QObject *parent)
    : QAbstractTableModel(parent)
    , m_validator(&validator)
    , m_batch(validator, header)
{}

int BatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_batch.size();
}

int BatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int BatchModel::decimals() const
{
    return m_validator->contextFor(m_batch.header().currency).decimals;
}

std::optional<Field> BatchModel::fieldFor(const QString &destinationType, int column)
{
    const bool wallet = destinationType == PayoutDetail::EWallet;
    switch (Column(column)) {
    case MchOrderIdColumn:
        return Field::MchOrderId;
    case DestinationColumn:
        return Field::DestinationType;
    case AmountColumn:
        return Field::Amount;
    case AccountNameColumn:
        return wallet ? Field::WalletAccountName : Field::BankAccountName;
    case AccountNumberColumn:
        return wallet ? Field::WalletAccountNumber : Field::BankAccountNo;
    case AccountTypeColumn:
        return wallet ? Field::WalletAccountType : Field::BankAccountType;
    case BankNameColumn:
        return wallet ? std::nullopt : std::optional(Field::BankName);
    case CountryColumn:
        return wallet ? std::nullopt : std::optional(Field::BankCountryCode);
    case SwiftColumn:
        return wallet ? std::nullopt : std::optional(Field::BankSwiftCode);
    // A row whose type is neither (an odd import) still shows its wallet-only values.
    case ProviderColumn:
        return destinationType == PayoutDetail::Bank ? std::nullopt : std::optional(Field::WalletProvider);
    case DepositKeyTypeColumn:
        return destinationType == PayoutDetail::Bank ? std::nullopt : std::optional(Field::WalletDepositKeyType);
    case DepositKeyColumn:
        return destinationType == PayoutDetail::Bank ? std::nullopt : std::optional(Field::WalletDepositKey);
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

int BatchModel::columnFor(Field field)
{
    switch (field) {
    case Field::MchOrderId:
        return MchOrderIdColumn;
    case Field::DestinationType:
        return DestinationColumn;
    case Field::Amount:
        return AmountColumn;
    case Field::BankAccountName:
    case Field::WalletAccountName:
        return AccountNameColumn;
    case Field::BankAccountNo:
    case Field::WalletAccountNumber:
        return AccountNumberColumn;
    case Field::BankAccountType:
    case Field::WalletAccountType:
        return AccountTypeColumn;
    case Field::BankName:
        return BankNameColumn;
    case Field::BankCountryCode:
        return CountryColumn;
    case Field::BankSwiftCode:
        return SwiftColumn;
    case Field::WalletProvider:
        return ProviderColumn;
    case Field::WalletDepositKeyType:
        return DepositKeyTypeColumn;
    case Field::WalletDepositKey:
        return DepositKeyColumn;
    case Field::FieldCount:
        break;
    }
    return -1;
}

std::optional<Field> BatchModel::fieldAt(int row, int column) const
{
    if (row < 0 || row >= m_batch.size())
        return std::nullopt;
    return fieldFor(cachedDetail(row).destinationType(), column);
}

QString BatchModel::maskAccountNumber(const QString &number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The journal's, the reports' and the directory's mask ("****7890"), so a number looks the
    // same masked everywhere; a short one is hidden completely, since its last four would be
    // (nearly) the whole secret.
    return trimmed.size() > 6 ? LogMasker::maskValue(trimmed) : QString(trimmed.size(), u'*');
}

const PayoutDetail &BatchModel::cachedDetail(int row) const
{
    if (m_cacheRow != row) {
        m_cacheDetail = m_batch.detail(row);
        m_cacheIssues = m_batch.issues(row);
        m_cacheRow = row;
    }
    return m_cacheDetail;
}

const ValidationIssues &BatchModel::cachedIssues(int row) const
{
    cachedDetail(row);
    return m_cacheIssues;
}

ValidationIssues BatchModel::cellIssues(int row, Field field) const
{
    ValidationIssues result;
    const ValidationIssues &all = cachedIssues(row);
    for (const ValidationIssue &issue : all) {
        if (issue.field == field)
            result.append(issue);
    }
    return result;
}

QString BatchModel::displayText(int row, int column, Field field) const
{
    const QString &raw = cachedDetail(row).value(field);
    switch (Column(column)) {
    case DestinationColumn:
        if (raw == PayoutDetail::Bank)
            return tr("Bank");
        if (raw == PayoutDetail::EWallet)
            return tr("E-wallet");
        return raw;
    case AmountColumn: {
        const int places = decimals();
        const Amount::ParseResult parsed = Amount::parse(raw.trimmed(), places);
        return parsed.ok() ? Amount::format(parsed.minor, places) : raw;
    }
    case AccountNumberColumn:
    case DepositKeyColumn: // a phone number, an e-mail or a tax ID: as private as the account
        return m_revealed ? raw : maskAccountNumber(raw);
    default:
        return raw;
    }
}

QVariant BatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const std::optional<Field> field = fieldAt(row, column);
    if (role == FieldRole)
        return field ? int(*field) : -1;
    if (role == PriorPaymentRole)
        return column == AmountColumn ? m_prior.value(row) : QString();
    if (role == PayeeWarningRole)
        return column == AccountNumberColumn ? m_payeeNotes.value(row).warning : QString();
    if (role == PayeeIdRole)
        return m_payeeNotes.value(row).payeeId;
    if (role == PayeeLastPaidRole)
        return column == AccountNameColumn ? m_payeeNotes.value(row).lastPaid : QString();
    if (!field)
        return {};

    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column, *field);
    case Qt::EditRole:
    case RawValueRole:
        return cachedDetail(row).value(*field);
    case Qt::AccessibleTextRole:
        // Screen readers get the same masked text as the eyes.
        return QString(fieldLabel(*field) + u": " + displayText(row, column, *field));
    case ValidationRole: {
        int severity = NoIssue;
        for (const ValidationIssue &issue : cellIssues(row, *field))
            severity = std::max(severity, issue.isError() ? int(ErrorIssue) : int(WarningIssue));
        if (column == AmountColumn && (!m_prior.value(row).isEmpty() || m_same.isShared(row)))
            severity = std::max(severity, int(WarningIssue));
        if (column == SwiftColumn && !m_bankNotes.value(row).isEmpty())
            severity = std::max(severity, int(WarningIssue));
        if (column == AccountNumberColumn && !m_payeeNotes.value(row).warning.isEmpty())
            severity = std::max(severity, int(WarningIssue));
        return severity;
    }
    case IssuesRole: {
        QStringList messages;
        for (const ValidationIssue &issue : cellIssues(row, *field))
            messages.append(issue.message);
        if (column == AmountColumn) {
            const QString notes = amountNotes(row);
            if (!notes.isEmpty())
                messages.append(notes);
        }
        if (column == SwiftColumn && !m_bankNotes.value(row).isEmpty())
            messages.append(m_bankNotes.value(row));
        if (column == AccountNumberColumn && !m_payeeNotes.value(row).warning.isEmpty())
            messages.append(m_payeeNotes.value(row).warning);
        return messages;
    }
    case AmountMinorRole:
        if (column == AmountColumn) {
            const PayoutDetail d = m_batch.detail(row);
            if (const auto minor = m_validator->amountMinor(d, m_validator->contextFor(m_batch.header().currency)))
                return *minor;
        }
        return {};
    default:
        return {};
    }
}

QVariant BatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(section)) {
    case MchOrderIdColumn:
        return tr("Order ID");
    case DestinationColumn:
        return tr("Destination");
    case AmountColumn:
        return tr("Amount");
    case AccountNameColumn:
        return tr("Holder name");
    case AccountNumberColumn:
        return tr("Account number");
    case AccountTypeColumn:
        return tr("Account type");
    case BankNameColumn:
        return tr("Bank");
    case CountryColumn:
        return tr("Country");
    case SwiftColumn:
        return tr("SWIFT/BIC");
    case ProviderColumn:
        return tr("Provider");
    case DepositKeyTypeColumn:
        return tr("Key type");
    case DepositKeyColumn:
        return tr("Deposit key");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags BatchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // Cells that do not apply stay selectable so that keyboard navigation walks straight
    // through them, but they cannot be edited.
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (fieldAt(index.row(), index.column()))
        result |= Qt::ItemIsEditable;
    return result;
}

PayoutDetail BatchModel::blankDetail(const QString &destinationType)
{
    PayoutDetail detail;
    detail.setValue(Field::DestinationType, destinationType);
    if (destinationType == PayoutDetail::EWallet)
        detail.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    else
        detail.setValue(Field::BankAccountType, QStringLiteral("individual"));
    return detail;
}

std::optional<PayoutDetail> BatchModel::detailWithValue(const QModelIndex &index, const QString &value) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return std::nullopt;
    return withColumnValue(m_batch.detail(index.row()), index.column(), value);
}

std::optional<PayoutDetail> BatchModel::withColumnValue(const PayoutDetail &detail, int column, const QString &value)
{
    const std::optional<Field> field = fieldFor(detail.destinationType(), column);
    if (!field)
        return std::nullopt;
    PayoutDetail result = detail;
    if (*field != Field::DestinationType) {
        result.setValue(*field, value);
        return result;
    }

    // Accept the words people type for the destination, and keep the shared values.
    const QString lowered = value.trimmed().toLower();
    QString type = value;
    if (lowered == u"bank")
        type = PayoutDetail::Bank;
    else if (lowered == u"ewallet" || lowered == u"e-wallet" || lowered == u"wallet")
        type = PayoutDetail::EWallet;
    const QString oldType = result.destinationType();
    if (type == oldType)
        return result;
    result.setValue(Field::DestinationType, type);
    const bool toWallet = type == PayoutDetail::EWallet && oldType == PayoutDetail::Bank;
    const bool toBank = type == PayoutDetail::Bank && oldType == PayoutDetail::EWallet;
    if (!toWallet && !toBank)
        return result;
    for (const auto &[bankField, walletField] : SharedFields) {
        const Field from = toWallet ? bankField : walletField;
        const Field to = toWallet ? walletField : bankField;
        result.setValue(to, result.value(from));
        result.setValue(from, QString());
    }
    // Fields of the old kind would be sent to nobody: drop them (undo brings them back).
    for (int i = 0; i < FieldCount; ++i) {
        const Field f = Field(i);
        if ((toWallet && isBankField(f)) || (toBank && isWalletField(f)))
            result.setValue(f, QString());
    }
    if (toWallet && result.value(Field::WalletAccountType).isEmpty())
        result.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    if (toBank && result.value(Field::BankAccountType).isEmpty())
        result.setValue(Field::BankAccountType, QStringLiteral("individual"));
    return result;
}

bool BatchModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole && role != RawValueRole)
        return false;
    const std::optional<PayoutDetail> updated = detailWithValue(index, value.toString());
    if (!updated)
        return false;
    setDetail(index.row(), *updated);
    return true;
}

void BatchModel::emitRowChanged(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void BatchModel::setDetail(int row, const PayoutDetail &detail)
{
    Q_ASSERT(row >= 0 && row < m_batch.size());
    const PayoutDetail before = m_batch.detail(row);
    if (before == detail)
        return;
    const bool wasDuplicate = m_batch.isDuplicate(row);
    const bool wasSame = m_same.isShared(row);
    invalidateCache();
    m_batch.replace(row, detail);
    m_same.replace(row, samePaymentKey(row));
    refreshPriorPayment(row);
    refreshBankNote(row);
    refreshPayeeNote(row);

    int first = ColumnCount;
    int last = -1;
    if (before.destinationType() != detail.destinationType()) {
        first = 0;
        last = ColumnCount - 1;
    } else {
        for (int i = 0; i < FieldCount; ++i) {
            const Field f = Field(i);
            if (before.value(f) != detail.value(f)) {
                const int column = columnFor(f);
                first = std::min(first, column);
                last = std::max(last, column);
            }
        }
    }
    // The text changed only in [first, last]; validation of a detail can depend on its other
    // fields (a SWIFT code and its country), so the severities of the whole row may move.
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
    const QList<int> validationRoles = {ValidationRole,   IssuesRole,  PriorPaymentRole,
                                        PayeeWarningRole, PayeeIdRole, PayeeLastPaidRole};
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), validationRoles);
    // A changed order ID can make or break a duplicate elsewhere in the batch.
    if (before.mchOrderId() != detail.mchOrderId() && (wasDuplicate || m_batch.isDuplicate(row)))
        Q_EMIT dataChanged(index(0, MchOrderIdColumn), index(m_batch.size() - 1, MchOrderIdColumn), validationRoles);
    // The row may have made or broken a same-account twin elsewhere.
    if (wasSame || m_same.isShared(row))
        Q_EMIT dataChanged(index(0, AmountColumn), index(m_batch.size() - 1, AmountColumn), validationRoles);
    Q_EMIT contentsChanged();
}

void BatchModel::insertDetails(int row, const QList<PayoutDetail> &details)
{
    if (details.isEmpty())
        return;
    Q_ASSERT(row >= 0 && row <= m_batch.size());
    invalidateCache();
    beginInsertRows({}, row, row + int(details.size()) - 1);
    m_batch.reserve(m_batch.size() + int(details.size()));
    for (qsizetype i = 0; i < details.size(); ++i)
        m_batch.insert(row + int(i), details.at(i));
    noteInsertedRows(row, int(details.size()));
    endInsertRows();
    emitInsertedRowsChanged(int(details.size()));
}

void BatchModel::insertValidated(int row, const Batch &validated)
{
    const int count = validated.size();
    if (count == 0)
        return;
    Q_ASSERT(row >= 0 && row <= m_batch.size());
    invalidateCache();
    beginInsertRows({}, row, row + count - 1);
    m_batch.insertRows(row, validated);
    noteInsertedRows(row, count);
    endInsertRows();
    emitInsertedRowsChanged(count);
}

void BatchModel::noteInsertedRows(int row, int count)
{
    // The per-row warnings kept beside the batch: earlier payments, listed banks, twins.
    m_prior.insert(row, count, QString());
    m_bankNotes.insert(row, count, QString());
    m_payeeNotes.insert(row, count, PayeeNote());
    for (int i = 0; i < count; ++i) {
        // The key first: the prior-payment lookup is asked with it.
        m_same.insert(row + i, samePaymentKey(row + i));
        refreshPriorPayment(row + i);
        refreshBankNote(row + i);
        refreshPayeeNote(row + i);
    }
}

void BatchModel::emitInsertedRowsChanged(int count)
{
    // Inserted order IDs can duplicate existing ones, inserted payments existing payments.
    if (m_batch.size() > count) {
        Q_EMIT dataChanged(index(0, MchOrderIdColumn), index(m_batch.size() - 1, MchOrderIdColumn),
                           {ValidationRole, IssuesRole});
        Q_EMIT dataChanged(index(0, AmountColumn), index(m_batch.size() - 1, AmountColumn),
                           {ValidationRole, IssuesRole});
    }
    Q_EMIT contentsChanged();
}

std::function<QString()> BatchModel::orderIdGenerator()
{
    auto used = std::make_shared<QSet<QString>>();
    used->reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        used->insert(m_batch.detail(row).mchOrderId());
    return [this, used] {
        QString id;
        do {
            id = QStringLiteral("P%1").arg(++m_orderIdCounter, 4, 10, QLatin1Char('0'));
        } while (used->contains(id));
        used->insert(id);
        return id;
    };
}

QList<PayoutDetail> BatchModel::removeDetails(int row, int count)
{
    QList<PayoutDetail> removed;
    if (count <= 0)
        return removed;
    Q_ASSERT(row >= 0 && row + count <= m_batch.size());
    removed.reserve(count);
    invalidateCache();
    beginRemoveRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        removed.append(m_batch.detail(row));
        m_batch.remove(row);
        if (!m_prior.at(row).isEmpty())
            --m_priorCount;
        m_prior.removeAt(row);
        if (!m_bankNotes.at(row).isEmpty())
            --m_bankNoteCount;
        m_bankNotes.removeAt(row);
        if (!m_payeeNotes.at(row).warning.isEmpty())
            --m_payeeWarningCount;
        m_payeeNotes.removeAt(row);
        m_same.remove(row);
    }
    endRemoveRows();
    if (m_batch.size() > 0) {
        Q_EMIT dataChanged(index(0, MchOrderIdColumn), index(m_batch.size() - 1, MchOrderIdColumn),
                           {ValidationRole, IssuesRole});
        Q_EMIT dataChanged(index(0, AmountColumn), index(m_batch.size() - 1, AmountColumn),
                           {ValidationRole, IssuesRole});
    }
    Q_EMIT contentsChanged();
    return removed;
}

QList<PayoutDetail> BatchModel::details() const
{
    QList<PayoutDetail> result;
    result.reserve(m_batch.size());
    for (int row = 0; row < m_batch.size(); ++row)
        result.append(m_batch.detail(row));
    return result;
}

void BatchModel::setHeader(const BatchHeader &header)
{
    if (header == m_batch.header())
        return;
    const bool currencyChanged = header.currency != m_batch.header().currency;
    invalidateCache();
    m_batch.setHeader(header);
    if (currencyChanged && m_batch.size() > 0) {
        // Amounts are displayed with the currency's decimals and providers depend on the
        // currency: every row's text and validation may change.
        rebuildSamePayments();
        for (int row = 0; row < m_batch.size(); ++row)
            refreshPriorPayment(row);
        Q_EMIT dataChanged(index(0, 0), index(m_batch.size() - 1, ColumnCount - 1));
    }
    Q_EMIT headerChanged();
    Q_EMIT contentsChanged();
}

void BatchModel::setAccountNumbersRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    if (m_batch.size() == 0)
        return;
    for (const int column : {AccountNumberColumn, DepositKeyColumn})
        Q_EMIT dataChanged(index(0, column), index(m_batch.size() - 1, column),
                           {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void BatchModel::setPriorPaymentLookup(PriorPaymentLookup lookup)
{
    m_priorLookup = std::move(lookup);
    for (int row = 0; row < m_batch.size(); ++row)
        refreshPriorPayment(row);
    if (m_batch.size() > 0)
        Q_EMIT dataChanged(index(0, AmountColumn), index(m_batch.size() - 1, AmountColumn),
                           {ValidationRole, IssuesRole, PriorPaymentRole});
    Q_EMIT contentsChanged();
}

void BatchModel::refreshPriorPayment(int row)
{
    QString note;
    if (m_priorLookup)
        note = m_priorLookup(m_same.keys().at(row));
    QString &slot = m_prior[row];
    m_priorCount += int(!note.isEmpty()) - int(!slot.isEmpty());
    slot = note;
}

std::optional<SamePaymentIndex::Key> BatchModel::samePaymentKey(int row) const
{
    return SamePaymentIndex::keyOf(*m_validator, m_batch.detail(row),
                                   m_validator->contextFor(m_batch.header().currency));
}

void BatchModel::rebuildSamePayments()
{
    m_same.clear();
    for (int row = 0; row < m_batch.size(); ++row)
        m_same.insert(row, samePaymentKey(row));
}

void BatchModel::setSupportedBanks(const QList<SupportedBank> &banks)
{
    m_bankCheck.setBanks(banks);
    invalidateCache();
    for (int row = 0; row < m_batch.size(); ++row)
        refreshBankNote(row);
    if (m_batch.size() > 0)
        Q_EMIT dataChanged(index(0, SwiftColumn), index(m_batch.size() - 1, SwiftColumn), {ValidationRole, IssuesRole});
    Q_EMIT contentsChanged();
}

void BatchModel::refreshBankNote(int row)
{
    // Without a list there is nothing to look up (imports of many rows pass here).
    const QString note = m_bankCheck.isEmpty() ? QString() : m_bankCheck.note(m_batch.detail(row));
    QString &slot = m_bankNotes[row];
    m_bankNoteCount += int(!note.isEmpty()) - int(!slot.isEmpty());
    slot = note;
}

void BatchModel::setPayeeLookup(PayeeLookup lookup)
{
    m_payeeLookup = std::move(lookup);
    refreshPayees();
}

void BatchModel::refreshPayees()
{
    for (int row = 0; row < m_batch.size(); ++row)
        refreshPayeeNote(row);
    if (m_batch.size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_batch.size() - 1, ColumnCount - 1),
                           {ValidationRole, IssuesRole, PayeeWarningRole, PayeeIdRole, PayeeLastPaidRole});
    Q_EMIT contentsChanged();
}

void BatchModel::refreshKnownPayees()
{
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_batch.size(); ++row) {
        if (m_payeeNotes.at(row).payeeId == 0)
            continue;
        refreshPayeeNote(row);
        first = first < 0 ? row : first;
        last = row;
    }
    if (first < 0)
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1),
                       {ValidationRole, IssuesRole, PayeeWarningRole, PayeeIdRole, PayeeLastPaidRole});
    Q_EMIT contentsChanged();
}

void BatchModel::refreshPayeeNote(int row)
{
    PayeeNote note;
    if (m_payeeLookup)
        note = m_payeeLookup(m_batch.detail(row));
    PayeeNote &slot = m_payeeNotes[row];
    m_payeeWarningCount += int(!note.warning.isEmpty()) - int(!slot.warning.isEmpty());
    slot = std::move(note);
}

QString BatchModel::amountNotes(int row) const
{
    QStringList notes;
    if (!m_prior.value(row).isEmpty())
        notes.append(m_prior.value(row));
    const int other = m_same.otherRow(row);
    if (other >= 0)
        notes.append(tr("Row %1 of this batch pays the same account the same amount.").arg(other + 1));
    return notes.join(u'\n');
}

QModelIndex BatchModel::nextProblem(const QModelIndex &after) const
{
    const int rows = m_batch.size();
    if (rows == 0)
        return {};
    const int startRow = after.isValid() ? after.row() : rows - 1;
    const int startColumn = after.isValid() ? after.column() : ColumnCount - 1;
    // Row-major walk from the cell after `after`, wrapping once, ending on `after` itself.
    for (int step = 0; step <= rows; ++step) {
        const int row = (startRow + step) % rows;
        const bool firstRow = step == 0;
        const bool lastRow = step == rows;
        const ValidationIssues issues = m_batch.issues(row);
        const bool amountNote = !m_prior.at(row).isEmpty() || m_same.isShared(row);
        const bool swiftNote = !m_bankNotes.at(row).isEmpty();
        const bool accountNote = !m_payeeNotes.at(row).warning.isEmpty();
        if (issues.isEmpty() && !amountNote && !swiftNote && !accountNote)
            continue;
        const int from = firstRow ? startColumn + 1 : 0;
        const int to = lastRow ? startColumn : ColumnCount - 1;
        for (int column = from; column <= to; ++column) {
            const std::optional<Field> field = fieldAt(row, column);
            if (!field)
                continue;
            if ((column == AmountColumn && amountNote) || (column == SwiftColumn && swiftNote)
                || (column == AccountNumberColumn && accountNote))
                return index(row, column);
            for (const ValidationIssue &issue : issues) {
                if (issue.field == *field)
                    return index(row, column);
            }
        }
    }
    return {};
}

} // namespace Lesspay::Core
