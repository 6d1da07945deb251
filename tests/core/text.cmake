# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_restrictiontext SOURCES core/tst_restrictiontext.cpp LIBS parcours_core)
