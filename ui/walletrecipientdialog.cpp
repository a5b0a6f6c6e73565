// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletrecipientdialog.h"

#include "depositkeyinput.h"
#include "ui_walletrecipientdialog.h"

#include <QPushButton>
#include <QSignalBlocker>

namespace Lesspay::Ui {

using Core::Field;

WalletRecipientDialog::WalletRecipientDialog(const Core::DetailValidator &validator, const QString &currency,
                                             QWidget *parent)
    : RecipientDialog(validator, currency, parent)
    , m_ui(std::make_unique<::Ui::WalletRecipientDialog>())
{
    m_ui->setupUi(this);
    setUpCommonInputs(m_ui->buttonBox->button(QDialogButtonBox::Ok), m_ui->accountTypeCombo, m_ui->amountEdit);

    const QStringList providers = validator.referenceData().providers.providers(currency);
    for (const QString &provider : providers)
        m_ui->providerCombo->addItem(provider, provider);
    if (providers.isEmpty()) {
        m_ui->providerCombo->setPlaceholderText(tr("No e-wallet provider for %1").arg(currency));
        m_ui->providerCombo->setCurrentIndex(-1);
    }
    fillKeyTypes();

    bind(Field::MchOrderId, m_ui->orderIdEdit, m_ui->orderIdEditMessage);
    bind(Field::Amount, m_ui->amountEdit, m_ui->amountEditMessage);
    bind(Field::WalletAccountName, m_ui->holderEdit, m_ui->holderEditMessage);
    bind(Field::WalletAccountNumber, m_ui->walletNumberEdit, m_ui->walletNumberEditMessage);
    bind(Field::WalletAccountType, m_ui->accountTypeCombo, m_ui->accountTypeComboMessage);
    bind(Field::WalletProvider, m_ui->providerCombo, m_ui->providerComboMessage);
    bind(Field::WalletDepositKeyType, m_ui->depositKeyTypeCombo, m_ui->depositKeyTypeComboMessage);
    bind(Field::WalletDepositKey, m_ui->depositKeyEdit, m_ui->depositKeyEditMessage);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillKeyTypes();
        onKeyTypeChanged();
    });
    connect(m_ui->depositKeyTypeCombo, &QComboBox::currentIndexChanged, this, &WalletRecipientDialog::onKeyTypeChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WalletRecipientDialog::acceptNormalized);
    onKeyTypeChanged();
}

WalletRecipientDialog::~WalletRecipientDialog() = default;

void WalletRecipientDialog::fillKeyTypes()
{
    // Only the key types the chosen provider takes are offered (no CPF for GCash); the chosen
    // type stays when the new provider takes it too.
    const QString provider = m_ui->providerCombo->currentIndex() < 0 ? QString() : comboValue(m_ui->providerCombo);
    const QStringList types = validator().referenceData().providers.depositKeyTypes(currency(), provider);
    const QString current = comboValue(m_ui->depositKeyTypeCombo);
    QSignalBlocker blocker(m_ui->depositKeyTypeCombo);
    m_ui->depositKeyTypeCombo->clear();
    for (const QString &type : types)
        m_ui->depositKeyTypeCombo->addItem(DepositKeyInput::typeLabel(type), type);
    m_ui->depositKeyTypeCombo->setCurrentIndex(std::max(0, m_ui->depositKeyTypeCombo->findData(current)));
}

void WalletRecipientDialog::onKeyTypeChanged()
{
    DepositKeyInput::configure(m_ui->depositKeyEdit, comboValue(m_ui->depositKeyTypeCombo));
    revalidate();
}

Core::PayoutDetail WalletRecipientDialog::detail() const
{
    Core::PayoutDetail d;
    d.setValue(Field::DestinationType, Core::PayoutDetail::EWallet);
    d.setValue(Field::MchOrderId, lineValue(m_ui->orderIdEdit).trimmed());
    d.setValue(Field::Amount, lineValue(m_ui->amountEdit).trimmed());
    d.setValue(Field::WalletAccountName, lineValue(m_ui->holderEdit).trimmed());
    d.setValue(Field::WalletAccountNumber, lineValue(m_ui->walletNumberEdit).trimmed());
    d.setValue(Field::WalletAccountType, comboValue(m_ui->accountTypeCombo));
    d.setValue(Field::WalletProvider,
               m_ui->providerCombo->currentIndex() < 0 ? QString() : comboValue(m_ui->providerCombo));
    d.setValue(Field::WalletDepositKeyType, comboValue(m_ui->depositKeyTypeCombo));
    d.setValue(Field::WalletDepositKey,
               m_normalizedKey.isEmpty() ? lineValue(m_ui->depositKeyEdit).trimmed() : m_normalizedKey);
    return d;
}

void WalletRecipientDialog::acceptNormalized()
{
    revalidate();
    if (!isAcceptable())
        return;
    // The key goes into the batch in its wire form (E.164 phone, CPF/CNPJ digits only), so
    // the grid shows exactly what will be sent.
    const Core::PayoutDetail normalized = validator().normalized(detail(), context());
    m_normalizedKey = normalized.value(Field::WalletDepositKey);
    m_ui->depositKeyEdit->setText(m_normalizedKey);
    accept();
}

} // namespace Lesspay::Ui
