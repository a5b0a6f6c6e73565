// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/batch.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace Lesspay::Core {

// Compact storage of a draft for autosave: the header as JSON and all rows in one
// compressed blob, so that saving a draft of a hundred thousand rows is one write.
namespace DraftCodec {

QByteArray encodeRows(const QList<PayoutDetail> &rows);
// For a Batch: encodeRows(batch.size(), [&](int row) { return batch.detail(row); })
QByteArray encodeRows(int count, const std::function<PayoutDetail(int)> &rowAt);
std::optional<QList<PayoutDetail>> decodeRows(const QByteArray &blob);

QByteArray encodeHeader(const BatchHeader &header);
BatchHeader decodeHeader(const QByteArray &json);

} // namespace DraftCodec

} // namespace Lesspay::Core
