/**
 * Encodings (their pages): gzip/zlib + base64, guids as base64 of their bytes, Punycode labels and
 * domains, and Windows command-line splitting.
 */
import { deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import type { Value } from "../dataset/columns";
import type { FnImpl } from "./functions";
import { punycodeDecode, punycodeEncode } from "./text/punycode";
import { toKustoString } from "./value-ops";

const text = (v: Value): string | null => (v === null ? null : toKustoString(v, "string"));

function base64Bytes(s: string): Buffer | null {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(s) && s.length % 4 !== 1 ? Buffer.from(s, "base64") : null;
}

function utf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Both pages' outputs are stored (level 0) deflate blocks; the gzip page's header carries XFL 0 and
 * OS 0xff (.NET's), where zlib writes 4 and 3. We always store: the result matches the pages and
 * decompresses to the input anywhere (whether Kusto compresses longer inputs is not documented).
 */
function gzipStored(s: string): string {
  const out = gzipSync(Buffer.from(s, "utf8"), { level: 0 });
  out[8] = 0;
  out[9] = 0xff;
  return out.toString("base64");
}

function decompressor(inflate: (b: Buffer) => Buffer): FnImpl {
  return ({ g: [a] }) => (i) => {
    const s = text(a(i));
    const bytes = s === null ? null : base64Bytes(s);
    if (!bytes) return null;
    try {
      return utf8(inflate(bytes));
    } catch {
      // Not a valid stream: the pages print an empty result ("x0x0x0").
      return null;
    }
  };
}

/** .NET Guid.ToByteArray order: the first three groups little-endian, the last two as written. */
function guidBytes(guid: string): Buffer | null {
  const hex = guid.replace(/-/g, "");
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) return null;
  const b = Buffer.from(hex, "hex");
  return Buffer.concat([Buffer.from(b.subarray(0, 4)).reverse(), Buffer.from(b.subarray(4, 6)).reverse(), Buffer.from(b.subarray(6, 8)).reverse(), b.subarray(8)]);
}

function guidOf(bytes: Buffer): string {
  const h = guidBytes(bytes.toString("hex")) as Buffer; // the swap is its own inverse
  const x = h.toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// IDNA label separators: full stop, ideographic full stop, fullwidth full stop, halfwidth ideographic full stop.
const LABEL_SEPARATORS = /[.\u3002\uff0e\uff61]/;

function mapLabels(domain: string, f: (label: string) => string | null): string | null {
  const labels = domain.split(LABEL_SEPARATORS).map(f);
  return labels.some((l) => l === null) ? null : labels.join(".");
}

/** CommandLineToArgvW's rules (as Wine documents them): the program name, then quotes and backslashes. */
export function windowsArgv(cmd: string): string[] {
  const args: string[] = [];
  let s = 0;
  let arg = "";
  if (cmd.startsWith('"')) {
    const end = cmd.indexOf('"', 1);
    arg = end < 0 ? cmd.slice(1) : cmd.slice(1, end);
    s = end < 0 ? cmd.length : end + 1;
  } else {
    while (s < cmd.length && cmd[s] !== " " && cmd[s] !== "\t") arg += cmd[s++];
  }
  args.push(arg);
  while (s < cmd.length && (cmd[s] === " " || cmd[s] === "\t")) s++;
  if (s >= cmd.length) return cmd.length === 0 ? [] : args;
  arg = "";
  let quotes = 0;
  let backslashes = 0;
  while (s < cmd.length) {
    const c = cmd[s];
    if ((c === " " || c === "\t") && quotes === 0) {
      args.push(arg);
      arg = "";
      backslashes = 0;
      while (s < cmd.length && (cmd[s] === " " || cmd[s] === "\t")) s++;
      if (s >= cmd.length) return args;
    } else if (c === "\\") {
      arg += c;
      backslashes++;
      s++;
    } else if (c === '"') {
      arg = arg.slice(0, arg.length - (backslashes >> 1) - (backslashes & 1));
      if ((backslashes & 1) === 0) quotes++;
      else arg += '"';
      s++;
      backslashes = 0;
      while (cmd[s] === '"') {
        if (++quotes === 3) {
          arg += '"';
          quotes = 0;
        }
        s++;
      }
      if (quotes === 2) quotes = 0;
    } else {
      arg += c;
      backslashes = 0;
      s++;
    }
  }
  args.push(arg);
  return args;
}

export const CODEC_FUNCTIONS: Record<string, FnImpl> = {
  gzip_compress_to_base64_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : gzipStored(s);
  },
  zlib_compress_to_base64_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : deflateSync(Buffer.from(s, "utf8"), { level: 0 }).toString("base64");
  },
  gzip_decompress_from_base64_string: decompressor(gunzipSync),
  zlib_decompress_from_base64_string: decompressor(inflateSync),
  base64_encode_fromguid: ({ g: [a] }) => (i) => {
    const v = a(i);
    const bytes = typeof v === "string" ? guidBytes(v) : null;
    return bytes ? bytes.toString("base64") : null;
  },
  base64_decode_toguid: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    const bytes = s === null ? null : base64Bytes(s);
    return bytes && bytes.length === 16 ? guidOf(bytes) : null;
  },
  punycode_from_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : punycodeEncode(s);
  },
  punycode_to_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : punycodeDecode(s);
  },
  punycode_domain_to_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : mapLabels(s, (l) => (/^[\x00-\x7f]*$/.test(l) ? l : (p => (p === null ? null : `xn--${p}`))(punycodeEncode(l))));
  },
  punycode_domain_from_string: ({ g: [a] }) => (i) => {
    const s = text(a(i));
    return s === null ? null : mapLabels(s, (l) => (/^xn--/i.test(l) ? punycodeDecode(l.slice(4)) : l));
  },
  parse_command_line: ({ g: [a, p] }) => (i) => {
    const s = text(a(i));
    // "windows" is the only parser the page lists.
    if (s === null || String(p(i)).toLowerCase() !== "windows") return null;
    return windowsArgv(s);
  },
};
