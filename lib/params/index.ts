/** Typed parsers for every route parameter; each returns a value or an error naming what is allowed. */
export * from "./as-of";
export * from "./incident-id";
export * from "./interval";
export * from "./kiosk-lifetime";
export * from "./pagination";
export * from "./region";
export * from "./result";
export * from "./search-params";
export * from "./time";
export * from "./time-range";
