// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankrecipientdialog.h"

#include "batchitemdelegate.h"
#include "ui_bankrecipientdialog.h"

#include <QCompleter>
#include <QPushButton>

namespace Lesspay::Ui {

using Core::Field;

namespace {

QCompleter *searchCompleter(const QStringList &entries, QObject *parent)
{
    auto *completer = new QCompleter(entries, parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

} // namespace

BankRecipientDialog::BankRecipientDialog(const Core::DetailValidator &validator, const QString &currency,
                                         QWidget *parent)
    : RecipientDialog(validator, currency, parent)
    , m_ui(std::make_unique<::Ui::BankRecipientDialog>())
{
    m_ui->setupUi(this);
    setUpCommonInputs(m_ui->buttonBox->button(QDialogButtonBox::Ok), m_ui->accountTypeCombo, m_ui->amountEdit);

    QStringList countries;
    const Core::CountryTable &table = validator.referenceData().countries;
    for (const QString &code : table.codes())
        countries.append(code + u"  " + table.name(code));
    m_ui->countryEdit->setCompleter(searchCompleter(countries, m_ui->countryEdit));

    bind(Field::MchOrderId, m_ui->orderIdEdit, m_ui->orderIdEditMessage);
    bind(Field::Amount, m_ui->amountEdit, m_ui->amountEditMessage);
    bind(Field::BankAccountName, m_ui->holderEdit, m_ui->holderEditMessage);
    bind(Field::BankAccountNo, m_ui->accountNumberEdit, m_ui->accountNumberEditMessage);
    bind(Field::BankAccountType, m_ui->accountTypeCombo, m_ui->accountTypeComboMessage);
    bind(Field::BankName, m_ui->bankNameEdit, m_ui->bankNameEditMessage);
    bind(Field::BankCountryCode, m_ui->countryEdit, m_ui->countryEditMessage);
    bind(Field::BankSwiftCode, m_ui->swiftEdit, m_ui->swiftEditMessage);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    revalidate();
}

BankRecipientDialog::~BankRecipientDialog() = default;

void BankRecipientDialog::setBanks(const QList<Core::SupportedBank> &banks)
{
    m_banks = banks;
    m_bankCheck.setBanks(banks);
    revalidate();
    QStringList names;
    for (const Core::SupportedBank &bank : banks)
        names.append(bank.bankName);
    names.removeDuplicates();
    if (names.isEmpty()) {
        m_ui->bankNameEdit->setCompleter(nullptr);
        return;
    }
    auto *completer = searchCompleter(names, m_ui->bankNameEdit);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &BankRecipientDialog::onBankPicked);
    m_ui->bankNameEdit->setCompleter(completer);
}

Core::ValidationIssues BankRecipientDialog::extraIssues(const Core::PayoutDetail &detail) const
{
    const QString note = m_bankCheck.note(detail);
    if (note.isEmpty())
        return {};
    return {{Field::BankSwiftCode, Core::ValidationIssue::Severity::Warning, QStringLiteral("swift.other_listed_bank"),
             note}};
}

void BankRecipientDialog::onBankPicked(const QString &name)
{
    for (const Core::SupportedBank &bank : std::as_const(m_banks)) {
        if (bank.bankName != name)
            continue;
        // Only fill what is still empty: never overwrite what the user typed.
        if (m_ui->countryEdit->text().isEmpty() && !bank.countryCode.isEmpty())
            m_ui->countryEdit->setText(bank.countryCode);
        if (m_ui->swiftEdit->text().isEmpty() && !bank.swiftCode.isEmpty())
            m_ui->swiftEdit->setText(bank.swiftCode);
        return;
    }
}

Core::PayoutDetail BankRecipientDialog::detail() const
{
    Core::PayoutDetail d;
    d.setValue(Field::DestinationType, Core::PayoutDetail::Bank);
    d.setValue(Field::MchOrderId, lineValue(m_ui->orderIdEdit).trimmed());
    d.setValue(Field::Amount, lineValue(m_ui->amountEdit).trimmed());
    d.setValue(Field::BankAccountName, lineValue(m_ui->holderEdit).trimmed());
    d.setValue(Field::BankAccountNo, lineValue(m_ui->accountNumberEdit).trimmed());
    d.setValue(Field::BankAccountType, comboValue(m_ui->accountTypeCombo));
    d.setValue(Field::BankName, lineValue(m_ui->bankNameEdit).trimmed());
    d.setValue(Field::BankCountryCode, BatchItemDelegate::countryCodeFrom(lineValue(m_ui->countryEdit)));
    d.setValue(Field::BankSwiftCode, lineValue(m_ui->swiftEdit).trimmed());
    return d;
}

} // namespace Lesspay::Ui
