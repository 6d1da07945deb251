# SPDX-License-Identifier: GPL-3.0-or-later
# Question files; tst_gift and tst_moodlexml also run the built `parcours` executable.
parcours_add_test(tst_gift SOURCES core/tst_gift.cpp LIBS parcours_core)
add_dependencies(tst_gift parcours)
parcours_add_test(tst_moodlexml SOURCES core/tst_moodlexml.cpp LIBS parcours_core)
add_dependencies(tst_moodlexml parcours)
parcours_add_test(tst_aiken SOURCES core/tst_aiken.cpp LIBS parcours_core)
