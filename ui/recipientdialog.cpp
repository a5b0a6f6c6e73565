// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientdialog.h"

#include "money/amount.h"
#include "themecolors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

namespace Lesspay::Ui {

using Core::Field;

RecipientDialog::RecipientDialog(const Core::DetailValidator &validator, const QString &currency, QWidget *parent)
    : QDialog(parent)
    , m_validator(validator)
    , m_currency(currency)
    , m_context(validator.contextFor(currency))
{}

RecipientDialog::~RecipientDialog() = default;

void RecipientDialog::bind(Field field, QWidget *input, QLabel *message)
{
    m_bindings.insert(int(field), {input, message});
    message->clear();
    message->setStyleSheet(ThemeColors::errorTextStyle(message->palette())); // readable on light and dark
    message->setAccessibleName(tr("%1 problem").arg(Core::fieldLabel(field)));
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] { touch(field); });
        connect(edit, &QLineEdit::textChanged, this, &RecipientDialog::revalidate);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { touch(field); });
    }
}

void RecipientDialog::setUpCommonInputs(QAbstractButton *ok, QComboBox *accountTypes, QLineEdit *amount)
{
    m_ok = ok;
    m_ok->setObjectName(QStringLiteral("okButton"));

    // The form lists the choices (translated); the API values ride along as item data.
    const QStringList values = {QStringLiteral("individual"), QStringLiteral("business")};
    for (int i = 0; i < accountTypes->count() && i < values.size(); ++i)
        accountTypes->setItemData(i, values.at(i));

    // Amounts of a batch are shown and sent in one form, whatever the locale: digits and a point ("1234.56",
    // as in the grid and the CSV). The placeholder says so; anything else typed stays as typed and is
    // reported by the validator (a comma, a group separator), rather than swallowed by an input mask that
    // would turn "1.000,50" into "1.00".
    amount->setPlaceholderText(
        tr("Amount in %1, like %2").arg(m_currency, Core::Amount::format(123456, m_context.decimals)));
}

QString RecipientDialog::comboValue(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? data.toString() : combo->currentText();
}

QString RecipientDialog::lineValue(const QLineEdit *edit)
{
    return edit->text();
}

void RecipientDialog::setOrderId(const QString &id)
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_bindings.value(int(Field::MchOrderId)).input))
        edit->setText(id);
}

bool RecipientDialog::isAcceptable() const
{
    return m_acceptable;
}

QString RecipientDialog::messageFor(Field field) const
{
    const QLabel *label = m_bindings.value(int(field)).message;
    return label ? label->text() : QString();
}

void RecipientDialog::setAccountOnly(bool accountOnly)
{
    m_accountOnly = accountOnly;
    for (const Field field : {Field::MchOrderId, Field::Amount}) {
        const Binding binding = m_bindings.value(int(field));
        if (!binding.input)
            continue;
        binding.input->setVisible(!accountOnly);
        binding.message->setVisible(!accountOnly);
        const QList<QLabel *> labels = findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->buddy() == binding.input)
                label->setVisible(!accountOnly);
        }
    }
    revalidate();
}

void RecipientDialog::setDetail(const Core::PayoutDetail &detail)
{
    // In field order: a wallet's provider before its key type, whose choices follow the provider.
    for (int f = 0; f < Core::FieldCount; ++f) {
        const Binding binding = m_bindings.value(f);
        const QString value = detail.value(Field(f));
        if (auto *edit = qobject_cast<QLineEdit *>(binding.input)) {
            edit->setText(value);
        } else if (auto *combo = qobject_cast<QComboBox *>(binding.input); combo && !value.isEmpty()) {
            // An empty value keeps the form's default choice (a new account starts as individual).
            int at = combo->findData(value);
            if (at < 0)
                at = combo->findText(value, Qt::MatchFixedString);
            if (at < 0) {
                // Keep a saved value visible even when it is no longer a choice; the rules judge it.
                combo->addItem(value, value);
                at = combo->count() - 1;
            }
            combo->setCurrentIndex(at);
        }
    }
    revalidate();
}

void RecipientDialog::touch(Field field)
{
    m_touched.insert(int(field));
    revalidate();
}

Core::ValidationIssues RecipientDialog::extraIssues(const Core::PayoutDetail &) const
{
    return {};
}

void RecipientDialog::revalidate()
{
    const Core::PayoutDetail current = detail();
    Core::ValidationIssues issues = m_validator.validate(current, m_context);
    issues += extraIssues(current);
    QHash<int, QStringList> messages;
    QSet<int> fieldsWithErrors;
    bool errors = false;
    for (const Core::ValidationIssue &issue : issues) {
        // Rules about fields this form does not show cannot be fixed here.
        if (!m_bindings.contains(int(issue.field)))
            continue;
        if (m_accountOnly && (issue.field == Field::MchOrderId || issue.field == Field::Amount))
            continue;
        errors = errors || issue.isError();
        if (issue.isError())
            fieldsWithErrors.insert(int(issue.field));
        messages[int(issue.field)].append(issue.message);
    }
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        const bool show = m_touched.contains(it.key()) || !current.value(Field(it.key())).isEmpty();
        const QString text = show ? messages.value(it.key()).join(u'\n') : QString();
        it->message->setText(text);
        // Red for what blocks OK, amber for a warning that only asks for a second look.
        it->message->setStyleSheet(fieldsWithErrors.contains(it.key())
                                       ? ThemeColors::errorTextStyle(it->message->palette())
                                       : ThemeColors::warningTextStyle(it->message->palette()));
        it->input->setToolTip(text);
        it->input->setAccessibleDescription(text);
    }
    m_acceptable = !errors;
    if (m_ok)
        m_ok->setEnabled(m_acceptable);
}

} // namespace Lesspay::Ui
