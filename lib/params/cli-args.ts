/**
 * Command-line options for the CLIs in scripts/ (snapshot, kql, doctor, alerts, check-config,
 * simulate), read with node:util's parseArgs plus the rule the HTTP routes follow: an option given
 * twice is refused, not "last wins". `snapshot --range 1h --range 6h` printed the 6-hour snapshot
 * with exit 0, as `?range=1h&range=6h` would have if the server guessed.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Throws naming the first option given more than once (an option declared `multiple` may repeat). */
export function refuseRepeatedOptions(tokens: ReadonlyArray<{ kind: string; name?: string; rawName?: string }> | undefined, options: Options): void {
  const seen = new Map<string, number>();
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || !token.name || options[token.name]?.multiple) continue;
    const count = (seen.get(token.name) ?? 0) + 1;
    seen.set(token.name, count);
    if (count === 2) throw new Error(`Option '--${token.name}' given more than once; give it once`);
  }
}

/**
 * parseArgs, strict and without positionals unless `allowPositionals`, refusing a repeated option.
 * Throws parseArgs' own message (unknown option, missing value, unexpected argument) or the repeat.
 */
export function parseCliArgs<O extends Options>(options: O, argv: string[] = process.argv.slice(2), allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals, tokens: true });
  } catch (err) {
    // With positionals allowed, Node adds to "Unknown option '--bogus'" a hint about passing a file named
    // `--bogus` after `--` (with an unbalanced quote): a mistyped option is far likelier, and the
    // usage line that follows names the options. Every CLI now says the same first sentence.
    if (err instanceof Error) err.message = err.message.replace(/^(Unknown option '[^']*')\. To specify a positional argument .*$/s, "$1");
    throw err;
  }
  refuseRepeatedOptions(parsed.tokens, options);
  return { values: parsed.values, positionals: parsed.positionals };
}
