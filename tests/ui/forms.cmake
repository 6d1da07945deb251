# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_restrictioneditor SOURCES ui/tst_restrictioneditor.cpp LIBS parcours_ui)
parcours_add_test(tst_completioneditor SOURCES ui/tst_completioneditor.cpp LIBS parcours_ui)
