# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_questioncheck SOURCES core/tst_questioncheck.cpp LIBS parcours_core)
