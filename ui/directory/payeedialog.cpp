// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payeedialog.h"

#include "journal/logmasker.h"
#include "themecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lesspay::Ui {

using Core::Field;

namespace {

QString accountText(const Core::PayoutDetail &d)
{
    // Masked like every list of the console.
    if (d.isWallet())
        return PayeeDialog::tr("E-wallet %1 %2, %3")
            .arg(d.value(Field::WalletProvider), Core::LogMasker::maskValue(d.value(Field::WalletAccountNumber)),
                 d.value(Field::WalletAccountName));
    return PayeeDialog::tr("Bank %1 (%2) %3, %4")
        .arg(d.value(Field::BankName), d.value(Field::BankSwiftCode),
             Core::LogMasker::maskValue(d.value(Field::BankAccountNo)), d.value(Field::BankAccountName));
}

} // namespace

PayeeDialog::PayeeDialog(const Core::Payee &payee, AccountEditor accountEditor, QWidget *parent)
    : QDialog(parent)
    , m_payee(payee)
    , m_accountEditor(std::move(accountEditor))
    , m_name(new QLineEdit(payee.name, this))
    , m_reference(new QLineEdit(payee.reference, this))
    , m_tags(new QLineEdit(payee.tags.join(QStringLiteral(", ")), this))
    , m_notes(new QPlainTextEdit(payee.notes, this))
    , m_accounts(new QListWidget(this))
    , m_edit(new QPushButton(tr("E&dit account\u2026"), this))
    , m_remove(new QPushButton(tr("Re&move account"), this))
    , m_ok(nullptr)
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("payeeDialog"));
    setWindowTitle(payee.id ? tr("Edit payee") : tr("New payee"));
    resize(640, 480);
    m_name->setObjectName(QStringLiteral("payeeNameEdit"));
    m_reference->setObjectName(QStringLiteral("payeeReferenceEdit"));
    m_reference->setPlaceholderText(tr("Your own reference, like a supplier number"));
    m_tags->setObjectName(QStringLiteral("payeeTagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated, like suppliers, monthly"));
    m_notes->setObjectName(QStringLiteral("payeeNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_accounts->setObjectName(QStringLiteral("payeeAccountList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_problem->setObjectName(QStringLiteral("payeeProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ThemeColors::errorTextStyle(m_problem->palette()));

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        field->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        form->addRow(l, field);
    };
    row(tr("&Name:"), m_name);
    row(tr("&Reference:"), m_reference);
    row(tr("&Tags:"), m_tags);
    row(tr("N&otes:"), m_notes);
    row(tr("A&ccounts:"), m_accounts);

    auto *addBank = new QPushButton(tr("Add &bank account\u2026"), this);
    addBank->setObjectName(QStringLiteral("addBankAccountButton"));
    auto *addWallet = new QPushButton(tr("Add &e-wallet account\u2026"), this);
    addWallet->setObjectName(QStringLiteral("addWalletAccountButton"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    addBank->setEnabled(bool(m_accountEditor));
    addWallet->setEnabled(bool(m_accountEditor));
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(addBank);
    accountButtons->addWidget(addWallet);
    accountButtons->addWidget(m_edit);
    accountButtons->addWidget(m_remove);
    accountButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(accountButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(addBank, &QPushButton::clicked, this, [this] { addAccount(Core::PayoutDetail::Bank); });
    connect(addWallet, &QPushButton::clicked, this, [this] { addAccount(Core::PayoutDetail::EWallet); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editAccount(m_accounts->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAccount(m_accounts->currentRow()); });
    connect(m_accounts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { editAccount(m_accounts->row(item)); });
    connect(m_accounts, &QListWidget::currentRowChanged, this, &PayeeDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &PayeeDialog::revalidate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshAccounts();
}

PayeeDialog::~PayeeDialog() = default;

Core::Payee PayeeDialog::payee() const
{
    Core::Payee out = m_payee;
    out.name = m_name->text().simplified();
    out.reference = m_reference->text().trimmed();
    out.notes = m_notes->toPlainText();
    out.tags.clear();
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !out.tags.contains(t, Qt::CaseInsensitive))
            out.tags.append(t);
    }
    return out;
}

QString PayeeDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("A payee needs a name.");
    if (m_payee.accounts.isEmpty())
        return tr("A payee needs at least one bank or e-wallet account.");
    return {};
}

void PayeeDialog::addAccount(const QString &destinationType)
{
    if (!m_accountEditor)
        return;
    Core::PayoutDetail blank;
    blank.setValue(Field::DestinationType, destinationType);
    // The holder is usually the payee: start from the name typed above.
    blank.setValue(destinationType == Core::PayoutDetail::EWallet ? Field::WalletAccountName : Field::BankAccountName,
                   m_name->text().simplified());
    const std::optional<Core::PayoutDetail> account = m_accountEditor(this, blank);
    if (!account)
        return;
    m_payee.accounts.append({0, *account, 0, 0});
    refreshAccounts();
    m_accounts->setCurrentRow(m_accounts->count() - 1);
}

void PayeeDialog::editAccount(int index)
{
    if (!m_accountEditor || index < 0 || index >= m_payee.accounts.size())
        return;
    const std::optional<Core::PayoutDetail> account = m_accountEditor(this, m_payee.accounts.at(index).detail);
    if (!account)
        return;
    m_payee.accounts[index].detail = *account; // the id stays: saving records what changed
    refreshAccounts();
    m_accounts->setCurrentRow(index);
}

void PayeeDialog::removeAccount(int index)
{
    if (index < 0 || index >= m_payee.accounts.size())
        return;
    m_payee.accounts.removeAt(index);
    refreshAccounts();
    m_accounts->setCurrentRow(std::min(index, int(m_accounts->count()) - 1));
}

void PayeeDialog::refreshAccounts()
{
    m_accounts->clear();
    for (const Core::PayeeAccount &account : std::as_const(m_payee.accounts))
        m_accounts->addItem(accountText(account.detail));
    revalidate();
}

void PayeeDialog::revalidate()
{
    const bool selected = m_accounts->currentRow() >= 0;
    m_edit->setEnabled(selected && bool(m_accountEditor));
    m_remove->setEnabled(selected);
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

} // namespace Lesspay::Ui
