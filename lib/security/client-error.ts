/**
 * Requests Node's own HTTP parser refuses before any handler (proxy.ts, Next) sees them: headers
 * (request line included) over the server's limit, a method it does not know (`FOO /`), a malformed
 * request line. Without a 'clientError' listener Node writes a bare status line (`431` or `400`, no
 * body, no security headers), so a user whose cookies grew past the limit saw an empty page and a
 * probe no word of what is allowed. This answers the same statuses with a sentence saying what the
 * limit is and what to do, and the static security headers. A timeout (408) and a socket already
 * answering are left to Node, as its default does.
 */
import http from "node:http";
import type { Duplex } from "node:stream";
import { STATIC_SECURITY_HEADERS } from "./headers";

const INSTALLED = Symbol.for("active-active-dashboard:client-errors");

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;
interface Target {
  emit: Emit;
  [INSTALLED]?: true;
}

/** The answer to a parser error, or undefined for one left to Node (a timeout, an unknown kind). */
export function clientErrorAnswer(code: string | undefined, maxHeaderBytes: number): { status: number; reason: string; text: string } | undefined {
  if (code === "HPE_HEADER_OVERFLOW") {
    const kb = Math.round(maxHeaderBytes / 1024);
    return {
      status: 431,
      reason: "Request Header Fields Too Large",
      text: `the request line and headers together are over this server's ${kb} kB limit: shorten the URL's query string, or clear this site's cookies`,
    };
  }
  if (code?.startsWith("HPE_")) {
    return { status: 400, reason: "Bad Request", text: "not an HTTP/1.1 request this server can read (an unknown method, or a malformed request line or header); the dashboard answers GET and HEAD" };
  }
  return undefined;
}

/**
 * Whether the refused request was a HEAD, read from the bytes the parser saw (`rawPacket`): a HEAD's
 * answer carries no body, and an HTTP client reading one after `Connection: close` fails to parse
 * the answer at all. Unknown (no packet): answered as a GET, the method browsers send.
 */
export function wasHead(rawPacket: unknown): boolean {
  return Buffer.isBuffer(rawPacket) && rawPacket.subarray(0, 5).toString("latin1") === "HEAD ";
}

/** Writes `status` with the sentence (not for a HEAD) and the static security headers on a raw socket, then closes it. */
function writeAnswer(socket: Duplex, answer: { status: number; reason: string; text: string }, head: boolean): void {
  const body = `${answer.text}\n`;
  const headers = [
    `HTTP/1.1 ${answer.status} ${answer.reason}`,
    "Content-Type: text/plain; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Cache-Control: no-store",
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    ...STATIC_SECURITY_HEADERS.map(({ key, value }) => `${key}: ${value}`),
    "Connection: close",
  ];
  socket.end(`${headers.join("\r\n")}\r\n\r\n${head ? "" : body}`);
}

/**
 * Answers 'clientError' events on `target` (an http.Server or its prototype) that Node would answer
 * with a bare status line. Node writes its default only when no listener took the event (the emit
 * returned false), so taking it here replaces the default; the socket is closed after the answer.
 */
export function answerClientErrors(target: Target): void {
  if (target[INSTALLED]) return;
  const original = target.emit;
  target.emit = function (this: { maxHeaderSize?: number; listenerCount(e: string): number }, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "clientError" || this.listenerCount("clientError") > 0) return original.call(this, event, ...args);
    const [err, socket] = args as [NodeJS.ErrnoException & { rawPacket?: unknown }, Duplex & { _httpMessage?: { headersSent?: boolean } }];
    const answer = clientErrorAnswer(err?.code, this.maxHeaderSize ?? http.maxHeaderSize);
    // As Node's default: never write into a response already under way on this socket.
    if (!answer || !socket.writable || socket._httpMessage?.headersSent) return original.call(this, event, ...args);
    writeAnswer(socket, answer, wasHead(err?.rawPacket));
    return true;
  } as Emit;
  target[INSTALLED] = true;
}
