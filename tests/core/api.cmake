# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_signer SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_signer.cpp LABELS core LIBS lesspay_api)
lesspay_add_test(NAME tst_apiclient SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_apiclient.cpp LABELS core LIBS lesspay_api)
lesspay_add_test(NAME tst_remotebatch SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_remotebatch.cpp LABELS core LIBS lesspay_api)
lesspay_add_test(NAME tst_wireformat SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_wireformat.cpp LABELS core LIBS lesspay_api)
