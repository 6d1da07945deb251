# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_htmleditor SOURCES ui/tst_htmleditor.cpp LIBS parcours_ui)
