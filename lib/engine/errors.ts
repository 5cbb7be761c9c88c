/** Errors the engine raises; each names what failed and where (offset in the query text). */

function where(pos: number | undefined): string {
  return pos === undefined ? "" : ` at position ${pos}`;
}

/** Syntax the engine does not evaluate: it fails rather than risk a wrong answer. */
export class KqlUnsupportedError extends Error {
  /** Every construct refused (a query checked as a whole names them all). */
  readonly constructs: { construct: string; position?: number }[];
  constructor(
    readonly construct: string,
    readonly position?: number,
    detail?: string,
  ) {
    super(`unsupported KQL: ${construct}${where(position)}${detail ? ` (${detail})` : ""}`);
    this.name = "KqlUnsupportedError";
    this.constructs = [{ construct: detail ? `${construct} (${detail})` : construct, position }];
  }

  /** One error naming several constructs, in query order. */
  static all(list: readonly { construct: string; position: number }[]): KqlUnsupportedError {
    const seen = new Set<string>();
    const unique = [...list].sort((a, b) => a.position - b.position).filter((u) => {
      const key = `${u.position}\u0000${u.construct}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const e = new KqlUnsupportedError(unique[0].construct, unique[0].position);
    if (unique.length > 1) {
      e.message = `unsupported KQL (${unique.length} constructs): ${unique.map((u) => `${u.construct}${where(u.position)}`).join("; ")}`;
      e.constructs.splice(0, 1, ...unique);
    }
    return e;
  }
}

/** An error diagnostic of the Kusto analyzer (unknown column, missing table, type mismatch, ...). */
export class KqlSemanticError extends Error {
  constructor(
    message: string,
    readonly position: number,
    readonly code: string,
    readonly missingTable?: string,
  ) {
    super(`${message}${where(position)}${missingTable ? ` (missing table ${missingTable})` : ""}`);
    this.name = "KqlSemanticError";
  }
}

/** A failure while evaluating a valid query (bad argument value, limits). */
export class KqlRuntimeError extends Error {
  constructor(message: string, position?: number) {
    super(`${message}${where(position)}`);
    this.name = "KqlRuntimeError";
  }
}
