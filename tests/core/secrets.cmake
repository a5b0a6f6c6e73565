# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Secrets and settings (profiles, the zero-setup local sandbox): both live with this fragment.
lesspay_add_test(NAME tst_memorysecretstore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_memorysecretstore.cpp
  LABELS core LIBS lesspay_secrets)
lesspay_add_test(NAME tst_settings SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_settings.cpp
  LABELS core LIBS lesspay_settings)
