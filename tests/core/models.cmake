# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_coursetreemodel SOURCES core/tst_coursetreemodel.cpp LIBS parcours_core)
