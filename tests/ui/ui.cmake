# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS parcours_ui)
parcours_add_test(tst_taskrunner SOURCES ui/tst_taskrunner.cpp LIBS parcours_ui)
parcours_add_test(tst_exportdialog SOURCES ui/tst_exportdialog.cpp LIBS parcours_ui)
parcours_add_test(tst_preferences SOURCES ui/tst_preferences.cpp LIBS parcours_ui)
parcours_add_test(tst_recentfiles SOURCES ui/tst_recentfiles.cpp LIBS parcours_ui)
parcours_add_test(tst_snapshots SOURCES ui/tst_snapshots.cpp LIBS parcours_ui)
parcours_add_test(tst_importsummary SOURCES ui/tst_importsummary.cpp LIBS parcours_ui)
parcours_add_test(tst_reportview SOURCES ui/tst_reportview.cpp LIBS parcours_ui)
