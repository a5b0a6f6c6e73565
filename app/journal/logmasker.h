// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Lesspay::Core {

// What the event log may keep of a request or response body: account numbers, wallet
// numbers and deposit keys cut to their last four characters, signatures dropped.
namespace LogMasker {

QString maskValue(const QString &value); // "****1234"
// A JSON body with the sensitive values masked; a body that is not JSON is cut short and
// its digit runs longer than four are masked.
QByteArray maskBody(const QByteArray &body);

} // namespace LogMasker

} // namespace Lesspay::Core
