# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# lesspay-cli's exit codes and reports (app/cli, lesspay_cli_lib).
foreach(name IN ITEMS exitcodes resultprinter validationsummary)
  lesspay_add_test(NAME tst_${name} SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_${name}.cpp LABELS core
                   LIBS lesspay_cli_lib)
endforeach()
