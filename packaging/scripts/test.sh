#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Parcours Studio with its tests and runs the whole test suite.
# Options: --asan builds with AddressSanitizer and UndefinedBehaviorSanitizer (separate build dir).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build="${BUILD_DIR:-$top/build-tests}"
extra=()
if [ "${1:-}" = "--asan" ]; then
    build="${BUILD_DIR:-$top/build-asan}"
    extra=(-DPARCOURS_ENABLE_ASAN=ON -DPARCOURS_ENABLE_UBSAN=ON)
fi

"$top/packaging/scripts/install-deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON \
    -DPARCOURS_WERROR=ON "${extra[@]}"
cmake --build "$build"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure -j2 --timeout 600
