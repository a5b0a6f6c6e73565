# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
lesspay_add_test(NAME tst_csvreader SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvreader.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvwriter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvwriter.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvheaderaliases SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvheaderaliases.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvcolumnmappingstore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvcolumnmappingstore.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvspreadsheetdamage SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvspreadsheetdamage.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvrecipientimporter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvrecipientimporter.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvrecipientexporter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvrecipientexporter.cpp LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_csvfuzzregressions
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_csvfuzzregressions.cpp ${PROJECT_SOURCE_DIR}/tests/fuzz/fuzzharness.cpp
  LABELS core LIBS lesspay_csv)
lesspay_add_test(NAME tst_xlsxreader SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_xlsxreader.cpp LABELS core
  LIBS lesspay_csv lesspay_ziptestsupport)
lesspay_add_test(NAME tst_xlsxnumber SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_xlsxnumber.cpp LABELS core LIBS lesspay_csv)
# python3-openpyxl (Debian, tests only) writes workbooks the way another program would.
lesspay_add_test(NAME tst_xlsxrecipientimporter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_xlsxrecipientimporter.cpp
  LABELS core LIBS lesspay_csv lesspay_ziptestsupport)
target_compile_definitions(tst_xlsxrecipientimporter PRIVATE LESSPAY_PYTHON3="/usr/bin/python3")
# openpyxl and xlsx2csv (Debian, tests only) read the exports back as other programs would.
lesspay_add_test(NAME tst_xlsxexporter SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_xlsxexporter.cpp LABELS core
  LIBS lesspay_csv)
target_compile_definitions(tst_xlsxexporter PRIVATE LESSPAY_PYTHON3="/usr/bin/python3")
lesspay_add_test(NAME tst_xlsxparallelsheet SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_xlsxparallelsheet.cpp LABELS core
  LIBS lesspay_csv lesspay_ziptestsupport)
