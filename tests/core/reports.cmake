# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch reports and payment advice: the data (core) and the PDF layout, read back with poppler-utils.
lesspay_add_test(NAME tst_batchreportbuilder SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_batchreportbuilder.cpp
                 LABELS core LIBS lesspay_reports)
target_include_directories(tst_batchreportbuilder PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_postgres_run(tst_batchreportbuilder)
if(TARGET lesspay_translations)
  lesspay_add_test(NAME tst_pdfexport SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_pdfexport.cpp
                   LABELS core LIBS lesspay_printing lesspay_translations)
  target_include_directories(tst_pdfexport PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
endif()
# A team workspace's report names its people: the audit log of a private PostgreSQL, PostgreSQL only.
lesspay_add_test(NAME tst_teamreport SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_teamreport.cpp
                 LABELS core postgres LIBS lesspay_printing WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_teamreport PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
