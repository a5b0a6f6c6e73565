# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_batchmodel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_batchmodel.cpp LABELS core LIBS lesspay_models)

# ---- Batch status, results and follow-up (batches view models) ------------------------------
foreach(name IN ITEMS batchphase batchlistmodel batchfilterproxymodel detailstatusmodel batchoverview
                      batchresultsexport retrydraftbuilder journalsidebarmodel)
  lesspay_add_test(NAME tst_${name} SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_${name}.cpp LABELS core
                   LIBS lesspay_models)
  target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
endforeach()
# ---- end of the batches view block ------------------------------------------------------------
lesspay_add_test(NAME tst_priorpaymentchecker SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_priorpaymentchecker.cpp LABELS core LIBS lesspay_models lesspay_api)
target_include_directories(tst_priorpaymentchecker PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
# The tests that read or write a journal run on both backends.
foreach(name IN ITEMS batchlistmodel batchfilterproxymodel detailstatusmodel batchoverview batchresultsexport
                      retrydraftbuilder journalsidebarmodel priorpaymentchecker)
  lesspay_add_postgres_run(tst_${name})
endforeach()
lesspay_add_test(NAME tst_frozenbody SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_frozenbody.cpp LABELS core LIBS lesspay_models lesspay_api)
