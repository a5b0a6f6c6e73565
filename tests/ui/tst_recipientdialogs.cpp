// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankrecipientdialog.h"
#include "themecolors.h"
#include "walletrecipientdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Lesspay::Core;
using namespace Lesspay::Ui;

class tst_RecipientDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bankDialog_validInput_enablesOk();
    void bankDialog_invalidSwift_showsMessageAndDisablesOk();
    void bankDialog_untouchedFields_showNoMessages();
    void bankDialog_swiftOfAnotherListedBank_warnsAndKeepsOkEnabled();
    void walletDialog_providers_followCurrency_data();
    void walletDialog_providers_followCurrency();
    void walletDialog_keyType_setsPlaceholderAndValidator_data();
    void walletDialog_keyType_setsPlaceholderAndValidator();
    void walletDialog_phoneKey_isNormalizedOnAccept();
    void walletDialog_invalidCpf_disablesOk();
    void commonInputs_eitherDialog_keepTypedAmountAndCarryApiValues_data();
    void commonInputs_eitherDialog_keepTypedAmountAndCarryApiValues();
    void walletDialog_keyTypes_followProvider_data();
    void walletDialog_keyTypes_followProvider();
    void walletDialog_keyOfAnotherCountry_isAnErrorAndDisablesOk();
    void walletDialog_warning_isInWarningColourAndKeepsOkEnabled();

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("missing child %s", name);
        return found;
    }
    static void type(QWidget *parent, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(parent, name);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }
    static void fillValidWallet(WalletRecipientDialog &dialog)
    {
        type(&dialog, "amountEdit", QStringLiteral("250.75"));
        type(&dialog, "holderEdit", QStringLiteral("Maria Santos"));
        type(&dialog, "walletNumberEdit", QStringLiteral("+639171234567"));
    }

    std::unique_ptr<DetailValidator> m_validator;
};

void tst_RecipientDialogs::initTestCase()
{
    m_validator = std::make_unique<DetailValidator>(ReferenceData::builtin());
}

void tst_RecipientDialogs::bankDialog_validInput_enablesOk()
{
    BankRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("P0001"));
    auto *ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY(!ok->isEnabled());
    type(&dialog, "amountEdit", QStringLiteral("1500.00"));
    type(&dialog, "holderEdit", QStringLiteral("Juan Dela Cruz"));
    type(&dialog, "accountNumberEdit", QStringLiteral("001234567890"));
    type(&dialog, "bankNameEdit", QStringLiteral("BDO Unibank"));
    type(&dialog, "countryEdit", QStringLiteral("PH"));
    QVERIFY(!ok->isEnabled());
    type(&dialog, "swiftEdit", QStringLiteral("BNORPHMM"));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.messageFor(Field::BankSwiftCode)));
    const PayoutDetail d = dialog.detail();
    QCOMPARE(d.destinationType(), PayoutDetail::Bank);
    QCOMPARE(d.value(Field::BankCountryCode), QStringLiteral("PH"));
    QCOMPARE(d.value(Field::BankAccountType), QStringLiteral("individual"));
    QCOMPARE(d.mchOrderId(), QStringLiteral("P0001"));
}

void tst_RecipientDialogs::bankDialog_invalidSwift_showsMessageAndDisablesOk()
{
    BankRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("P0001"));
    type(&dialog, "amountEdit", QStringLiteral("10"));
    type(&dialog, "holderEdit", QStringLiteral("Juan Dela Cruz"));
    type(&dialog, "accountNumberEdit", QStringLiteral("001234567890"));
    type(&dialog, "bankNameEdit", QStringLiteral("BDO Unibank"));
    type(&dialog, "countryEdit", QStringLiteral("PH"));
    type(&dialog, "swiftEdit", QStringLiteral("BNO"));
    auto *message = child<QLabel>(&dialog, "swiftEditMessage");
    QVERIFY(!message->text().isEmpty());
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "holderEditMessage")->text().isEmpty());
    // Finishing the code clears the message as the user types.
    type(&dialog, "swiftEdit", QStringLiteral("RPHMM"));
    QVERIFY(message->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
}

