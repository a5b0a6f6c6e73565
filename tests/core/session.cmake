# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_draftsession SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_draftsession.cpp LABELS core
                 LIBS lesspay_session lesspay_secrets)
target_include_directories(tst_draftsession PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_postgres_run(tst_draftsession)
lesspay_add_test(NAME tst_freezetask SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_freezetask.cpp LABELS core
                 LIBS lesspay_session)
target_include_directories(tst_freezetask PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
lesspay_add_postgres_run(tst_freezetask)
# The open draft through a team database's bad day: the private server stopped and started mid-edit.
lesspay_add_test(NAME tst_draftsessionoffline SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_draftsessionoffline.cpp
                 LABELS core postgres LIBS lesspay_session lesspay_secrets WRAPPER ${LESSPAY_WITH_POSTGRES}
                 ENV LESSPAY_TEST_JOURNAL=postgres)
target_include_directories(tst_draftsessionoffline PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
