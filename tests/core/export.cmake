# SPDX-License-Identifier: GPL-3.0-or-later
# The export test reads the archives back with libarchive, as a second, independent reader.
parcours_add_test(tst_mbzexport SOURCES core/tst_mbzexport.cpp
    LIBS parcours_core LibArchive::LibArchive)
