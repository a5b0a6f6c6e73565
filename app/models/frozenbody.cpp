// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frozenbody.h"

#include "api/sha256.h"
#include "api/signer.h"
#include "api/wireformat.h"
#include "domain/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace Lesspay::Core::FrozenBody {

namespace {

const QLatin1String WalletPrefix("e_wallet.");
// Below this many rows per thread, starting threads costs more than it saves.
constexpr int MinRowsPerThread = 2000;

PayoutDetail detailFrom(const QJsonObject &o)
{
    PayoutDetail d;
    const QJsonObject wallet = o.value(QLatin1String("e_wallet")).toObject();
    for (int i = 0; i < FieldCount; ++i) {
        const Field field = Field(i);
        const QString key = fieldKey(field);
        if (key.startsWith(WalletPrefix))
            d.setValue(field, wallet.value(QStringView(key).mid(WalletPrefix.size())).toString());
        else
            d.setValue(field, o.value(key).toString());
    }
    return d;
}

bool appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const bool ok = JsonText::appendEscaped(out, text);
    out.append('"');
    return ok;
}

bool appendMember(QByteArray &out, const char *key, QStringView value)
{
    out.append('"');
    out.append(key);
    out.append("\":", 2);
    return appendString(out, value);
}

// One detail, keys in sorted order (what QJsonObject iterates), empty values kept.
bool appendDetail(QByteArray &out, const PayoutDetail &d)
{
    bool ok = appendMember(out, "amount", d.amount());
    if (d.isBank()) {
        static constexpr std::pair<const char *, Field> BankKeys[] = {{",\"bank_account_name", Field::BankAccountName},
                                                                      {",\"bank_account_no", Field::BankAccountNo},
                                                                      {",\"bank_account_type", Field::BankAccountType},
                                                                      {",\"bank_country_code", Field::BankCountryCode},
                                                                      {",\"bank_name", Field::BankName},
                                                                      {",\"bank_swift_code", Field::BankSwiftCode}};
        for (const auto &[key, field] : BankKeys) {
            out.append(key);
            out.append("\":", 2);
            ok &= appendString(out, d.value(field));
        }
        out.append(',');
        ok &= appendMember(out, "destination_type", d.destinationType());
    } else {
        out.append(',');
        ok &= appendMember(out, "destination_type", d.destinationType());
        static constexpr std::pair<const char *, Field> WalletKeys[] = {
            {"{\"account_name", Field::WalletAccountName},        {",\"account_number", Field::WalletAccountNumber},
            {",\"account_type", Field::WalletAccountType},        {",\"deposit_key", Field::WalletDepositKey},
            {",\"deposit_key_type", Field::WalletDepositKeyType}, {",\"provider", Field::WalletProvider}};
        out.append(",\"e_wallet\":", 12);
        for (const auto &[key, field] : WalletKeys) {
            out.append(key);
            out.append("\":", 2);
            ok &= appendString(out, d.value(field));
        }
        out.append('}');
    }
    out.append(',');
    ok &= appendMember(out, "mch_order_id", d.mchOrderId());
    return ok;
}

// The same object from a row's kept wire text (Batch::wireText()): already normalised and
// escaped, so writing it is copying.
void appendWire(QByteArray &out, QByteArrayView wire)
{
    std::array<QByteArrayView, FieldCount> v;
    qsizetype start = 0;
    for (int f = 0; f < FieldCount; ++f) {
        qsizetype end = f + 1 < FieldCount ? wire.indexOf(char(0xFF), start) : wire.size();
        if (end < 0)
            end = wire.size();
        v[std::size_t(f)] = wire.sliced(start, end - start);
        start = std::min(end + 1, wire.size());
    }
    const auto member = [&out, &v](const char *key, Field field) {
        out.append(key);
        out.append("\":\"", 3);
        out.append(v[std::size_t(field)]);
        out.append('"');
    };
    member("\"amount", Field::Amount);
    if (v[std::size_t(Field::DestinationType)] == QByteArrayView("bank")) {
        member(",\"bank_account_name", Field::BankAccountName);
        member(",\"bank_account_no", Field::BankAccountNo);
        member(",\"bank_account_type", Field::BankAccountType);
        member(",\"bank_country_code", Field::BankCountryCode);
        member(",\"bank_name", Field::BankName);
        member(",\"bank_swift_code", Field::BankSwiftCode);
        member(",\"destination_type", Field::DestinationType);
    } else {
        member(",\"destination_type", Field::DestinationType);
        member(",\"e_wallet\":{\"account_name", Field::WalletAccountName);
        member(",\"account_number", Field::WalletAccountNumber);
        member(",\"account_type", Field::WalletAccountType);
        member(",\"deposit_key", Field::WalletDepositKey);
        member(",\"deposit_key_type", Field::WalletDepositKeyType);
        member(",\"provider", Field::WalletProvider);
        out.append('}');
    }
    member(",\"mch_order_id", Field::MchOrderId);
}

