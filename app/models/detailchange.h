// SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/payoutdetail.h"

namespace Lesspay::Core {

// One row's detail before and after an edit: what a paste plan proposes and an undo command keeps.
struct DetailChange
{
    int row = 0;
    PayoutDetail before;
    PayoutDetail after;
};

} // namespace Lesspay::Core
