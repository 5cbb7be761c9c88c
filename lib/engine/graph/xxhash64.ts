/**
 * XXH64 (Yann Collet's xxHash, 64-bit, seed 0) of a string's UTF-8 bytes, as a signed long. It is the
 * node hash graph-to-table exports: the page's NodeId for "Alice" is -3122868243544336885, which is
 * XXH64("Alice") read as a two's complement long.
 */
const MASK = (1n << 64n) - 1n;
const P1 = 11400714785074694791n;
const P2 = 14029467366897019727n;
const P3 = 1609587929392839161n;
const P4 = 9650029242287828579n;
const P5 = 2870177450012600261n;

const mul = (a: bigint, b: bigint) => (a * b) & MASK;
const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & MASK;

function round(acc: bigint, lane: bigint): bigint {
  return mul(rotl((acc + mul(lane, P2)) & MASK, 31n), P1);
}

function merge(acc: bigint, v: bigint): bigint {
  return (mul(acc ^ round(0n, v), P1) + P4) & MASK;
}

export function xxhash64(text: string): bigint {
  const buf = Buffer.from(text, "utf8");
  const len = buf.length;
  let p = 0;
  let h: bigint;
  if (len >= 32) {
    let v1 = (P1 + P2) & MASK;
    let v2 = P2;
    let v3 = 0n;
    let v4 = (MASK + 1n - P1) & MASK;
    while (p <= len - 32) {
      v1 = round(v1, buf.readBigUInt64LE(p));
      v2 = round(v2, buf.readBigUInt64LE(p + 8));
      v3 = round(v3, buf.readBigUInt64LE(p + 16));
      v4 = round(v4, buf.readBigUInt64LE(p + 24));
      p += 32;
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & MASK;
    h = merge(merge(merge(merge(h, v1), v2), v3), v4);
  } else h = P5;
  h = (h + BigInt(len)) & MASK;
  for (; p + 8 <= len; p += 8) h = (mul(rotl(h ^ round(0n, buf.readBigUInt64LE(p)), 27n), P1) + P4) & MASK;
  if (p + 4 <= len) {
    h = (mul(rotl(h ^ mul(BigInt(buf.readUInt32LE(p)), P1), 23n), P2) + P3) & MASK;
    p += 4;
  }
  for (; p < len; p++) h = mul(rotl(h ^ mul(BigInt(buf[p]), P5), 11n), P1);
  h = mul(h ^ (h >> 33n), P2);
  h = mul(h ^ (h >> 29n), P3);
  return BigInt.asIntN(64, h ^ (h >> 32n));
}
