#!/usr/bin/env bash
# Builds the S2 oracle (Debian's libs2-dev) and compares the engine's simplification with it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -e /usr/include/s2/s2builder.h ]; then apt-get install -y libs2-dev >/dev/null; fi
out="${TMPDIR:-/tmp}/s2-oracle"
g++ -std=c++17 -O1 scripts/s2-oracle/oracle.cc -o "$out" -ls2
npx tsx scripts/s2-oracle/compare.ts "$out"
