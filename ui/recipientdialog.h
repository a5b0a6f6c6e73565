// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/detailvalidator.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QAbstractButton;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Lesspay::Ui {

// What the bank and e-wallet recipient forms share: every input is tied to a Field, the core's
// DetailValidator judges the detail on each keystroke, each message appears beside its field
// once the user has touched it (or tried to accept), and OK stays disabled while any field
// has an error.
class RecipientDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientDialog)

public:
    ~RecipientDialog() override;

    // The detail as entered (after the type-specific normalisation of accept()).
    virtual Core::PayoutDetail detail() const = 0;
    void setOrderId(const QString &id);
    // Whether OK is enabled right now.
    bool isAcceptable() const;
    // The message shown beside a field, empty when none.
    QString messageFor(Core::Field field) const;

    // A saved payout account rather than a payout: the order ID and amount rows are hidden and
    // not judged; every account field is checked by the same rules as a batch row.
    void setAccountOnly(bool accountOnly);
    bool isAccountOnly() const { return m_accountOnly; }
    // Fills the form from a detail (an account to edit): every field the form shows.
    void setDetail(const Core::PayoutDetail &detail);

protected:
    RecipientDialog(const Core::DetailValidator &validator, const QString &currency, QWidget *parent);

    // Called by subclasses once their form exists: the inputs both forms have (OK, the account
    // type choices, the amount with the currency's decimals), then each field with its message.
    void setUpCommonInputs(QAbstractButton *ok, QComboBox *accountTypes, QLineEdit *amount);
    void bind(Core::Field field, QWidget *input, QLabel *message);
    static QString comboValue(const QComboBox *combo);
    static QString lineValue(const QLineEdit *edit);

    const Core::DetailValidator &validator() const { return m_validator; }
    const Core::DetailValidator::Context &context() const { return m_context; }
    const QString &currency() const { return m_currency; }
    // Warnings beyond the validator's own (the supported-banks list, say) for the detail.
    virtual Core::ValidationIssues extraIssues(const Core::PayoutDetail &detail) const;

public Q_SLOTS:
    void revalidate();

private:
    struct Binding
    {
        QWidget *input = nullptr;
        QLabel *message = nullptr;
    };

    void touch(Core::Field field);

    const Core::DetailValidator &m_validator;
    QString m_currency;
    Core::DetailValidator::Context m_context;
    QHash<int, Binding> m_bindings;
    QSet<int> m_touched;
    QAbstractButton *m_ok = nullptr;
    bool m_acceptable = false;
    bool m_accountOnly = false;
};

} // namespace Lesspay::Ui