void tst_RecipientDialogs::bankDialog_swiftOfAnotherListedBank_warnsAndKeepsOkEnabled()
{
    BankRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("P0001"));
    SupportedBank bdo;
    bdo.bankName = QStringLiteral("BDO Unibank");
    bdo.swiftCode = QStringLiteral("BNORPHMM");
    bdo.countryCode = QStringLiteral("PH");
    SupportedBank landBank;
    landBank.bankName = QStringLiteral("Land Bank of the Philippines");
    landBank.swiftCode = QStringLiteral("TLBPPHMM");
    landBank.countryCode = QStringLiteral("PH");
    dialog.setBanks({bdo, landBank});
    type(&dialog, "amountEdit", QStringLiteral("10"));
    type(&dialog, "holderEdit", QStringLiteral("Juan Dela Cruz"));
    type(&dialog, "accountNumberEdit", QStringLiteral("001234567890"));
    type(&dialog, "bankNameEdit", QStringLiteral("BDO Unibank"));
    type(&dialog, "countryEdit", QStringLiteral("PH"));
    type(&dialog, "swiftEdit", QStringLiteral("TLBPPHMM"));
    // The same words as the grid's warning, in the warning colour; OK stays enabled.
    const QString message = child<QLabel>(&dialog, "swiftEditMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("TLBPPHMM")) && message.contains(QStringLiteral("Land Bank"))
                 && message.contains(QStringLiteral("BDO Unibank")),
             qPrintable(message));
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    // The bank's own code: no warning.
    child<QLineEdit>(&dialog, "swiftEdit")->clear();
    type(&dialog, "swiftEdit", QStringLiteral("BNORPHMM"));
    QVERIFY(child<QLabel>(&dialog, "swiftEditMessage")->text().isEmpty());
}

void tst_RecipientDialogs::bankDialog_untouchedFields_showNoMessages()
{
    BankRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    type(&dialog, "amountEdit", QStringLiteral("5"));
    QVERIFY(child<QLabel>(&dialog, "swiftEditMessage")->text().isEmpty());
    QVERIFY(child<QLabel>(&dialog, "amountEditMessage")->text().isEmpty());
    child<QLineEdit>(&dialog, "amountEdit")->clear();
    type(&dialog, "amountEdit", QStringLiteral("0"));
    QVERIFY(!child<QLabel>(&dialog, "amountEditMessage")->text().isEmpty());
}

void tst_RecipientDialogs::walletDialog_providers_followCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("providers");
    QTest::newRow("PHP") << QStringLiteral("PHP")
                         << QStringList{QStringLiteral("GCash"), QStringLiteral("GrabPay"), QStringLiteral("PayMaya")};
    QTest::newRow("IDR") << QStringLiteral("IDR") << QStringList{QStringLiteral("Gopay"), QStringLiteral("ShopeePay")};
    QTest::newRow("USD") << QStringLiteral("USD") << QStringList{};
}

void tst_RecipientDialogs::walletDialog_providers_followCurrency()
{
    QFETCH(QString, currency);
    QFETCH(QStringList, providers);
    WalletRecipientDialog dialog(*m_validator, currency);
    auto *combo = child<QComboBox>(&dialog, "providerCombo");
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(combo->itemText(i));
    QCOMPARE(shown, providers);
}

void tst_RecipientDialogs::walletDialog_keyType_setsPlaceholderAndValidator_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kept");
    QTest::newRow("cpf drops letters") << QStringLiteral("cpf") << QStringLiteral("12a3") << QStringLiteral("123");
    QTest::newRow("phone keeps plus") << QStringLiteral("phone") << QStringLiteral("+63x9") << QStringLiteral("+639");
    QTest::newRow("random keeps hex") << QStringLiteral("random") << QStringLiteral("ab-zq1") << QStringLiteral("ab-1");
    QTest::newRow("email drops spaces") << QStringLiteral("email") << QStringLiteral("a b@c") << QStringLiteral("ab@c");
}

void tst_RecipientDialogs::walletDialog_keyType_setsPlaceholderAndValidator()
{
    QFETCH(QString, type);
    QFETCH(QString, typed);
    QFETCH(QString, kept);
    // PIX (BRL) takes every key type.
    WalletRecipientDialog dialog(*m_validator, QStringLiteral("BRL"));
    auto *types = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    types->setCurrentIndex(types->findData(type));
    auto *key = child<QLineEdit>(&dialog, "depositKeyEdit");
    QVERIFY(!key->placeholderText().isEmpty());
    QTest::keyClicks(key, typed);
    QCOMPARE(key->text(), kept);
}

void tst_RecipientDialogs::walletDialog_phoneKey_isNormalizedOnAccept()
{
    WalletRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("W1"));
    fillValidWallet(dialog);
    auto *types = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    types->setCurrentIndex(types->findData(QStringLiteral("phone")));
    type(&dialog, "depositKeyEdit", QStringLiteral("+63 917 123 4567"));
    auto *ok = child<QPushButton>(&dialog, "okButton");
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.messageFor(Field::WalletDepositKey)));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const PayoutDetail d = dialog.detail();
    QCOMPARE(d.value(Field::WalletDepositKey), QStringLiteral("+639171234567"));
    QCOMPARE(d.value(Field::WalletProvider), QStringLiteral("GCash"));
    QCOMPARE(d.destinationType(), PayoutDetail::EWallet);
}

