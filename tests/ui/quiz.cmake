# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_quizeditor SOURCES ui/tst_quizeditor.cpp LIBS parcours_ui)
parcours_add_test(tst_questionbankview SOURCES ui/tst_questionbankview.cpp LIBS parcours_ui)
parcours_add_test(tst_scenario SOURCES ui/tst_scenario.cpp LIBS parcours_ui)
