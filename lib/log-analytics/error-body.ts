/**
 * What a Log Analytics error body says, in its own words. The API nests the useful text: a 400's
 * parser or SEM0100 message is two levels down (`error.innererror.innererror`), a PartialError's
 * reason sits in `error.details[].innererror`, a malformed batch's in `error.innererror.details[]`,
 * and a token failure may be OAuth-shaped (`{"error":"invalid_grant","error_description":…}`).
 */
export interface ServerWords {
  /** Codes from the outermost error inwards, e.g. BadArgumentError, SemanticError, SEM0100. */
  codes: string[];
  /** Every distinct message, outermost first. */
  messages: string[];
}

/** Longest text kept from a body that is not JSON (an HTML error page says nothing useful past this). */
const MAX_TEXT = 300;

interface ErrorNode {
  code?: unknown;
  message?: unknown;
  innererror?: unknown;
  details?: unknown;
}

function walk(node: unknown, words: ServerWords, depth: number): void {
  if (depth > 10 || typeof node !== "object" || node === null) return;
  const { code, message, innererror, details } = node as ErrorNode;
  if (typeof code === "string" && code && !words.codes.includes(code)) words.codes.push(code);
  if (typeof message === "string" && message && !words.messages.includes(message)) words.messages.push(message);
  walk(innererror, words, depth + 1);
  if (Array.isArray(details)) for (const d of details) walk(d, words, depth + 1);
}

/** The codes and messages of a parsed error body: `{error: {…}}`, an OAuth error, or a bare error object. */
export function errorWords(body: unknown): ServerWords {
  const words: ServerWords = { codes: [], messages: [] };
  if (typeof body !== "object" || body === null) return words;
  const { error, error_description: description } = body as { error?: unknown; error_description?: unknown };
  if (typeof error === "string") {
    words.codes.push(error);
    if (typeof description === "string" && description) words.messages.push(description);
    return words;
  }
  walk(error ?? body, words, 0);
  return words;
}

/** Words from a raw body: parsed when it is JSON, else its text (trimmed), so nothing the server said is lost. */
export function bodyWords(text: string | undefined): ServerWords | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  try {
    return errorWords(JSON.parse(trimmed));
  } catch {
    const short = trimmed.length > MAX_TEXT ? `${trimmed.slice(0, MAX_TEXT)}…` : trimmed;
    return { codes: [], messages: [short] };
  }
}

/**
 * The `error` of a 200 answer (a PartialError), read from the raw body. The SDK's deserialiser keeps
 * only code and message of each `details[]` entry, which drops the reason in `details[].innererror`.
 * The error follows the tables, so the tail is parsed first and a large result is not parsed twice.
 */
export function partialErrorOf(text: string): unknown {
  const at = text.lastIndexOf('"error":');
  if (at < 0) return undefined;
  try {
    return JSON.parse(text.slice(at + '"error":'.length, text.lastIndexOf("}")));
  } catch {
    try {
      return (JSON.parse(text) as { error?: unknown }).error;
    } catch {
      return undefined;
    }
  }
}

/** "BadArgumentError/SemanticError/SEM0100: The request had … — A semantic error occurred. — 'take' operator: …" */
export function describeWords(words: ServerWords): string {
  const codes = words.codes.join("/");
  const text = words.messages.join(" — ");
  return codes && text ? `${codes}: ${text}` : codes || text;
}