void tst_RecipientDialogs::walletDialog_invalidCpf_disablesOk()
{
    WalletRecipientDialog dialog(*m_validator, QStringLiteral("BRL"));
    dialog.setOrderId(QStringLiteral("W1"));
    fillValidWallet(dialog);
    auto *types = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    types->setCurrentIndex(types->findData(QStringLiteral("cpf")));
    type(&dialog, "depositKeyEdit", QStringLiteral("111.444.777-00"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "depositKeyEditMessage")->text().isEmpty());
    child<QLineEdit>(&dialog, "depositKeyEdit")->clear();
    type(&dialog, "depositKeyEdit", QStringLiteral("111.444.777-35"));
    QVERIFY2(child<QPushButton>(&dialog, "okButton")->isEnabled(),
             qPrintable(dialog.messageFor(Field::WalletDepositKey)));
}

void tst_RecipientDialogs::commonInputs_eitherDialog_keepTypedAmountAndCarryApiValues_data()
{
    QTest::addColumn<bool>("wallet");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("example");
    QTest::newRow("bank PHP") << false << QStringLiteral("PHP") << QStringLiteral("1234.56") << true
                              << QStringLiteral("1234.56");
    QTest::newRow("wallet IDR") << true << QStringLiteral("IDR") << QStringLiteral("9470000") << true
                                << QStringLiteral("1234.56");
    // Formerly cut to "12.34" and "15" by an input mask: a different amount than the one typed.
    QTest::newRow("bank PHP too many decimals")
        << false << QStringLiteral("PHP") << QStringLiteral("12.345") << false << QStringLiteral("1234.56");
    // Typed 2500.505 showed 2500.50 with no error.
    QTest::newRow("wallet PHP 2500.505") << true << QStringLiteral("PHP") << QStringLiteral("2500.505") << false
                                         << QStringLiteral("1234.56");
    QTest::newRow("wallet VND no decimals")
        << true << QStringLiteral("VND") << QStringLiteral("1.5") << false << QStringLiteral("123456");
    QTest::newRow("bank JOD") << false << QStringLiteral("JOD") << QStringLiteral("1.2345") << false
                              << QStringLiteral("123.456");
    // As an Indonesian system shows amounts: kept as typed and reported, never read as 1.23456 or 123456.
    QTest::newRow("bank IDR locale form")
        << false << QStringLiteral("IDR") << QStringLiteral("1.234,56") << false << QStringLiteral("1234.56");
    QTest::newRow("wallet PHP grouped") << true << QStringLiteral("PHP") << QStringLiteral("1,234.56") << false
                                        << QStringLiteral("1234.56");
}

void tst_RecipientDialogs::commonInputs_eitherDialog_keepTypedAmountAndCarryApiValues()
{
    QFETCH(bool, wallet);
    QFETCH(QString, currency);
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, example);
    const QLocale original;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const auto restore = qScopeGuard([&original] { QLocale::setDefault(original); });
    std::unique_ptr<RecipientDialog> dialog;
    if (wallet)
        dialog = std::make_unique<WalletRecipientDialog>(*m_validator, currency, nullptr);
    else
        dialog = std::make_unique<BankRecipientDialog>(*m_validator, currency, nullptr);
    // The amount is taken in the API form, in any locale; the placeholder says which, with the currency's
    // decimals. What is typed is never changed: a wrong form is an error, not a guess.
    auto *amount = child<QLineEdit>(dialog.get(), "amountEdit");
    QVERIFY2(amount->placeholderText().contains(currency) && amount->placeholderText().contains(example),
             qPrintable(amount->placeholderText()));
    type(dialog.get(), "amountEdit", typed);
    QCOMPARE(amount->text(), typed);
    QCOMPARE(dialog->detail().value(Field::Amount), typed);
    QCOMPARE(child<QLabel>(dialog.get(), "amountEditMessage")->text().isEmpty(), valid);
    // The account type list shows words; the detail carries the API value.
    auto *types = child<QComboBox>(dialog.get(), "accountTypeCombo");
    types->setCurrentIndex(1);
    const Field typeField = wallet ? Field::WalletAccountType : Field::BankAccountType;
    QCOMPARE(dialog->detail().value(typeField), QStringLiteral("business"));
    QVERIFY(child<QPushButton>(dialog.get(), "okButton"));
}

