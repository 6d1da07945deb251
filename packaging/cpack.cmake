# SPDX-License-Identifier: GPL-3.0-or-later
# Packages: `cpack -G DEB` or `cpack -G TGZ` in the build directory.
set(CPACK_PACKAGE_NAME "parcours-studio")
set(CPACK_PACKAGE_VENDOR "Parcours Studio")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline course authoring for m@gistère (Moodle)")
set(CPACK_PACKAGE_CONTACT "Parcours Studio developers")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
include(CPack)
