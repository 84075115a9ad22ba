import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";

/**
 * The per-address rate limit (RATE_LIMIT_PER_MINUTE) across several HTTP processes.
 *
 * @fastify/rate-limit counts in the process's memory. With N workers behind one port a client whose
 * connections land on different workers would get N times the limit, and dividing the limit by N
 * would give a client on one keep-alive connection (one worker) a Nth of it. So each worker counts
 * locally and reports its new counts to the primary every FLUSH_MS; the primary adds them up and
 * answers each worker with what the *other* workers counted. A worker decides at once, on its own
 * count plus the others' last known total: never a round trip on the request's path, and a client
 * can pass the limit by at most what its other connections sent in the last ~0.1 s.
 *
 * Windows are fixed and aligned to the clock (minute 0, 1, 2 … since the epoch), so every process
 * agrees on which window a request falls in without talking about it.
 */

export const RATE_MESSAGE = "aldyn:rate-limit";
const FLUSH_MS = 100;

/** Worker → primary: new counts since the last report. Primary → worker: the other workers' totals. */
export interface RateMessage {
  readonly type: typeof RATE_MESSAGE;
  /** `${windowMs}/${index}`: the window the counts belong to. */
  readonly window: string;
  readonly counts: ReadonlyArray<readonly [string, number]>;
}

export function isRateMessage(m: unknown): m is RateMessage {
  return typeof m === "object" && m !== null && (m as { type?: unknown }).type === RATE_MESSAGE;
}

/** How a worker talks to the primary: process.send and process.on("message") in a cluster worker. */
export interface RateChannel {
  send(message: RateMessage): void;
  onMessage(listener: (message: unknown) => void): void;
}

export const processChannel: RateChannel = {
  send: (m) => {
    // The primary is gone (shutting down): the worker goes too; nothing to report to.
    if (process.connected) process.send?.(m);
  },
  onMessage: (listener) => void process.on("message", listener),
};

const windowOf = (windowMs: number, now: number) => `${windowMs}/${Math.floor(now / windowMs)}`;

/** A worker's counts of the current window. */
class WorkerTally {
  window = "";
  readonly own = new Map<string, number>();
  readonly others = new Map<string, number>();
  unsent = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly channel: RateChannel) {
    channel.onMessage((m) => {
      if (!isRateMessage(m)) return;
      // Others' counts may come before this worker's first request of the window (a new worker).
      if (m.window !== this.window && m.window === windowOf(Number(m.window.split("/")[0]), Date.now()))
        this.enter(m.window);
      if (m.window !== this.window) return;
      for (const [key, n] of m.counts) this.others.set(key, n);
    });
  }

  private enter(window: string): void {
    this.window = window;
    this.own.clear();
    this.others.clear();
    this.unsent = new Map();
  }

  incr(key: string, windowMs: number): { current: number; ttl: number } {
    const now = Date.now();
    const window = windowOf(windowMs, now);
    if (window !== this.window) this.enter(window);
    const own = (this.own.get(key) ?? 0) + 1;
    this.own.set(key, own);
    this.unsent.set(key, (this.unsent.get(key) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
    return { current: own + (this.others.get(key) ?? 0), ttl: windowMs - (now % windowMs) };
  }

  private flush(): void {
    this.timer = null;
    if (this.unsent.size === 0) return;
    const counts = [...this.unsent];
    this.unsent = new Map();
    this.channel.send({ type: RATE_MESSAGE, window: this.window, counts });
  }
}

/**
 * The store class for @fastify/rate-limit in a worker. A route with its own limit gets a child store
 * whose keys are apart from the global ones; routes register in the same order in every worker, so
 * the children's names agree across processes.
 */
export function sharedRateStore(channel: RateChannel = processChannel): FastifyRateLimitStoreCtor {
  const tally = new WorkerTally(channel);
  let children = 0;
  const make = (prefix: string): FastifyRateLimitStore => ({
    // The plugin passes the window's length third; its type declaration leaves it out.
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow?: number,
    ) {
      callback(null, tally.incr(prefix + key, timeWindow ?? 60_000));
    },
    child() {
      children += 1;
      return make(`${prefix}route${children}:`);
    },
  });
  return class {
    constructor() {
      return make("");
    }
  } as unknown as FastifyRateLimitStoreCtor;
}

/**
 * The primary's side: adds up the workers' reports of the current window and tells each worker what
 * the others counted for the keys that changed. A worker that exits keeps its counts in the window.
 */
export class RateTally {
  private window = "";
  private readonly byKey = new Map<string, Map<number, number>>();

  /** Takes worker `from`'s report; returns the answer for each worker (by id) in `workers`. */
  receive(from: number, message: RateMessage, workers: readonly number[]): Map<number, RateMessage> {
    const out = new Map<number, RateMessage>();
    if (message.window !== this.window) {
      if (this.isOlder(message.window)) return out;
      this.window = message.window;
      this.byKey.clear();
    }
    const keys: string[] = [];
    for (const [key, n] of message.counts) {
      const per = this.byKey.get(key) ?? new Map<number, number>();
      per.set(from, (per.get(from) ?? 0) + n);
      this.byKey.set(key, per);
      keys.push(key);
    }
    for (const w of workers) {
      const counts = keys.map((key) => {
        let others = 0;
        for (const [id, n] of this.byKey.get(key) ?? []) if (id !== w) others += n;
        return [key, others] as const;
      });
      out.set(w, { type: RATE_MESSAGE, window: this.window, counts });
    }
    return out;
  }

  /** A late report of a window already over (same length, earlier index) counts for nothing. */
  private isOlder(window: string): boolean {
    const [ms, index] = window.split("/").map(Number);
    const [curMs, curIndex] = this.window.split("/").map(Number);
    return ms === curMs && index !== undefined && curIndex !== undefined && index < curIndex;
  }
}
