export { runQuery, analyze, type RunQueryOptions } from "./run-query";
export { KqlUnsupportedError, KqlSemanticError, KqlRuntimeError } from "./errors";
export { validateQuery, type QueryCheck } from "./validate";