void tst_RecipientDialogs::walletDialog_keyTypes_followProvider_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QStringList>("types");
    const QStringList local = {QStringLiteral("phone"), QStringLiteral("email")};
    QTest::newRow("GCash") << QStringLiteral("PHP") << QStringLiteral("GCash") << local;
    QTest::newRow("PayMaya") << QStringLiteral("PHP") << QStringLiteral("PayMaya") << local;
    QTest::newRow("ShopeePay") << QStringLiteral("IDR") << QStringLiteral("ShopeePay") << local;
    QTest::newRow("PIX") << QStringLiteral("BRL") << QStringLiteral("PIX")
                         << QStringList{QStringLiteral("cpf"), QStringLiteral("cnpj"), QStringLiteral("email"),
                                        QStringLiteral("phone"), QStringLiteral("random")};
}

void tst_RecipientDialogs::walletDialog_keyTypes_followProvider()
{
    QFETCH(QString, currency);
    QFETCH(QString, provider);
    QFETCH(QStringList, types);
    WalletRecipientDialog dialog(*m_validator, currency);
    auto *providers = child<QComboBox>(&dialog, "providerCombo");
    providers->setCurrentIndex(providers->findData(provider));
    auto *keyTypes = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    QStringList offered;
    for (int i = 0; i < keyTypes->count(); ++i)
        offered.append(keyTypes->itemData(i).toString());
    QCOMPARE(offered, types);
}

void tst_RecipientDialogs::walletDialog_keyOfAnotherCountry_isAnErrorAndDisablesOk()
{
    // A PayMaya wallet (PHP) with an Indonesian key was sent with 0 errors.
    WalletRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("W1"));
    type(&dialog, "amountEdit", QStringLiteral("250.75"));
    type(&dialog, "holderEdit", QStringLiteral("Maria Santos"));
    type(&dialog, "walletNumberEdit", QStringLiteral("+6281234567890"));
    auto *providers = child<QComboBox>(&dialog, "providerCombo");
    providers->setCurrentIndex(providers->findData(QStringLiteral("PayMaya")));
    auto *types = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    types->setCurrentIndex(types->findData(QStringLiteral("phone")));
    type(&dialog, "depositKeyEdit", QStringLiteral("+6281234567890"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    const QString message = child<QLabel>(&dialog, "depositKeyEditMessage")->text();
    QVERIFY2(message.contains(QStringLiteral("PayMaya")) && message.contains(QStringLiteral("Philippines")),
             qPrintable(message));
    // A Philippine key is accepted (with a warning that it is not the wallet number).
    child<QLineEdit>(&dialog, "depositKeyEdit")->clear();
    type(&dialog, "depositKeyEdit", QStringLiteral("+639171234567"));
    QVERIFY(!child<QLabel>(&dialog, "depositKeyEditMessage")->text().contains(QStringLiteral("Philippines")));
    QVERIFY2(child<QPushButton>(&dialog, "okButton")->isEnabled(),
             qPrintable(dialog.messageFor(Field::WalletDepositKey)));
}

void tst_RecipientDialogs::walletDialog_warning_isInWarningColourAndKeepsOkEnabled()
{
    WalletRecipientDialog dialog(*m_validator, QStringLiteral("PHP"));
    dialog.setOrderId(QStringLiteral("W1"));
    fillValidWallet(dialog);
    auto *types = child<QComboBox>(&dialog, "depositKeyTypeCombo");
    types->setCurrentIndex(types->findData(QStringLiteral("phone")));
    // A key that is not the wallet number is a warning only.
    type(&dialog, "depositKeyEdit", QStringLiteral("+639181234567"));
    auto *message = child<QLabel>(&dialog, "depositKeyEditMessage");
    QVERIFY(!message->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "okButton")->isEnabled());
    QCOMPARE(message->styleSheet(), ThemeColors::warningTextStyle(message->palette()));
    QVERIFY(ThemeColors::warningText(message->palette()) != ThemeColors::errorText(message->palette()));
    // An error is red and disables OK.
    child<QLineEdit>(&dialog, "depositKeyEdit")->clear();
    type(&dialog, "depositKeyEdit", QStringLiteral("call me"));
    QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
    QCOMPARE(message->styleSheet(), ThemeColors::errorTextStyle(message->palette()));
}

QTEST_MAIN(tst_RecipientDialogs)
#include "tst_recipientdialogs.moc"
