#!/bin/sh
# Writes UNITS C files of FUNCS functions each (plus units.h and units.c that call them all):
# enough optimiser work that the compile, not the image plumbing, dominates the build.
#   sh gen.sh OUTDIR [UNITS] [FUNCS]
set -eu
out=$1
units=${2:-12}
funcs=${3:-40}
mkdir -p "$out"
: >"$out/units.h"
{
  echo '#include <stdint.h>'
  echo '#include "units.h"'
  echo 'uint64_t run_units(uint64_t seed) {'
  echo '  uint64_t acc = seed;'
} >"$out/units.c"
u=0
while [ "$u" -lt "$units" ]; do
  f="$out/unit_$u.c"
  echo '#include <stdint.h>' >"$f"
  i=0
  while [ "$i" -lt "$funcs" ]; do
    name="u${u}_f${i}"
    k=$((u * 1000 + i))
    cat >>"$f" <<C
uint64_t $name(uint64_t x) {
  uint64_t t[16];
  for (int j = 0; j < 16; j++) t[j] = x * (uint64_t)(j + $k) ^ (x >> (j % 13));
  for (int r = 0; r < 8; r++) {
    for (int j = 0; j < 16; j++) {
      uint64_t a = t[j], b = t[(j + 5) & 15], c = t[(j + 11) & 15];
      switch ((a ^ $k) & 7) {
      case 0: t[j] = (a << 7 | a >> 57) + b * 0x9e3779b97f4a7c15ULL; break;
      case 1: t[j] = a ^ (b + c) * $((k % 251 + 3)); break;
      case 2: t[j] = (a - c) * 0xff51afd7ed558ccdULL ^ b; break;
      case 3: t[j] = a + (b >> 3) + (c << 5); break;
      case 4: t[j] = (a * c) ^ (b | $((k % 97))); break;
      case 5: t[j] = a ^ (a >> 31) ^ b ^ $((k % 65521)); break;
      case 6: t[j] = (b << 13 | b >> 51) - a + c; break;
      default: t[j] = a * 0xc4ceb9fe1a85ec53ULL + b - c; break;
      }
    }
  }
  uint64_t s = 0;
  for (int j = 0; j < 16; j++) s += t[j] * (uint64_t)(j + 1);
  return s;
}
C
    echo "uint64_t $name(uint64_t x);" >>"$out/units.h"
    echo "  acc = $name(acc);" >>"$out/units.c"
    i=$((i + 1))
  done
  u=$((u + 1))
done
echo '  return acc;' >>"$out/units.c"
echo '}' >>"$out/units.c"
