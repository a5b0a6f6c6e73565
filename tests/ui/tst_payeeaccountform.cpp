// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankrecipientdialog.h"
#include "domain/detailvalidator.h"
#include "payeeaccountform.h"
#include "scripteddialogs.h"
#include "walletrecipientdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

namespace {

PayoutDetail bankAccount(const QString &number, const QString &swift)
{
    PayoutDetail d;
    d.setValue(Field::DestinationType, PayoutDetail::Bank);
    d.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    d.setValue(Field::BankAccountNo, number);
    d.setValue(Field::BankAccountType, QStringLiteral("business"));
    d.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    d.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    d.setValue(Field::BankSwiftCode, swift);
    return d;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1StringView(name));
}

} // namespace

// A saved payee's account in the recipient forms: no order ID or amount, the same rules as a row.
class tst_PayeeAccountForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void edit_savedBankAccount_formFilledWithoutOrderAndAmount();
    void edit_invalidSwift_okDisabledAndNothingReturned();
    void edit_newWalletAccount_keyNormalized();

private:
    std::unique_ptr<DetailValidator> m_validator;
};

void tst_PayeeAccountForm::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
}

void tst_PayeeAccountForm::edit_savedBankAccount_formFilledWithoutOrderAndAmount()
{
    ScriptedDialogs dialogs;
    bool checked = false;
    dialogs.answer = [&checked](QDialog &dialog) {
        auto *form = qobject_cast<BankRecipientDialog *>(&dialog);
        if (!form)
            return int(QDialog::Rejected);
        form->show();
        // The payout's own fields are neither shown nor judged.
        checked = child<QLineEdit>(form, "orderIdEdit")->isHidden() && child<QLineEdit>(form, "amountEdit")->isHidden()
                  && child<QLabel>(form, "orderIdEditLabel")->isHidden()
                  && child<QLabel>(form, "amountEditLabel")->isHidden()
                  && child<QLineEdit>(form, "accountNumberEdit")->text() == QStringLiteral("001234567890")
                  && child<QComboBox>(form, "accountTypeCombo")->currentData().toString() == QStringLiteral("business")
                  && child<QLineEdit>(form, "swiftEdit")->text() == QStringLiteral("BNORPHMM");
        auto *number = child<QLineEdit>(form, "accountNumberEdit");
        number->clear();
        QTest::keyClicks(number, QStringLiteral("009988776655"));
        auto *ok = child<QPushButton>(form, "okButton");
        if (!ok->isEnabled())
            return int(QDialog::Rejected);
        ok->click();
        return form->result();
    };
    const PayeeAccountForm form(dialogs, *m_validator, QStringLiteral("PHP"));
    const std::optional<PayoutDetail> edited =
        form.edit(nullptr, bankAccount(QStringLiteral("001234567890"), QStringLiteral("BNORPHMM")));
    QVERIFY(checked);
    QVERIFY(edited);
    QCOMPARE(edited->value(Field::BankAccountNo), QStringLiteral("009988776655"));
    QCOMPARE(edited->value(Field::BankAccountType), QStringLiteral("business"));
    QCOMPARE(edited->destinationType(), PayoutDetail::Bank);
    QVERIFY(edited->mchOrderId().isEmpty());
    QVERIFY(edited->amount().isEmpty());
    QVERIFY(dialogs.seen.first().startsWith(QStringLiteral("payeeAccountDialog: ")));
}

void tst_PayeeAccountForm::edit_invalidSwift_okDisabledAndNothingReturned()
{
    ScriptedDialogs dialogs;
    bool okEnabled = true;
    QString message;
    dialogs.answer = [&](QDialog &dialog) {
        auto *form = qobject_cast<RecipientDialog *>(&dialog);
        okEnabled = child<QPushButton>(form, "okButton")->isEnabled();
        message = form->messageFor(Field::BankSwiftCode);
        return int(QDialog::Rejected);
    };
    const PayeeAccountForm form(dialogs, *m_validator, QStringLiteral("PHP"));
    QVERIFY(!form.edit(nullptr, bankAccount(QStringLiteral("001234567890"), QStringLiteral("BNOR"))));
    QVERIFY(!okEnabled);
    QVERIFY(!message.isEmpty());
}

void tst_PayeeAccountForm::edit_newWalletAccount_keyNormalized()
{
    ScriptedDialogs dialogs;
    dialogs.answer = [](QDialog &dialog) {
        auto *form = qobject_cast<WalletRecipientDialog *>(&dialog);
        if (!form)
            return int(QDialog::Rejected);
        QTest::keyClicks(child<QLineEdit>(form, "walletNumberEdit"), QStringLiteral("09171234567"));
        auto *providers = child<QComboBox>(form, "providerCombo");
        providers->setCurrentIndex(providers->findData(QStringLiteral("GCash")));
        auto *types = child<QComboBox>(form, "depositKeyTypeCombo");
        types->setCurrentIndex(types->findData(QStringLiteral("phone")));
        QTest::keyClicks(child<QLineEdit>(form, "depositKeyEdit"), QStringLiteral("+63 917 123 4567"));
        auto *ok = child<QPushButton>(form, "okButton");
        if (!ok->isEnabled())
            return int(QDialog::Rejected);
        ok->click();
        return form->result();
    };
    PayoutDetail blank;
    blank.setValue(Field::DestinationType, PayoutDetail::EWallet);
    blank.setValue(Field::WalletAccountName, QStringLiteral("Maria Santos"));
    const PayeeAccountForm form(dialogs, *m_validator, QStringLiteral("PHP"));
    const std::optional<PayoutDetail> added = form.edit(nullptr, blank);
    QVERIFY(added);
    QCOMPARE(added->value(Field::WalletAccountName), QStringLiteral("Maria Santos"));
    QCOMPARE(added->value(Field::WalletProvider), QStringLiteral("GCash"));
    QCOMPARE(added->value(Field::WalletDepositKey), QStringLiteral("+639171234567"));
    QVERIFY(added->isWallet());
}

QTEST_MAIN(tst_PayeeAccountForm)
#include "tst_payeeaccountform.moc"
