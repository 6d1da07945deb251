# SPDX-License-Identifier: GPL-3.0-or-later
parcours_add_test(tst_validator SOURCES core/tst_validator.cpp LIBS parcours_core)
parcours_add_test(tst_sample SOURCES core/tst_sample.cpp LIBS parcours_core)
parcours_add_test(tst_generator SOURCES core/tst_generator.cpp LIBS parcours_core)
# tst_cli runs the built `parcours` executable (PARCOURS_CLI).
parcours_add_test(tst_cli SOURCES core/tst_cli.cpp LIBS parcours_core)
add_dependencies(tst_cli parcours)
