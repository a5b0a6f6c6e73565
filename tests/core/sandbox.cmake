# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Pure parts of the sandbox (no sockets); its behaviour over sockets is in tests/e2e.
lesspay_add_test(NAME tst_requestscreen SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_requestscreen.cpp LABELS core
                 LIBS lesspay_sandbox_lib)
