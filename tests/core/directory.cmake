# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The recipient directory (app/directory/ and its tables in app/journal/).
lesspay_add_test(NAME tst_directorystore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_directorystore.cpp LABELS core
                 LIBS lesspay_directory lesspay_api)
lesspay_add_test(NAME tst_payeeindex SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_payeeindex.cpp LABELS core
                 LIBS lesspay_directory)
target_include_directories(tst_payeeindex PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_test(NAME tst_payeedirectory SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_payeedirectory.cpp LABELS core
                 LIBS lesspay_directory lesspay_api)
lesspay_add_test(NAME tst_directorymodel SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_directorymodel.cpp LABELS core
                 LIBS lesspay_directory lesspay_api Qt6::Test)
target_include_directories(tst_directorymodel PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_test(NAME tst_directorycsv SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_directorycsv.cpp LABELS core
                 LIBS lesspay_directory)
# The directory's tables and queries are portable SQL: the journal-backed tests run on PostgreSQL too.
foreach(name directorystore payeedirectory directorycsv)
  target_include_directories(tst_${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  lesspay_add_postgres_run(tst_${name})
endforeach()
# In a team workspace the server writes the directory's history: raw SQL as each role, PostgreSQL only.
lesspay_add_test(NAME tst_teamdirectoryhistory SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_teamdirectoryhistory.cpp
                 LABELS core postgres LIBS lesspay_directory WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_teamdirectoryhistory PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
