/**
 * replace_regex's rewrite pattern, read as RE2 reads it (the replace_regex page: "Use \0 to refer to
 * the whole match, \1 for the first capture group, \2 and so on"; KQL's regular expressions are RE2's):
 * `\0`-`\9` are references, `\\` is a backslash, everything else — `$` included — is literal text.
 * (JavaScript's replace would read `$$` as one `$` and `$1` as a group: tokenize_fl's "$$$" separator.)
 */
export function re2Replacer(rewrite: string, rx: RegExp): (match: string, ...rest: unknown[]) => string {
  const groups = new RegExp(`${rx.source}|`).exec("")?.length ?? 1;
  const parts = rewrite.split(/(\\[0-9\\])/);
  return (...args: unknown[]) => {
    let out = "";
    for (const p of parts) {
      if (p === "\\\\") out += "\\";
      else if (p.length === 2 && p[0] === "\\") {
        const k = Number(p[1]);
        // A reference past the pattern's groups is empty (RE2 rejects such a rewrite; Kusto does not say).
        out += k < groups && typeof args[k] === "string" ? args[k] : "";
      } else out += p;
    }
    return out;
  };
}
