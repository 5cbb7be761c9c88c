/**
 * Starts the server's requests one per event-loop turn, first come first served.
 *
 * Why: under saturation Node 20 (libuv 1.46) accepts one new connection per event-loop turn, and a
 * turn starts every request that arrived on the connections already accepted. With 200 connections
 * opened at once (wrk, or every wall reconnecting after a restart), the last ones waited seconds in
 * the kernel's accept queue while the first were served again and again: the overview's p99 at 200
 * connections was ~7.5 s while each request spent ~1 ms in the server (docs/operations.md, "Where
 * wrk's closed-loop tail comes from"). One request started per turn keeps a turn to one request's
 * synchronous work, so connections are accepted as fast as requests are served. A request's
 * asynchronous work (a render, a query, a file) still overlaps with the others: only its start waits.
 */
import type { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";

const INSTALLED = Symbol.for("active-active-dashboard:request-turns");

type Emit = EventEmitter["emit"];
interface Target {
  emit: Emit;
  [INSTALLED]?: { restore: () => void };
}

/**
 * Decides, as a request arrives, when it may start: undefined (in its turn, as every request), a
 * promise of a slot (once it resolves; the slot is released when the response closes), or "answered"
 * (the admission answered the request itself, e.g. 503 busy). render-admission.ts is one.
 */
export type Admit = (req: IncomingMessage, res: ServerResponse) => Promise<() => void> | "answered" | undefined;

/**
 * Queues the `'request'` events emitted on `target` (an `http.Server` or its prototype) and emits
 * them one per turn with `schedule` (setImmediate). Every other event passes straight through.
 * Returns a function that restores the original `emit`; installing twice keeps the first.
 */
export function startRequestsOnePerTurn(target: Target, schedule: (run: () => void) => void = setImmediate, admit?: Admit): () => void {
  const installed = target[INSTALLED];
  if (installed) return installed.restore;
  const original = target.emit;
  const queue: Array<{ self: unknown; args: unknown[] }> = [];
  let pumping = false;
  const pump = () => {
    const next = queue.shift();
    try {
      if (next) original.apply(next.self, ["request", ...next.args]);
    } finally {
      // A listener that throws must not stall the requests behind it.
      if (queue.length > 0) schedule(pump);
      else pumping = false;
    }
  };
  const enqueue = (self: unknown, args: unknown[]) => {
    queue.push({ self, args });
    if (!pumping) {
      pumping = true;
      schedule(pump);
    }
  };
  target.emit = function (this: unknown, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return original.call(this, event, ...args);
    const [req, res] = args as [IncomingMessage, ServerResponse];
    let admission: ReturnType<Admit>;
    try {
      admission = admit?.(req, res);
    } catch (err) {
      // An admission that fails must not cost the request: it starts as if there were none.
      console.error(`request admission failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (admission === "answered") return true;
    if (!admission) {
      enqueue(this, args);
      return true;
    }
    // Waiting for a slot: a client that leaves meanwhile gives its slot back as soon as it gets it.
    let closed = false;
    res.once("close", () => (closed = true));
    void admission.then((release) => {
      if (closed) return release();
      res.once("close", release);
      enqueue(this, args);
    });
    return true;
  } as Emit;
  const restore = () => {
    target.emit = original;
    delete target[INSTALLED];
  };
  target[INSTALLED] = { restore };
  return restore;
}
