// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

#include <optional>

class QLineEdit;
class QStandardItemModel;

namespace Lesspay::Core {
class PayeeDirectory;
}

namespace Lesspay::Ui {

// Type-ahead over the recipient directory for a line edit: as the user types, the saved payees
// whose name, reference or tags contain the words typed are offered, one entry per account
// ("Juan Dela Cruz · BDO Unibank •••• 7890"); picking one says which payee and account.
class PayeeCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayeeCompleter)

public:
    static constexpr int MaxPayees = 12;
    enum Role { PayeeIdRole = Qt::UserRole + 1, AccountIdRole, HolderRole, InsertRole };

    PayeeCompleter(const Core::PayeeDirectory &directory, QLineEdit *edit);

    // What the cell takes when an entry is picked: the holder's name (the holder-name cell), or
    // this fixed text (the order cell keeps its order ID: the words typed only searched).
    void setInsertedText(const QString &text);

    // Fills the list for a text (what typing does); public for tests and other callers.
    void search(const QString &text);
    int entryCount() const;

Q_SIGNALS:
    void payeePicked(qint64 payeeId, qint64 accountId);

private:
    const Core::PayeeDirectory &m_directory;
    QStandardItemModel *m_entries;
    std::optional<QString> m_insertedText;
};

} // namespace Lesspay::Ui
