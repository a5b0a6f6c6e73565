# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(journalcrashchild ${CMAKE_CURRENT_SOURCE_DIR}/journalcrashchild.cpp)
target_link_libraries(journalcrashchild PRIVATE Lesspay::Flags lesspay_journal)
target_include_directories(journalcrashchild PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_test(NAME tst_journal SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_journal.cpp LABELS core LIBS lesspay_journal)
target_include_directories(tst_journal PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
add_dependencies(tst_journal journalcrashchild)
target_compile_definitions(tst_journal PRIVATE JOURNAL_CRASH_CHILD="$<TARGET_FILE:journalcrashchild>")
lesspay_add_postgres_run(tst_journal)
lesspay_add_test(NAME tst_backoff SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_backoff.cpp LABELS core LIBS lesspay_engine)
# The team workspace exists on PostgreSQL only: this test runs under with-postgres.sh alone.
lesspay_add_test(NAME tst_teamworkspace SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_teamworkspace.cpp
                 LABELS core postgres LIBS lesspay_journal WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_teamworkspace PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_test(NAME tst_teamapprovals SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_teamapprovals.cpp
                 LABELS core postgres LIBS lesspay_journal WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_teamapprovals PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_test(NAME tst_journalimport SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_journalimport.cpp LABELS core
                 LIBS lesspay_journal)
target_include_directories(tst_journalimport PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_postgres_run(tst_journalimport)
# Shared sight: LISTEN/NOTIFY on PostgreSQL; on SQLite the notifier stays silent.
lesspay_add_test(NAME tst_journalnotifier SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_journalnotifier.cpp LABELS core
                 LIBS lesspay_journal)
target_include_directories(tst_journalnotifier PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_postgres_run(tst_journalnotifier)
# Bad days of a team database: the private server stopped and started, a login revoked, a newer schema.
lesspay_add_test(NAME tst_journalconnectionmonitor SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_journalconnectionmonitor.cpp
                 LABELS core postgres LIBS lesspay_journal WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_journalconnectionmonitor PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
