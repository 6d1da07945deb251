# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_commands SOURCES core/tst_commands.cpp LIBS parcours_core)
parcours_add_test(tst_coursedocument SOURCES core/tst_coursedocument.cpp LIBS parcours_core)
parcours_add_test(tst_filecommands SOURCES core/tst_filecommands.cpp LIBS parcours_core)
