/**
 * Approximate heap bytes of a JSON-like value (query results, snapshots): what the caches budget
 * by, so a memo holds "64 MB of snapshots", not "200 snapshots" of any size. Counts V8's usual
 * costs (8-byte numbers and pointers, 2 bytes per string character, ~16-byte object and array
 * headers); it walks the value once when cached, never on a hit.
 */
export function approxBytes(value: unknown): number {
  let total = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || v === undefined || typeof v === "boolean" || typeof v === "number") total += 8;
    else if (typeof v === "string") total += 16 + 2 * v.length;
    else if (v instanceof Date) total += 24;
    else if (Array.isArray(v)) {
      total += 16 + 8 * v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      total += 16 + 16 * entries.length;
      for (const [, item] of entries) stack.push(item);
    } else total += 8;
  }
  return total;
}
