// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeecompleter.h"

#include "directory/payeedirectory.h"
#include "models/batchmodel.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStandardItemModel>

namespace Lesspay::Ui {

using Core::Field;

PayeeCompleter::PayeeCompleter(const Core::PayeeDirectory &directory, QLineEdit *edit)
    : QCompleter(edit)
    , m_directory(directory)
    , m_entries(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("payeeCompleter"));
    setModel(m_entries);
    // The directory filters (any word, any part of the name); the popup shows what it found.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setCaseSensitivity(Qt::CaseInsensitive);
    // The popup shows name, bank and masked number; the cell takes the holder's name only.
    setCompletionRole(InsertRole);
    setMaxVisibleItems(MaxPayees);
    edit->setCompleter(this);
    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        search(text);
        if (entryCount() > 0)
            complete();
        else
            popup()->hide();
    });
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        Q_EMIT payeePicked(index.data(PayeeIdRole).toLongLong(), index.data(AccountIdRole).toLongLong());
    });
}

void PayeeCompleter::setInsertedText(const QString &text)
{
    m_insertedText = text;
}

int PayeeCompleter::entryCount() const
{
    return m_entries->rowCount();
}

void PayeeCompleter::search(const QString &text)
{
    m_entries->clear();
    if (text.trimmed().isEmpty())
        return;
    const QList<qint64> ids = m_directory.index().search(text, {}, MaxPayees);
    for (const qint64 id : ids) {
        const Core::Payee *payee = m_directory.payee(id);
        for (const Core::PayeeAccount &account : payee->accounts) {
            const Core::PayoutDetail &d = account.detail;
            const QString place = d.isWallet() ? d.value(Field::WalletProvider) : d.value(Field::BankName);
            const QString number = d.isWallet() ? d.value(Field::WalletAccountNumber) : d.value(Field::BankAccountNo);
            // Masked like every list of the console.
            auto *item = new QStandardItem(payee->name + QStringLiteral(" \u00b7 ") + place + u' '
                                           + Core::BatchModel::maskAccountNumber(number));
            item->setData(id, PayeeIdRole);
            item->setData(account.id, AccountIdRole);
            const QString holder =
                Core::PayeeIndex::holderName(d).isEmpty() ? payee->name : Core::PayeeIndex::holderName(d);
            item->setData(holder, HolderRole);
            item->setData(m_insertedText.value_or(holder), InsertRole);
            m_entries->appendRow(item);
        }
    }
}

} // namespace Lesspay::Ui
