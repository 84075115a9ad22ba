import { Worker } from "node:worker_threads";
import type { BatchConfig, BatchRows } from "./batch.ts";

export interface Generators {
  /** The next batch to write, in order of `todo`; undefined when all were taken. */
  take(): Promise<BatchRows> | undefined;
  close(): Promise<void>;
}

interface Slot {
  promise: Promise<BatchRows>;
  resolve: (rows: BatchRows) => void;
  reject: (e: unknown) => void;
}

/**
 * Worker threads that build the batches `todo` (batch k = persons [k*size, (k+1)*size) below
 * `persons`) in order. At most `ahead` finished batches wait to be taken, which bounds memory.
 * A worker's failure fails every batch not yet delivered.
 */
export function startGenerators(
  config: BatchConfig,
  opts: { workers: number; persons: number; size: number; todo: readonly number[]; ahead: number },
): Generators {
  const slots = new Map<number, Slot>();
  const slot = (pos: number): Slot => {
    let s = slots.get(pos);
    if (!s) {
      let resolve!: (rows: BatchRows) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<BatchRows>((res, rej) => ((resolve = res), (reject = rej)));
      promise.catch(() => {}); // awaited by a writer in turn; this keeps an early failure handled
      slots.set(pos, (s = { promise, resolve, reject }));
    }
    return s;
  };
  const idle: Worker[] = [];
  const threads: Worker[] = [];
  let dispatched = 0;
  let taken = 0;
  let failure: unknown = null;
  const pump = (): void => {
    while (!failure && idle.length > 0 && dispatched < opts.todo.length && dispatched - taken < opts.ahead) {
      const w = idle.pop()!;
      const pos = dispatched++;
      const b = opts.todo[pos]!;
      w.once("message", (rows: BatchRows) => {
        slot(pos).resolve(rows);
        idle.push(w);
        pump();
      });
      w.postMessage({ from: b * opts.size, to: Math.min(opts.persons, (b + 1) * opts.size) });
    }
  };
  for (let t = 0; t < Math.min(opts.workers, opts.todo.length); t++) {
    const w = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: config });
    w.on("error", (e) => {
      failure = e;
      for (const s of slots.values()) s.reject(e);
      for (let pos = taken; pos < opts.todo.length; pos++) slot(pos).reject(e);
    });
    threads.push(w);
    idle.push(w);
  }
  pump();
  return {
    take() {
      if (taken >= opts.todo.length) return undefined;
      const pos = taken++;
      pump();
      return slot(pos).promise.finally(() => slots.delete(pos));
    },
    close: async () => {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}
