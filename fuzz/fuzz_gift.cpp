// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: see fuzz/README.md.
#include "fuzz/fuzzentries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Parcours::Fuzz::gift(data, size);
    return 0;
}
