# SPDX-License-Identifier: GPL-3.0-or-later
# The archive test writes hostile archives with libarchive itself, at run time.
parcours_add_test(tst_archivereader
    SOURCES core/tst_archivereader.cpp
    LIBS parcours_core LibArchive::LibArchive)
parcours_add_test(tst_xmlreader
    SOURCES core/tst_xmlreader.cpp
    LIBS parcours_core)
parcours_add_test(tst_mbzreader
    SOURCES core/tst_mbzreader.cpp
    LIBS parcours_core LibArchive::LibArchive)
# tst_mbzimport also runs the built `parcours` executable (PARCOURS_CLI).
# It writes a Moodle 2.6-style backup with libarchive, at run time.
parcours_add_test(tst_mbzimport
    SOURCES core/tst_mbzimport.cpp
    LIBS parcours_core LibArchive::LibArchive)
add_dependencies(tst_mbzimport parcours)
