// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headeraliases.h"

#include <QHash>

#include <array>

namespace Lesspay::Core {

namespace {

// A specific field, or a generic account column whose side (bank or wallet) depends on the header.
enum class Target {
    MchOrderId,
    Amount,
    DestinationType,
    BankAccountName,
    BankAccountNo,
    BankAccountType,
    BankName,
    BankCountryCode,
    BankSwiftCode,
    WalletAccountName,
    WalletAccountNumber,
    WalletAccountType,
    WalletProvider,
    WalletDepositKeyType,
    WalletDepositKey,
    AnyAccountName,
    AnyAccountNumber,
    AnyAccountType,
};
static_assert(int(Target::WalletDepositKey) == int(Field::WalletDepositKey));

struct Alias
{
    const char16_t *text;
    Target target;
};

// clang-format off
constexpr Alias Aliases[] = {
    // English
    {u"order id", Target::MchOrderId}, {u"merchant order id", Target::MchOrderId},
    {u"reference", Target::MchOrderId}, {u"reference no", Target::MchOrderId}, {u"ref", Target::MchOrderId},
    {u"payout id", Target::MchOrderId}, {u"detail id", Target::MchOrderId},
    {u"transaction id", Target::MchOrderId}, {u"id", Target::MchOrderId},
    {u"amount", Target::Amount}, {u"amt", Target::Amount}, {u"payout amount", Target::Amount},
    {u"destination", Target::DestinationType}, {u"destination type", Target::DestinationType},
    {u"type", Target::DestinationType}, {u"payout type", Target::DestinationType},
    {u"payment method", Target::DestinationType}, {u"method", Target::DestinationType},
    {u"account name", Target::AnyAccountName}, {u"name", Target::AnyAccountName},
    {u"account holder", Target::AnyAccountName}, {u"account holder name", Target::AnyAccountName},
    {u"beneficiary", Target::AnyAccountName}, {u"beneficiary name", Target::AnyAccountName},
    {u"recipient", Target::AnyAccountName}, {u"recipient name", Target::AnyAccountName},
    {u"payee", Target::AnyAccountName}, {u"payee name", Target::AnyAccountName},
    {u"holder name", Target::AnyAccountName},
    {u"account number", Target::AnyAccountNumber}, {u"account no", Target::AnyAccountNumber},
    {u"acct no", Target::AnyAccountNumber}, {u"account", Target::AnyAccountNumber},
    {u"account type", Target::AnyAccountType}, {u"recipient type", Target::AnyAccountType},
    {u"bank account name", Target::BankAccountName},
    {u"bank account number", Target::BankAccountNo}, {u"bank account no", Target::BankAccountNo},
    {u"card number", Target::BankAccountNo}, {u"beneficiary account", Target::BankAccountNo},
    {u"bank account type", Target::BankAccountType},
    {u"bank", Target::BankName}, {u"bank name", Target::BankName}, {u"beneficiary bank", Target::BankName},
    {u"issuing bank", Target::BankName},
    {u"country", Target::BankCountryCode}, {u"country code", Target::BankCountryCode},
    {u"bank country", Target::BankCountryCode},
    {u"swift", Target::BankSwiftCode}, {u"swift code", Target::BankSwiftCode}, {u"bic", Target::BankSwiftCode},
    {u"swift/bic", Target::BankSwiftCode}, {u"bic/swift", Target::BankSwiftCode}, {u"bic code", Target::BankSwiftCode},
    {u"wallet account name", Target::WalletAccountName}, {u"wallet name", Target::WalletAccountName},
    {u"e-wallet name", Target::WalletAccountName}, {u"wallet holder", Target::WalletAccountName},
    {u"e-wallet account name", Target::WalletAccountName},
    {u"wallet account number", Target::WalletAccountNumber}, {u"wallet number", Target::WalletAccountNumber},
    {u"wallet account", Target::WalletAccountNumber}, {u"e-wallet number", Target::WalletAccountNumber},
    {u"e-wallet account number", Target::WalletAccountNumber}, {u"wallet id", Target::WalletAccountNumber},
    {u"mobile number", Target::WalletAccountNumber}, {u"mobile", Target::WalletAccountNumber},
    {u"phone number", Target::WalletAccountNumber}, {u"phone", Target::WalletAccountNumber},
    {u"wallet account type", Target::WalletAccountType}, {u"e-wallet account type", Target::WalletAccountType},
    {u"provider", Target::WalletProvider}, {u"wallet provider", Target::WalletProvider},
    {u"e-wallet provider", Target::WalletProvider}, {u"wallet", Target::WalletProvider},
    {u"e-wallet", Target::WalletProvider},
    {u"deposit key type", Target::WalletDepositKeyType}, {u"key type", Target::WalletDepositKeyType},
    {u"deposit key", Target::WalletDepositKey},
    // Simplified Chinese
    {u"商户订单号", Target::MchOrderId}, {u"订单号", Target::MchOrderId}, {u"明细号", Target::MchOrderId},
    {u"金额", Target::Amount}, {u"付款金额", Target::Amount}, {u"代付金额", Target::Amount},
    {u"收款类型", Target::DestinationType}, {u"目标类型", Target::DestinationType},
    {u"付款方式", Target::DestinationType},
    {u"账户名", Target::AnyAccountName}, {u"账户名称", Target::AnyAccountName}, {u"户名", Target::AnyAccountName},
    {u"收款人", Target::AnyAccountName}, {u"收款人姓名", Target::AnyAccountName}, {u"姓名", Target::AnyAccountName},
    {u"账号", Target::AnyAccountNumber}, {u"收款账号", Target::AnyAccountNumber},
    {u"账户类型", Target::AnyAccountType},
    {u"银行账号", Target::BankAccountNo}, {u"银行卡号", Target::BankAccountNo}, {u"卡号", Target::BankAccountNo},
    {u"银行", Target::BankName}, {u"银行名称", Target::BankName}, {u"开户行", Target::BankName},
    {u"开户银行", Target::BankName},
    {u"国家", Target::BankCountryCode}, {u"国家代码", Target::BankCountryCode},
    {u"银行国家", Target::BankCountryCode},
    {u"SWIFT代码", Target::BankSwiftCode}, {u"SWIFT码", Target::BankSwiftCode}, {u"SWIFT编码", Target::BankSwiftCode},
    {u"钱包账户名", Target::WalletAccountName}, {u"钱包户名", Target::WalletAccountName},
    {u"钱包账号", Target::WalletAccountNumber}, {u"手机号", Target::WalletAccountNumber},
    {u"手机号码", Target::WalletAccountNumber},
    {u"钱包账户类型", Target::WalletAccountType},
    {u"服务商", Target::WalletProvider}, {u"钱包服务商", Target::WalletProvider},
    {u"钱包提供商", Target::WalletProvider}, {u"电子钱包", Target::WalletProvider},
    {u"存款密钥类型", Target::WalletDepositKeyType}, {u"收款标识类型", Target::WalletDepositKeyType},
    {u"存款密钥", Target::WalletDepositKey}, {u"收款标识", Target::WalletDepositKey},
    // Indonesian
    {u"id pesanan", Target::MchOrderId}, {u"nomor pesanan", Target::MchOrderId},
    {u"id transaksi", Target::MchOrderId}, {u"referensi", Target::MchOrderId},
    {u"jumlah", Target::Amount}, {u"nominal", Target::Amount}, {u"jumlah transfer", Target::Amount},
    {u"jenis tujuan", Target::DestinationType}, {u"tipe tujuan", Target::DestinationType},
    {u"tujuan", Target::DestinationType}, {u"metode", Target::DestinationType},
    {u"nama rekening", Target::AnyAccountName}, {u"nama pemilik rekening", Target::AnyAccountName},
    {u"nama penerima", Target::AnyAccountName}, {u"atas nama", Target::AnyAccountName},
    {u"nama akun", Target::AnyAccountName}, {u"nama", Target::AnyAccountName},
    {u"nomor akun", Target::AnyAccountNumber}, {u"jenis akun", Target::AnyAccountType},
    {u"tipe akun", Target::AnyAccountType},
    {u"nomor rekening", Target::BankAccountNo}, {u"no rekening", Target::BankAccountNo},
    {u"no. rek", Target::BankAccountNo}, {u"norek", Target::BankAccountNo},
    {u"jenis rekening", Target::BankAccountType}, {u"tipe rekening", Target::BankAccountType},
    {u"nama bank", Target::BankName},
    {u"negara", Target::BankCountryCode}, {u"kode negara", Target::BankCountryCode},
    {u"kode swift", Target::BankSwiftCode},
    {u"nama akun dompet", Target::WalletAccountName}, {u"nama e-wallet", Target::WalletAccountName},
    {u"nomor dompet", Target::WalletAccountNumber}, {u"nomor e-wallet", Target::WalletAccountNumber},
    {u"nomor hp", Target::WalletAccountNumber}, {u"nomor telepon", Target::WalletAccountNumber},
    {u"jenis akun dompet", Target::WalletAccountType},
    {u"penyedia", Target::WalletProvider}, {u"penyedia dompet", Target::WalletProvider},
    {u"penyedia e-wallet", Target::WalletProvider},
    {u"jenis kunci setoran", Target::WalletDepositKeyType}, {u"kunci setoran", Target::WalletDepositKey},
    {u"jenis kunci penerima", Target::WalletDepositKeyType}, {u"kunci penerima", Target::WalletDepositKey},
    // Brazilian Portuguese: the words of Brazilian bank and PIX spreadsheets, with and without accents
    {u"id do pedido", Target::MchOrderId}, {u"pedido", Target::MchOrderId},
    {u"número do pedido", Target::MchOrderId}, {u"numero do pedido", Target::MchOrderId},
    {u"valor", Target::Amount}, {u"valor do pagamento", Target::Amount},
    {u"destino", Target::DestinationType},
    {u"favorecido", Target::AnyAccountName}, {u"nome do favorecido", Target::AnyAccountName},
    {u"titular", Target::AnyAccountName}, {u"nome do titular", Target::AnyAccountName},
    {u"número da conta", Target::AnyAccountNumber}, {u"numero da conta", Target::AnyAccountNumber},
    {u"conta", Target::AnyAccountNumber}, {u"tipo de conta", Target::AnyAccountType},
    {u"banco", Target::BankName}, {u"nome do banco", Target::BankName},
    {u"país do banco", Target::BankCountryCode}, {u"pais do banco", Target::BankCountryCode},
    {u"país", Target::BankCountryCode}, {u"pais", Target::BankCountryCode},
    {u"código swift", Target::BankSwiftCode}, {u"codigo swift", Target::BankSwiftCode},
    {u"titular da carteira", Target::WalletAccountName}, {u"conta da carteira", Target::WalletAccountNumber},
    {u"provedor", Target::WalletProvider},
    {u"tipo de chave", Target::WalletDepositKeyType}, {u"tipo de chave pix", Target::WalletDepositKeyType},
    {u"chave pix", Target::WalletDepositKey}, {u"chave", Target::WalletDepositKey},
};
constexpr const char16_t *ResultColumns[] = {u"status", u"fail_reason", u"channel_order_no"};
// clang-format on

const QHash<QString, Target> &aliasTable()
{
    static const QHash<QString, Target> table = [] {
        QHash<QString, Target> t;
        for (int i = 0; i < FieldCount; ++i)
            t.insert(HeaderAliases::normalize(fieldKey(Field(i))), Target(i));
        for (const Alias &alias : Aliases)
            t.insert(HeaderAliases::normalize(QStringView(alias.text)), alias.target);
        return t;
    }();
    return table;
}

std::optional<Target> targetFor(const QString &normalized)
{
    const auto &table = aliasTable();
    const auto it = table.constFind(normalized);
    if (it != table.constEnd())
        return *it;
    // The labels of the running language, as the UI shows them (looked up late: the translator
    // may be installed after start-up).
    for (int i = 0; i < FieldCount; ++i) {
        if (HeaderAliases::normalize(fieldLabel(Field(i))) == normalized)
            return Target(i);
    }
    return std::nullopt;
}

} // namespace

QString HeaderAliases::normalize(QStringView header)
{
    QString text = header.toString().normalized(QString::NormalizationForm_KC).trimmed();
    // "Amount (PHP)", "金额（元）": a unit or note in brackets at the end is not part of the name.
    if (text.endsWith(u')')) {
        const qsizetype open = text.lastIndexOf(u'(');
        if (open > 0)
            text.truncate(open);
    }
    QString out;
    out.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

QList<std::optional<Field>> HeaderAliases::map(const QStringList &headers)
{
    QList<std::optional<Target>> targets;
    targets.reserve(headers.size());
    bool hasBank = false;
    bool hasWallet = false;
    for (const QString &header : headers) {
        const auto target = isResultColumn(header) ? std::nullopt : targetFor(normalize(header));
        targets.append(target);
        if (target && int(*target) < FieldCount) {
            hasBank = hasBank || isBankField(Field(int(*target)));
            hasWallet = hasWallet || isWalletField(Field(int(*target)));
        }
    }
    const bool wallet = hasWallet && !hasBank;

    QList<std::optional<Field>> fields;
    fields.reserve(headers.size());
    std::array<bool, FieldCount> taken = {};
    for (const auto &target : std::as_const(targets)) {
        std::optional<Field> field;
        if (target) {
            switch (*target) {
            case Target::AnyAccountName:
                field = wallet ? Field::WalletAccountName : Field::BankAccountName;
                break;
            case Target::AnyAccountNumber:
                field = wallet ? Field::WalletAccountNumber : Field::BankAccountNo;
                break;
            case Target::AnyAccountType:
                field = wallet ? Field::WalletAccountType : Field::BankAccountType;
                break;
            default:
                field = Field(int(*target));
                break;
            }
        }
        if (field && taken[std::size_t(*field)])
            field.reset();
        if (field)
            taken[std::size_t(*field)] = true;
        fields.append(field);
    }
    return fields;
}

bool HeaderAliases::isResultColumn(QStringView header)
{
    const QString normalized = normalize(header);
    for (const char16_t *column : ResultColumns) {
        if (normalized == normalize(QStringView(column)))
            return true;
    }
    return false;
}

} // namespace Lesspay::Core
