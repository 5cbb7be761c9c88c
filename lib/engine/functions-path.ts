/**
 * parse_path() (its page): scheme, drive root, directory, file name, extension and NTFS alternate
 * data stream of a Windows, UNC, Unix or file:// path. Rules read off the page's five examples: the
 * root is a drive letter only (a UNC or Unix path has an empty root), the directory is everything
 * before the last / or \, a ':' inside the file name starts the stream name.
 */
import type { FnImpl } from "./functions";
import { toKustoString } from "./value-ops";

export function parsePath(text: string): Record<string, string> {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  const rest = scheme ? text.slice(scheme[0].length) : text;
  const cut = Math.max(rest.lastIndexOf("/"), rest.lastIndexOf("\\"));
  const directory = cut >= 0 ? rest.slice(0, cut) : "";
  const last = cut >= 0 ? rest.slice(cut + 1) : rest;
  // "C:file" has a drive, not a stream.
  const colon = cut >= 0 || !/^[A-Za-z]:/.test(last) ? last.indexOf(":") : -1;
  const filename = colon >= 0 ? last.slice(0, colon) : last;
  const dot = filename.lastIndexOf(".");
  const root = /^([A-Za-z]:)(?:[\\/]|$)/.exec(rest);
  return {
    Scheme: scheme ? scheme[1] : "",
    RootPath: root ? root[1] : "",
    DirectoryPath: directory,
    DirectoryName: directory.split(/[\\/]/).pop() ?? "",
    Filename: filename,
    Extension: dot >= 0 ? filename.slice(dot + 1) : "",
    AlternateDataStreamName: colon >= 0 ? last.slice(colon + 1) : "",
  };
}

export const PATH_FUNCTIONS: Record<string, FnImpl> = {
  parse_path: ({ g: [a] }) => (i) => {
    const v = a(i);
    return v === null ? null : parsePath(toKustoString(v, "string"));
  },
};
