// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>

namespace Lesspay::Core::DraftCodec {

namespace {

constexpr quint32 Magic = 0x4c504431; // "LPD1"

template<typename RowAt>
QByteArray encode(int count, RowAt rowAt)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << quint32(count) << quint32(FieldCount);
    for (int row = 0; row < count; ++row) {
        const PayoutDetail d = rowAt(row);
        for (int f = 0; f < FieldCount; ++f)
            out << d.value(Field(f));
    }
    // Level 1: drafts are saved often; speed matters more than the last few percent.
    return qCompress(raw, 1);
}

} // namespace

QByteArray encodeRows(const QList<PayoutDetail> &rows)
{
    return encode(int(rows.size()), [&rows](int row) { return rows.at(row); });
}

QByteArray encodeRows(int count, const std::function<PayoutDetail(int)> &rowAt)
{
    return encode(count, rowAt);
}

std::optional<QList<PayoutDetail>> decodeRows(const QByteArray &blob)
{
    const QByteArray raw = qUncompress(blob);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 count = 0;
    quint32 fields = 0;
    in >> magic >> count >> fields;
    if (in.status() != QDataStream::Ok || magic != Magic || fields > 256)
        return std::nullopt;
    QList<PayoutDetail> rows;
    rows.reserve(qsizetype(std::min<quint32>(count, 1u << 20)));
    for (quint32 row = 0; row < count; ++row) {
        PayoutDetail d;
        for (quint32 f = 0; f < fields; ++f) {
            QString value;
            in >> value;
            if (f < quint32(FieldCount))
                d.setValue(Field(f), value);
        }
        if (in.status() != QDataStream::Ok)
            return std::nullopt;
        rows.append(d);
    }
    return rows;
}

QByteArray encodeHeader(const BatchHeader &header)
{
    QJsonObject o;
    o.insert(QLatin1String("request_id"), header.requestId);
    o.insert(QLatin1String("currency"), header.currency);
    o.insert(QLatin1String("way_type"), header.wayType);
    o.insert(QLatin1String("way_code"), header.wayCode);
    o.insert(QLatin1String("notify_url"), header.notifyUrl);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

BatchHeader decodeHeader(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    BatchHeader h;
    h.requestId = o.value(QLatin1String("request_id")).toString();
    h.currency = o.value(QLatin1String("currency")).toString();
    h.wayType = o.value(QLatin1String("way_type")).toString();
    h.wayCode = o.value(QLatin1String("way_code")).toString();
    h.notifyUrl = o.value(QLatin1String("notify_url")).toString();
    return h;
}

} // namespace Lesspay::Core::DraftCodec
