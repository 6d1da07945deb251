# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_restrictioneditor SOURCES ui/tst_restrictioneditor.cpp LIBS parcours_ui)
parcours_add_test(tst_completioneditor SOURCES ui/tst_completioneditor.cpp LIBS parcours_ui)
parcours_add_test(tst_formpane SOURCES ui/tst_formpane.cpp LIBS parcours_ui)
parcours_add_test(tst_coursesettingsdialog SOURCES ui/tst_coursesettingsdialog.cpp LIBS parcours_ui)
parcours_add_test(tst_fileseditor SOURCES ui/tst_fileseditor.cpp LIBS parcours_ui)
