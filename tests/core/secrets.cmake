# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Secrets and settings (profiles, the zero-setup local sandbox): both live with this fragment.
lesspay_add_test(NAME tst_memorysecretstore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_memorysecretstore.cpp
  LABELS core LIBS lesspay_secrets)
lesspay_add_test(NAME tst_settings SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_settings.cpp
  LABELS core LIBS lesspay_settings)
lesspay_add_test(NAME tst_workspacesetting SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_workspacesetting.cpp
  LABELS core LIBS lesspay_settings lesspay_journal)

# Against a real Secret Service in a private D-Bus session, plus the degraded cases.
lesspay_add_test(NAME tst_keychainsecretstore SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_keychainsecretstore.cpp
  LABELS keychain LIBS lesspay_secrets lesspay_settings lesspay_testsupport
  WRAPPER ${LESSPAY_WITH_KEYRING} TIMEOUT 240)
add_dependencies(tst_keychainsecretstore lesspay-keychain-probe lesspay-stuck-secret-service lesspay-sandbox)
target_compile_definitions(tst_keychainsecretstore PRIVATE
  LESSPAY_KEYCHAIN_PROBE="$<TARGET_FILE:lesspay-keychain-probe>"
  LESSPAY_STUCK_SECRET_SERVICE="$<TARGET_FILE:lesspay-stuck-secret-service>"
  LESSPAY_SANDBOX_EXECUTABLE="$<TARGET_FILE:lesspay-sandbox>")

# The zero-setup start against the real sandbox executable (app/sandbox is always built).
lesspay_add_test(NAME tst_localsandboxlauncher SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_localsandboxlauncher.cpp
  LABELS core LIBS lesspay_settings TIMEOUT 180)
add_dependencies(tst_localsandboxlauncher lesspay-sandbox)
target_compile_definitions(tst_localsandboxlauncher PRIVATE
  LESSPAY_SANDBOX_EXECUTABLE="$<TARGET_FILE:lesspay-sandbox>")

# The profile editor dialog (a widget test: its source sits with the other ui tests).
if(LESSPAY_BUILD_UI)
  lesspay_add_test(NAME tst_profileeditordialog SOURCES ${PROJECT_SOURCE_DIR}/tests/ui/tst_profileeditordialog.cpp
    LABELS ui LIBS lesspay_ui_profiles lesspay_settings Qt6::Widgets TIMEOUT 120)
  add_dependencies(tst_profileeditordialog lesspay-sandbox)
  target_compile_definitions(tst_profileeditordialog PRIVATE
    LESSPAY_SANDBOX_EXECUTABLE="$<TARGET_FILE:lesspay-sandbox>")
endif()

# Zero-setup start and profile saving with the real keychain, then every file written is
# scanned for the secrets.
lesspay_add_test(NAME tst_secretscan SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/tst_secretscan.cpp
  LABELS keychain LIBS lesspay_settings WRAPPER ${LESSPAY_WITH_KEYRING} TIMEOUT 180)
add_dependencies(tst_secretscan lesspay-sandbox)
target_compile_definitions(tst_secretscan PRIVATE LESSPAY_SANDBOX_EXECUTABLE="$<TARGET_FILE:lesspay-sandbox>")
