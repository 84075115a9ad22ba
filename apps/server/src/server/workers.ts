import cluster, { type Worker } from "node:cluster";
import type { AddressInfo } from "node:net";
import { workerPoolSize, type Config } from "../config.ts";
import { isRateMessage, RateTally } from "./shared-rate-limit.ts";

/** Worker → primary: ready for its settings. Primary → worker: the settings. */
export const ASK_SETTINGS = "aldyn:worker-settings?";
export const SETTINGS = "aldyn:worker-settings";

/** What a worker needs from the primary; sent over the IPC channel, so the database password is in no environment. */
export interface WorkerSettings {
  readonly type: typeof SETTINGS;
  readonly databaseUrl: string;
  readonly poolSize: number;
  readonly replicaPoolSize: number;
}

export interface Workers {
  /** The port the workers share (PORT, or the one the system chose for PORT=0). */
  readonly port: number;
  /** Asks every worker to stop (each answers its requests in flight), waits for them, and forks no more. */
  stop(): Promise<void>;
}

/** A worker that dies within this time of its start counts as failing again: the wait doubles. */
const STABLE_MS = 30_000;
const FIRST_RESTART_MS = 250;
const MAX_RESTART_MS = 30_000;
/** How long a stopping worker may take to answer its requests in flight before it is killed. */
const STOP_GRACE_MS = 30_000;

type Say = (line: string) => void;

/**
 * Forks `config.serverProcesses` HTTP workers of this same entry point (main.ts), each with its share
 * of the pool (workerPoolSize), and resolves when all listen on the shared port. A worker that dies
 * before the server is up fails the start (its reason is in its own error output); later, a worker
 * that dies is replaced after 0.25 s, doubling up to 30 s while replacements keep dying within 30 s.
 * The primary also adds up the workers' rate-limit counts (shared-rate-limit.ts).
 * Logs name workers by number and pid only: nothing personal.
 */
export function startWorkers(config: Config, databaseUrl: string, say: Say): Promise<Workers> {
  const n = config.serverProcesses;
  const settings: WorkerSettings = {
    type: SETTINGS,
    databaseUrl,
    poolSize: workerPoolSize(config.databasePoolSize, n),
    replicaPoolSize: Math.max(2, Math.ceil(5 / n)),
  };
  const tally = new RateTally();
  const started = new Map<number, number>();
  let stopping = false;
  let up = false;
  let failures = 0;
  let port = config.port;

  const fork = (): Worker => {
    const w = cluster.fork();
    started.set(w.id, Date.now());
    return w;
  };
  const live = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());

  cluster.on("message", (worker, message: unknown) => {
    if (
      typeof message === "object" &&
      message !== null &&
      (message as { type?: unknown }).type === ASK_SETTINGS
    ) {
      worker.send(settings);
      return;
    }
    if (!isRateMessage(message)) return;
    const ids = live().map((w) => w.id);
    for (const [id, answer] of tally.receive(worker.id, message, ids)) {
      const w = cluster.workers?.[id];
      if (w?.isConnected()) w.send(answer);
    }
  });

  return new Promise<Workers>((resolve, reject) => {
    let listening = 0;
    const stop = async () => {
      stopping = true;
      const all = live();
      await Promise.all(
        all.map(
          (w) =>
            new Promise<void>((done) => {
              if (w.isDead()) return done();
              const kill = setTimeout(() => w.process.kill("SIGKILL"), STOP_GRACE_MS);
              w.once("exit", () => {
                clearTimeout(kill);
                done();
              });
              w.process.kill("SIGTERM");
            }),
        ),
      );
    };
    cluster.on("listening", (w, address: AddressInfo) => {
      if (up) {
        say(`worker ${w.id} (pid ${w.process.pid}) is serving`);
        return;
      }
      port = address.port;
      listening += 1;
      if (listening === n) {
        up = true;
        resolve({ port, stop });
      }
    });
    cluster.on("exit", (w, code, signal) => {
      const lived = Date.now() - (started.get(w.id) ?? 0);
      started.delete(w.id);
      if (stopping) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!up) {
        stopping = true;
        reject(new Error(`worker ${w.id} stopped before the server was up (${how})`));
        void stop();
        return;
      }
      failures = lived < STABLE_MS ? failures + 1 : 1;
      const wait = Math.min(MAX_RESTART_MS, FIRST_RESTART_MS * 2 ** (failures - 1));
      process.stderr.write(
        `worker ${w.id} (pid ${w.process.pid}) stopped (${how}); a new one starts in ${wait} ms\n`,
      );
      setTimeout(() => {
        if (!stopping) fork();
      }, wait);
    });
    for (let i = 0; i < n; i++) fork();
  });
}
