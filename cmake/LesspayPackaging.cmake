# SPDX-FileCopyrightText: 2026 Lesspay Payout Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# install() rules and CPack (DEB and TGZ). Included at the end of the top-level CMakeLists.txt, after every
# add_subdirectory(), so that all three executables exist here.
include(GNUInstallDirs)

# `make install` and CPack install what is built instead of building `all` first: CPack runs from the
# packaging test after the build, and must not start a second build of the whole tree in the middle of ctest.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(LESSPAY_APP_ID "com.lesspay.PayoutConsole")
set(LESSPAY_LINUX_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")
set(LESSPAY_APP_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/icons/app")

set(lesspay_programs lesspay-cli lesspay-sandbox)
if(LESSPAY_BUILD_UI)
  list(PREPEND lesspay_programs lesspay-console)
endif()
install(TARGETS ${lesspay_programs} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# qt_standard_project_setup() gives every target an install RUNPATH of $ORIGIN:$ORIGIN/../lib; the programs
# only need system libraries, and Debian policy wants no RUNPATH in /usr/bin.
set_target_properties(${lesspay_programs} PROPERTIES INSTALL_RPATH "")

if(LESSPAY_BUILD_UI)
  install(FILES "${LESSPAY_LINUX_DIR}/${LESSPAY_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${LESSPAY_LINUX_DIR}/${LESSPAY_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${LESSPAY_APP_ICON_DIR}/${LESSPAY_APP_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
  # The PNGs are committed in the hicolor layout (packaging/linux/render-icons.sh renders them).
  install(DIRECTORY "${LESSPAY_APP_ICON_DIR}/hicolor/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor"
    FILES_MATCHING PATTERN "*.png")
endif()
# Debian keeps documentation under the package's name.
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE"
  DESTINATION "${CMAKE_INSTALL_DATAROOTDIR}/doc/lesspay-payout-console")

set(CPACK_PACKAGE_NAME "lesspay-payout-console")
set(CPACK_PACKAGE_VENDOR "Lesspay Payout Console contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop console to prepare, submit and track Lesspay payout batches")
set(CPACK_PACKAGE_DESCRIPTION "Prepares payout batches to bank accounts and e-wallets, validates recipients as you \
type, imports and exports CSV files, submits batches with signed API calls and follows every payout to its final \
state. Ships lesspay-console, the command-line lesspay-cli and the local lesspay-sandbox server.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build/;/build-.*/")
# Debug builds (the dev preset used by `make test`) would otherwise ship their debug info.
set(CPACK_STRIP_FILES ON)

set(LESSPAY_PACKAGE_MAINTAINER "Lesspay Payout Console contributors <payout-console@lesspay.com>"
  CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LESSPAY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# dpkg-shlibdeps derives the libraries (Qt, QtKeychain, libphonenumber, ...) from the binaries; the Qt plugins
# loaded at run time (SQLite driver, SVG icon engine) are not linked, so they are listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libpq5, libqt6svg6, libssl3, libminizip1, libxlsxwriter4")
# Qt's own translations, a Secret Service provider for QtKeychain's libsecret backend, and
# a CJK font for Chinese PDF reports and payment advice (the smallest in Debian; embedded in the PDF).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc, fonts-wqy-microhei | fonts-noto-cjk")

include(CPack)

if(LESSPAY_BUILD_TESTS AND LESSPAY_BUILD_UI)
  # Builds the .deb, unpacks it into a scratch root and runs the installed programs from there.
  add_test(NAME packaging_deb_install
    COMMAND "${LESSPAY_LINUX_DIR}/check-deb.sh" "${PROJECT_BINARY_DIR}" "${PROJECT_BINARY_DIR}/packaging-check"
            "${PROJECT_VERSION}")
  set_tests_properties(packaging_deb_install PROPERTIES LABELS "packaging" TIMEOUT 900 RUN_SERIAL ON)
endif()
