# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_questionform SOURCES ui/tst_questionform.cpp LIBS parcours_ui)
