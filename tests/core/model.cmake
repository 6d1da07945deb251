# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_model SOURCES core/tst_model.cpp LIBS parcours_core)
