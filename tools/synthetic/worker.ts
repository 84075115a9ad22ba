import { parentPort, workerData } from "node:worker_threads";
import { makeBatchGenerator, type BatchConfig } from "./batch.ts";
import { installFormatCache } from "./intl-cache.ts";

// A generator thread: builds the batches the writer asks for, one at a time, and posts their JSON.
installFormatCache();
const generate = makeBatchGenerator(workerData as BatchConfig);
parentPort!.on("message", (m: { from: number; to: number }) => {
  parentPort!.postMessage(generate(m.from, m.to));
});
