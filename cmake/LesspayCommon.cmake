# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile flags for every target of the project, carried by one INTERFACE target.

add_library(lesspay_flags INTERFACE)
add_library(Lesspay::Flags ALIAS lesspay_flags)
target_compile_features(lesspay_flags INTERFACE cxx_std_20)
target_compile_options(lesspay_flags INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Werror -Wno-error=deprecated-declarations>)
# Debian's GCC links with --as-needed by default, clang does not: without it the clang build's programs
# record every library Qt's CMake files name (Qt WebSockets through Qt HttpServer), and the .deb built
# from them depends on packages the programs never load.
target_link_options(lesspay_flags INTERFACE $<$<CXX_COMPILER_ID:Clang>:LINKER:--as-needed>)
target_compile_definitions(lesspay_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  QT_NO_FOREACH
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  LESSPAY_VERSION="${PROJECT_VERSION}")

# The core's compiler-specific fast paths (SSE2 scans, checked-add builtin, 128-bit sums, prefetch) all
# have a standard C++ fallback; this option builds every target with the fallbacks only. tst_textscan_portable
# and tst_exactsum_portable run the fallbacks in every build.
option(LESSPAY_PORTABLE "Build the core with standard C++ only, no compiler-specific fast paths" OFF)
if(LESSPAY_PORTABLE)
  target_compile_definitions(lesspay_flags INTERFACE LESSPAY_PORTABLE)
endif()

# Sanitizers for the asan preset.
option(LESSPAY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(LESSPAY_SANITIZE)
  target_compile_options(lesspay_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
  target_link_options(lesspay_flags INTERFACE -fsanitize=address,undefined)
endif()

# lesspay_add_test(NAME tst_money SOURCES tst_money.cpp LABELS core [LIBS ...] [TIMEOUT s] [WRAPPER cmd...])
# Registers a Qt Test executable with the offscreen platform and a UTF-8 locale.
function(lesspay_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBS;WRAPPER;ENV" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Lesspay::Flags Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    LESSPAY_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    LESSPAY_BINARY_DIR="${PROJECT_BINARY_DIR}"
    LESSPAY_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
  add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    LABELS "${T_LABELS}"
    TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;${T_ENV}")
endfunction()

# Runs a registered journal test a second time with its journal on PostgreSQL
# (LESSPAY_TEST_JOURNAL=postgres, tests/support/journalbackend.h), against a private server
# tests/support/with-postgres.sh starts and stops for that run. Label: postgres.
function(lesspay_add_postgres_run NAME)
  cmake_parse_arguments(T "" "" "WRAPPER" ${ARGN})
  add_test(NAME ${NAME}_postgres COMMAND ${LESSPAY_WITH_POSTGRES} ${T_WRAPPER} $<TARGET_FILE:${NAME}>)
  get_test_property(${NAME} LABELS labels)
  list(APPEND labels postgres)
  set_tests_properties(${NAME}_postgres PROPERTIES
    LABELS "${labels}"
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LESSPAY_TEST_JOURNAL=postgres")
endfunction()
