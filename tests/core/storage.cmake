# SPDX-License-Identifier: GPL-3.0-or-later
# Storage tests also talk to SQLite directly: they craft old, newer, foreign and damaged files.
parcours_add_test(tst_coursestore
    SOURCES core/tst_coursestore.cpp
    LIBS parcours_core SQLite::SQLite3)
parcours_add_test(tst_killtest
    SOURCES core/tst_killtest.cpp
    LIBS parcours_core SQLite::SQLite3)
parcours_add_test(tst_mediastore
    SOURCES core/tst_mediastore.cpp
    LIBS parcours_core)