Request writeThroughJson(const Batch &batch, const QString &requestId)
{
    QJsonObject body = WireFormat::createOrderBody(batch);
    body.insert(QLatin1String("request_id"), requestId);
    Request r;
    r.requestId = requestId;
    r.body = WireFormat::toBytes(body);
    QByteArray signString = Signer::sign(body, {}).signString;
    signString.chop(4); // "key="
    r.signPrefix = signString;
    return r;
}

} // namespace

QByteArray Request::signatureHex(QByteArrayView secret) const
{
    Sha256 sha;
    sha.addData(signPrefix);
    sha.addData("key=");
    sha.addData(secret);
    return sha.result().toHex().toUpper();
}

Request write(const Batch &batch)
{
    const BatchHeader &h = batch.header();
    const QString requestId = h.requestId.isEmpty() ? RequestId::generate() : h.requestId;

    // The details array is the same bytes in the body and in the sign string (an array is
    // signed as its compact JSON): written once. Rows are written in blocks, on as many
    // threads as the machine has for a large batch (Batch and the validator are read-only here).
    const int rows = batch.size();
    const int blocks = std::clamp(rows / MinRowsPerThread, 1, std::max(1, QThread::idealThreadCount()));
    std::vector<QByteArray> parts(static_cast<std::size_t>(blocks));
    std::vector<char> partOk(std::size_t(blocks), 1);
    const auto writeBlock = [&](int block) {
        const int first = int(qint64(rows) * block / blocks);
        const int last = int(qint64(rows) * (block + 1) / blocks);
        QByteArray &out = parts[std::size_t(block)];
        out.reserve(qsizetype(last - first) * 300);
        bool ok = true;
        for (int row = first; row < last; ++row) {
            if (row > 0)
                out.append(',');
            out.append('{');
            const QByteArrayView wire = batch.wireText(row);
            if (!wire.isEmpty())
                appendWire(out, wire);
            else
                ok &= appendDetail(out, batch.normalizedDetail(row));
            out.append('}');
        }
        partOk[std::size_t(block)] = ok;
    };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int block = 1; block < blocks; ++block) {
        threads.emplace_back(QThread::create(writeBlock, block));
        threads.back()->start();
    }
    writeBlock(0);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    bool ok = std::all_of(partOk.cbegin(), partOk.cend(), [](char b) { return b != 0; });
    qsizetype size = 2;
    for (const QByteArray &part : parts)
        size += part.size();
    // The array goes straight into both, '[' parts ']': no third copy of a large batch's bytes.
    const auto appendDetails = [&parts](QByteArray &out) {
        out.append('[');
        for (const QByteArray &part : parts)
            out.append(part);
        out.append(']');
    };

    const QString total = batch.totalString();
    // Top-level keys in sorted order; the sign string leaves out empty values (spec section 2).
    const std::pair<const char *, QStringView> before[] = {{"currency", h.currency}, {"notify_url", h.notifyUrl}};
    const std::pair<const char *, QStringView> after[] = {
        {"request_id", requestId}, {"total_amount", total}, {"way_code", h.wayCode}, {"way_type", h.wayType}};

    Request r;
    r.requestId = requestId;
    r.body.reserve(size + 512);
    r.signPrefix.reserve(size + 512);
    r.body.append('{');
    const auto add = [&](const char *key, QStringView value) {
        ok &= appendMember(r.body, key, value);
        r.body.append(',');
        if (value.isEmpty())
            return;
        r.signPrefix.append(key);
        r.signPrefix.append('=');
        r.signPrefix.append(value.toUtf8());
        r.signPrefix.append('&');
    };
    for (const auto &[key, value] : before)
        add(key, value);
    r.body.append("\"payout_order_details\":");
    appendDetails(r.body);
    r.body.append(',');
    r.signPrefix.append("payout_order_details=");
    appendDetails(r.signPrefix);
    r.signPrefix.append('&');
    for (const auto &[key, value] : after)
        add(key, value);
    r.body.chop(1);
    r.body.append('}');
    if (!ok)
        return writeThroughJson(batch, requestId);
    return r;
}

std::optional<Content> read(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue details = o.value(QLatin1String("payout_order_details"));
    if (!details.isArray())
        return std::nullopt;
    Content c;
    c.header.requestId = o.value(QLatin1String("request_id")).toString();
    c.header.currency = o.value(QLatin1String("currency")).toString();
    c.header.wayType = o.value(QLatin1String("way_type")).toString();
    c.header.wayCode = o.value(QLatin1String("way_code")).toString();
    c.header.notifyUrl = o.value(QLatin1String("notify_url")).toString();
    const QJsonArray array = details.toArray();
    c.details.reserve(array.size());
    for (const QJsonValue &v : array)
        c.details.append(detailFrom(v.toObject()));
    return c;
}

} // namespace Lesspay::Core::FrozenBody
