# SPDX-License-Identifier: GPL-3.0-or-later
# Replays the fuzz seeds and every input a fuzzer found (tests/data/fuzz/<target>/) through the
# fuzzers' own entry functions, built with the normal compiler, and runs `parcours import` on
# hostile backups it writes with libarchive at run time.
parcours_add_test(tst_fuzzregressions
    SOURCES core/tst_fuzzregressions.cpp ${PROJECT_SOURCE_DIR}/fuzz/fuzzentries.cpp
    LIBS parcours_core LibArchive::LibArchive)
target_compile_definitions(tst_fuzzregressions PRIVATE
    FUZZ_CORPUS_DIR="${PROJECT_SOURCE_DIR}/fuzz/corpus")
add_dependencies(tst_fuzzregressions parcours)
