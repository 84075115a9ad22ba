// Worker threads do not inherit tsx's loader hooks; this shim registers them before loading the
// TypeScript worker (tested by `npm run seed:synthetic`, which runs its batches here).
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
