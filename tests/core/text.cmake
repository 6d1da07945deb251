# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_restrictiontext SOURCES core/tst_restrictiontext.cpp LIBS parcours_core)
parcours_add_test(tst_htmlclean SOURCES core/tst_htmlclean.cpp LIBS parcours_core)
