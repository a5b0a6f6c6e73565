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
# The team workspace's approval queue exists on PostgreSQL only: it runs under with-postgres.sh alone.
lesspay_add_test(NAME tst_approvalqueuemodel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_approvalqueuemodel.cpp
                 LABELS core postgres LIBS lesspay_models WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_approvalqueuemodel PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
# Who did what in a team workspace (the audit log), and the results export that carries it.
lesspay_add_test(NAME tst_teamaudit SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_teamaudit.cpp
                 LABELS core postgres LIBS lesspay_models WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_teamaudit PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
