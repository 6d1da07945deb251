#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Parcours Studio and opens the editor on the bundled sample.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build="${BUILD_DIR:-$top/build}"

"$top/packaging/scripts/install-deps.sh"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build "$build"
sample="$build/sample/exemple-maternelle.parcours"
mkdir -p "$(dirname "$sample")"
[ -f "$sample" ] || "$build/app/parcours" sample "$sample"
exec "$build/app/parcours-studio" "$sample"
