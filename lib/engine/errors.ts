/** Errors the engine raises; each names what failed and where (offset in the query text). */

function where(pos: number | undefined): string {
  return pos === undefined ? "" : ` at position ${pos}`;
}

/** Syntax the engine does not evaluate: it fails rather than risk a wrong answer. */
export class KqlUnsupportedError extends Error {
  constructor(
    readonly construct: string,
    readonly position?: number,
    detail?: string,
  ) {
    super(`unsupported KQL: ${construct}${where(position)}${detail ? ` (${detail})` : ""}`);
    this.name = "KqlUnsupportedError";
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
