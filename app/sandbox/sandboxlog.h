// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The sandbox's log: stderr, one line per event, never a secret or an unmasked account.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
