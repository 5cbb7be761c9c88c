#!/usr/bin/env bash
# Builds the S2 oracles (Debian's libs2-dev) and compares the engine's simplification and polygon
# unions with them. Environment options: see compare.ts and compare-union.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -e /usr/include/s2/s2builder.h ]; then apt-get install -y libs2-dev >/dev/null; fi
dir="${TMPDIR:-/tmp}"
g++ -std=c++17 -O1 test/oracles/s2/oracle.cc -o "$dir/s2-oracle" -ls2
g++ -std=c++17 -O1 test/oracles/s2/union.cc -o "$dir/s2-oracle-union" -ls2
npx tsx test/oracles/s2/compare.ts "$dir/s2-oracle"
npx tsx test/oracles/s2/compare-union.ts "$dir/s2-oracle-union"
