# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_batchmodel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_batchmodel.cpp LABELS core LIBS lesspay_models)
