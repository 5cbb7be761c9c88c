/**
 * hash()/hash_xxhash64() and the cryptographic hashes of datetimes (their pages). Kusto hashes a
 * string's UTF-8 bytes, a datetime's 64-bit tick count and a long's 64 bits (little-endian) with XXH64,
 * seed 0: all reproduce the pages' examples (the long's: the shuffle-query page of 2020, whose
 * binary_xor(hash("activity1", 100), hash(n, 100)) is 56 for n = 2 and 65 for n = 1, which the long's
 * 8 big-endian bytes, its 4 int bytes and its decimal text all miss). The bytes hashed for other types
 * (int, real, bool, ...) are not documented, so those stay refused. hash_combine()/hash_many() are refused: their mixing function is not documented, and the
 * pages give one output, hash_combine(hash("Hello"), hash("World")) = -1440138333540407281, which none
 * of about 95 candidates reproduces over the exact XXH64 inputs (tried: boost's hash_combine with the
 * 32- and 64-bit golden-ratio constants, seeded and from 0, logical and arithmetic shifts, and boost
 * 1.81's mix; .NET's Tuple/HashHelpers/corefx combiners and 31/33/397 multiply-xor; CityHash's
 * Hash128to64; murmur's fmix64 and splitmix64; XXH64's round/mergeRound; XXH64 over the two longs'
 * bytes in either order and endianness, with seeds, and over their decimal text with separators).
 * A second search (2026-12) solved for the free constant instead of guessing it, so each family
 * below is ruled out for every multiplier, seed or length, not only the usual ones: acc*m+h,
 * acc*m^h, (acc^h)*m, (acc+h)*m, rotate-xor/add and XXH64-round folds from any seed, with the
 * inputs raw, byte-swapped, re-hashed (XXH64 of their 8 bytes or decimal text, murmur/splitmix/XXH
 * finalisers) and the output un-mixed by the same finalisers; XXH64 of the 16 bytes with any seed;
 * FNV-1/1a and multiply-add over the 16 bytes from any basis; boost-style shifts 0..12/0..8 with 30
 * constants; 128-bit multiply folds (abseil, wyhash, XXH3 secrets); and XXH3-64/128, CityHash64/128,
 * FarmHash, MurmurHash2-64A/B, MurmurHash3-128 and SpookyHash over 16-byte, decimal and JSON
 * encodings with common seeds. No public KQL engine (kusto-loco, IBM's ClickHouse dialect, Cribl's
 * docs) implements it either.
 */
import { createHash } from "node:crypto";
import type { FnImpl } from "./functions";
import { exactGetter, hasExact } from "./exact-long";
import { exactWhole } from "./exact-long-ops";
import { xxhash64 } from "./hash/xxhash64";
import { unsupported } from "./syntax";
import { toLong } from "./value-ops";
import { formatDatetimeDynamic } from "../format/kusto-time";

/** .NET ticks (100 ns since 0001-01-01) of the Unix epoch. */
const EPOCH_TICKS = 621_355_968_000_000_000n;

function littleEndian64(n: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, BigInt.asIntN(64, n), true);
  return out;
}

const HASHED = new Set(["string", "datetime", "long"]);

const xxhash: FnImpl = ({ g: [a, m], nodes, call }) => {
  const type = nodes[0]?.type;
  if (!type || !HASHED.has(type)) return unsupported(call, `${call.symbol?.name ?? "hash"}() of a ${type ?? "non-string"} value`);
  const bytesOf = (i: number): Uint8Array | null => {
    if (type === "long") {
      const n = exactWhole(a, i, call);
      return n === null ? null : littleEndian64(n);
    }
    const v = a(i);
    if (v === null) return null;
    if (type === "string") return new TextEncoder().encode(String(v));
    return littleEndian64(EPOCH_TICKS + BigInt(Math.round((v as number) * 10_000)));
  };
  // The 64-bit hash: exact where the engine keeps it (exact-long.ts), its nearest double elsewhere.
  if (!m) return exactGetter((i) => {
    const bytes = bytesOf(i);
    return bytes ? BigInt.asIntN(64, xxhash64(bytes)) : null;
  });
  return (i) => {
    const bytes = bytesOf(i);
    if (!bytes) return null;
    const h = xxhash64(bytes);
    // A modulo beyond ±(2^53 − 1) is read exactly (hash is exact-aware: exact-long-ops.ts).
    const mod = hasExact(m) ? m.exact(i) : toLong(m(i));
    if (mod === null || mod <= 0) return null;
    // The pages promise a result in [0, mod - 1]: the unsigned hash's remainder (51 for "World", 100).
    return Number(h % BigInt(mod));
  };
};

/** hash_md5/sha1/sha256 of a datetime hash its 7-fraction-digit ISO text (all three pages' examples). */
function digest(algorithm: string): FnImpl {
  return ({ g: [a], nodes, call }) => {
    const type = nodes[0]?.type;
    if (type !== "string" && type !== "datetime") return unsupported(call, `${call.symbol?.name ?? "hash"}() of a ${type ?? "non-string"} value`);
    return (i) => {
      const v = a(i);
      if (v === null) return null;
      const text = type === "datetime" ? formatDatetimeDynamic(v as number) : String(v);
      return createHash(algorithm).update(text, "utf8").digest("hex");
    };
  };
}

export const HASH_FUNCTIONS: Record<string, FnImpl> = {
  hash: xxhash,
  hash_xxhash64: xxhash,
  hash_md5: digest("md5"),
  hash_sha1: digest("sha1"),
  hash_sha256: digest("sha256"),
};

/** For the validation pass: the refusal of a hash over a type whose hashed bytes are undocumented. */
export function hashRefusal(name: string, argType: string | undefined): string | undefined {
  if (!(name in HASH_FUNCTIONS) || argType === undefined || argType === "string" || argType === "datetime") return undefined;
  if (argType === "long" && HASH_FUNCTIONS[name] === xxhash) return undefined;
  return `${name}() of a ${argType} value`;
}
