# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_field SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_field.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_referencedata SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_referencedata.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_detailvalidator SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_detailvalidator.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_phonekey SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_phonekey.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_braziltaxid SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_braziltaxid.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_batch SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_batch.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_textscan SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_textscan.cpp LABELS core LIBS lesspay_domain)
# The same scans with the SSE2 path left out (LESSPAY_PORTABLE), as any other machine runs them.
lesspay_add_test(NAME tst_textscan_portable SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_textscan.cpp LABELS core
                 LIBS lesspay_domain)
target_compile_definitions(tst_textscan_portable PRIVATE LESSPAY_PORTABLE)
lesspay_add_test(NAME tst_digitpattern SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_digitpattern.cpp LABELS core LIBS lesspay_domain)
lesspay_add_test(NAME tst_jsonindenter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_jsonindenter.cpp LABELS core LIBS lesspay_domain)
