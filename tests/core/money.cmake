# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_amount SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_amount.cpp LABELS core LIBS lesspay_money)
lesspay_add_test(NAME tst_currencytable SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_currencytable.cpp LABELS core LIBS lesspay_money)
