// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientexporter.h"

#include "csv/csvwriter.h"
#include "domain/batch.h"

#include <QHash>

namespace Lesspay::Core {

namespace {

void writeDetail(CsvWriter &writer, const PayoutDetail &detail)
{
    for (int f = 0; f < FieldCount; ++f)
        writer.writeField(detail.value(Field(f)));
}

} // namespace

QStringList RecipientExporter::canonicalHeader()
{
    QStringList header;
    header.reserve(FieldCount);
    for (int f = 0; f < FieldCount; ++f)
        header.append(fieldKey(Field(f)));
    return header;
}

QStringList RecipientExporter::resultsHeader()
{
    return canonicalHeader() << QStringLiteral("status") << QStringLiteral("fail_reason")
                             << QStringLiteral("channel_order_no");
}

bool RecipientExporter::isFailed(QStringView status)
{
    return status.trimmed().compare(u"FAILED", Qt::CaseInsensitive) == 0;
}

bool RecipientExporter::writeBatch(const Batch &batch, QIODevice *device)
{
    CsvWriter writer(device);
    writer.writeRecord(canonicalHeader());
    for (int row = 0; row < batch.size(); ++row) {
        writeDetail(writer, batch.detail(row));
        writer.endRecord();
    }
    return writer.flush();
}

bool RecipientExporter::writeTemplate(QIODevice *device)
{
    PayoutDetail bank;
    bank.setValue(Field::MchOrderId, QStringLiteral("D0001"));
    bank.setValue(Field::Amount, QStringLiteral("1500.00"));
    bank.setValue(Field::DestinationType, PayoutDetail::Bank);
    bank.setValue(Field::BankAccountName, QStringLiteral("Juan Dela Cruz"));
    bank.setValue(Field::BankAccountNo, QStringLiteral("001234567890"));
    bank.setValue(Field::BankAccountType, QStringLiteral("individual"));
    bank.setValue(Field::BankName, QStringLiteral("BDO Unibank"));
    bank.setValue(Field::BankCountryCode, QStringLiteral("PH"));
    bank.setValue(Field::BankSwiftCode, QStringLiteral("BNORPHMM"));
    PayoutDetail wallet;
    wallet.setValue(Field::MchOrderId, QStringLiteral("D0002"));
    wallet.setValue(Field::Amount, QStringLiteral("250.50"));
    wallet.setValue(Field::DestinationType, PayoutDetail::EWallet);
    wallet.setValue(Field::WalletAccountName, QStringLiteral("Maria Santos"));
    wallet.setValue(Field::WalletAccountNumber, QStringLiteral("09171234567"));
    wallet.setValue(Field::WalletAccountType, QStringLiteral("individual"));
    wallet.setValue(Field::WalletProvider, QStringLiteral("GCash"));
    wallet.setValue(Field::WalletDepositKeyType, QStringLiteral("phone"));
    wallet.setValue(Field::WalletDepositKey, QStringLiteral("+639171234567"));

    CsvWriter writer(device);
    writer.writeRecord(canonicalHeader());
    for (const PayoutDetail &example : {bank, wallet}) {
        writeDetail(writer, example);
        writer.endRecord();
    }
    return writer.flush();
}

bool RecipientExporter::writeResults(const Batch &batch, const QList<DetailResult> &results, QIODevice *device,
                                     Rows rows, const BatchColumns &batchColumns)
{
    QHash<QString, const DetailResult *> byOrderId;
    byOrderId.reserve(results.size());
    for (const DetailResult &result : results)
        byOrderId.insert(result.mchOrderId, &result);

    CsvWriter writer(device);
    QStringList header = resultsHeader();
    for (const auto &[name, value] : batchColumns)
        header.append(name);
    writer.writeRecord(header);
    for (int row = 0; row < batch.size(); ++row) {
        const PayoutDetail detail = batch.detail(row);
        const DetailResult *result = byOrderId.value(detail.mchOrderId());
        if (rows == Rows::FailedOnly && (!result || !isFailed(result->status)))
            continue;
        writeDetail(writer, detail);
        writer.writeField(result ? QStringView(result->status) : QStringView());
        writer.writeField(result ? QStringView(result->failReason) : QStringView());
        writer.writeField(result ? QStringView(result->channelOrderNo) : QStringView());
        for (const auto &[name, value] : batchColumns)
            writer.writeField(value);
        writer.endRecord();
    }
    return writer.flush();
}

bool RecipientExporter::writeIssues(const ImportIssues &issues, QIODevice *device)
{
    CsvWriter writer(device);
    writer.writeRecord({QStringLiteral("row"), QStringLiteral("line"), QStringLiteral("column"),
                        QStringLiteral("header"), QStringLiteral("severity"), QStringLiteral("code"),
                        QStringLiteral("message")});
    for (const ImportIssue &issue : issues) {
        writer.writeField(issue.row > 0 ? QString::number(issue.row) : QString());
        writer.writeField(issue.line > 0 ? QString::number(issue.line) : QString());
        writer.writeField(issue.column > 0 ? QString::number(issue.column) : QString());
        writer.writeField(issue.header);
        writer.writeField(issue.isError() ? u"error" : u"warning");
        writer.writeField(issue.code);
        writer.writeField(issue.message);
        writer.endRecord();
    }
    return writer.flush();
}

} // namespace Lesspay::Core
