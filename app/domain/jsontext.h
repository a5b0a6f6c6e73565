// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

namespace Lesspay::Core::JsonText {

// Appends the content of a JSON string as QJsonDocument's compact writer escapes it: '"', '\\'
// and the C0 controls (\b \f \n \r \t by name, the rest as \u00xx in lower-case hex); everything
// else raw UTF-8. False for a lone surrogate, which Qt escapes (\ud800) but signs as U+FFFD: the
// caller takes the JSON tree's path for such text (never valid in a sendable batch).
bool appendEscaped(QByteArray &out, QStringView text);

} // namespace Lesspay::Core::JsonText
