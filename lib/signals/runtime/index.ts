export * from "./context";
export * from "./rows";
export * from "./status";
export * from "./types";
export * from "./windows";
export * from "./fragments";
export * from "./held";
