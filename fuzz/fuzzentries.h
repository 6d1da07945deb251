// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

/**
 * The bodies of the libFuzzer targets (fuzz/fuzz_*.cpp), shared with the regression test
 * (tests/core/tst_fuzzregressions.cpp) so that a crashing input is replayed through exactly the
 * code the fuzzer ran. Each function reads one input and returns what the reader made of it:
 * success, or the translated message of a clean refusal. What the question readers accept is
 * then written back as GIFT, Aiken and Moodle XML.
 */
namespace Parcours::Fuzz {

struct Outcome
{
    bool ok = false;
    /** The reader's message when !ok (never empty then); empty when ok. */
    QString error;
};

/** The input as a GIFT file (UTF-8, else Windows-1252 as QuestionFile reads it) and as Aiken. */
Outcome gift(const uint8_t *data, size_t size);

/** The input as a Moodle question XML file. */
Outcome moodleXml(const uint8_t *data, size_t size);

/**
 * The input as a .mbz file: written to a file in a private temporary folder, then imported by
 * MbzImporter into a new project in that folder. The folder is removed before returning.
 */
Outcome mbz(const uint8_t *data, size_t size);

/** The name the .mbz input is given (it appears in every message of mbz()). */
QString mbzFileName();

} // namespace Parcours::Fuzz
