# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_amount SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_amount.cpp LABELS core LIBS lesspay_money)
lesspay_add_test(NAME tst_currencytable SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_currencytable.cpp LABELS core LIBS lesspay_money)

# The overflow checks of money sums on both paths: the compiler's (builtins, 128-bit integer) and the
# standard C++ one that LESSPAY_PORTABLE forces.
lesspay_add_test(NAME tst_exactsum SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_exactsum.cpp LABELS core LIBS lesspay_money)
lesspay_add_test(NAME tst_exactsum_portable SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_exactsum.cpp LABELS core
                 LIBS lesspay_money)
target_compile_definitions(tst_exactsum_portable PRIVATE LESSPAY_PORTABLE)
