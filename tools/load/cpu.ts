import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import type pg from "pg";

/**
 * CPU time of each tier of a run on this machine, from /proc: the API server (the process listening on
 * the port and every process below it — the cluster's workers when the server runs one per core —
 * except PostgreSQL's), PostgreSQL (the postmaster and every process below it: backends, WAL writer,
 * checkpointer, autovacuum) and the load generator itself. A tier's time is the user + system time of
 * its live processes plus what their ended children left in their cumulative fields (cutime, cstime),
 * so a backend that ends during a run still counts. Read before and after each run; the difference
 * divided by the run's requests is the CPU each request cost each tier.
 */
export interface Tiers {
  server: number | null;
  postgres: number | null;
  loadGenerator: number;
}

interface Proc {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks. */
  ticks: number;
}

let tickMs: number | null = null;
function msPerTick(): number {
  if (tickMs === null) {
    let hz = 100;
    try {
      hz = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      // getconf missing: Linux's USER_HZ is 100 on every common build.
    }
    tickMs = 1000 / hz;
  }
  return tickMs;
}

function readProc(pid: number): Proc | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), counted from 1.
    const n = (k: number) => Number(f[k - 3]);
    return { pid, ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) };
  } catch {
    return null; // ended between the listing and the read
  }
}

function allProcs(): Proc[] {
  const out: Proc[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    const p = readProc(Number(d));
    if (p) out.push(p);
  }
  return out;
}

/** `root` and everything below it, less the subtrees of `exclude`. */
function subtree(procs: Proc[], root: number, exclude: ReadonlySet<number>): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: Proc[] = [];
  const stack = procs.filter((p) => p.pid === root);
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (exclude.has(p.pid)) continue;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** The processes holding a listening TCP socket on `port` (IPv4 or IPv6), the topmost first. */
function listeners(port: number, procs: Proc[]): number[] {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; the inode is the tenth field.
      if (f.length > 9 && f[3] === "0A" && parseInt(f[1]!.split(":")[1]!, 16) === port) inodes.add(f[9]!);
    }
  }
  if (inodes.size === 0) return [];
  const holders: number[] = [];
  for (const p of procs) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${p.pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let link = "";
      try {
        link = readlinkSync(`/proc/${p.pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (m && inodes.has(m[1]!)) {
        holders.push(p.pid);
        break;
      }
    }
  }
  // A worker holding the same socket sits below the primary: keep the topmost holders.
  const held = new Set(holders);
  const parent = new Map(procs.map((p) => [p.pid, p.ppid]));
  return holders.filter((pid) => {
    for (let up = parent.get(pid); up !== undefined && up > 1; up = parent.get(up))
      if (held.has(up)) return false;
    return true;
  });
}

/** Finds the tiers' processes once; `read()` then gives each tier's CPU so far, in milliseconds. */
export async function cpuTiers(pool: pg.Pool, target: URL): Promise<{ read: () => Tiers; found: string }> {
  const local = /^(127\.|localhost$|\[::1\]$)/.test(target.hostname);
  const port = Number(target.port || (target.protocol === "https:" ? 443 : 80));
  const procs = allProcs();
  // The postmaster: the parent of this tool's own backend, if that backend runs on this machine.
  const backend = (await pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  let postmaster: number | null = null;
  try {
    if (readFileSync(`/proc/${backend}/cmdline`, "utf8").includes("postgres"))
      postmaster = procs.find((p) => p.pid === backend)?.ppid ?? null;
  } catch {
    postmaster = null; // a database on another machine
  }
  const servers = local ? listeners(port, procs) : [];
  const exclude = new Set(postmaster === null ? [] : [postmaster]);
  const sum = (list: Proc[]) => list.reduce((s, p) => s + p.ticks, 0) * msPerTick();
  const read = (): Tiers => {
    const now = allProcs();
    return {
      server: servers.length ? sum(servers.flatMap((pid) => subtree(now, pid, exclude))) : null,
      postgres: postmaster === null ? null : sum(subtree(now, postmaster, new Set())),
      loadGenerator: (() => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      })(),
    };
  };
  const serverProcs = servers.flatMap((pid) => subtree(procs, pid, exclude)).length;
  const found =
    `server: ${servers.length ? `pid ${servers.join(", ")} (${serverProcs} processes)` : "not found on this machine"}; ` +
    `PostgreSQL: ${postmaster === null ? "not on this machine" : `postmaster pid ${postmaster}`}`;
  return { read, found };
}

/** CPU milliseconds per request of each tier between two readings (null where a tier is unknown). */
export function perRequest(
  a: Tiers,
  b: Tiers,
  requests: number,
): { server: number | null; postgres: number | null; loadGenerator: number | null } {
  const d = (x: number | null, y: number | null) =>
    x === null || y === null || requests <= 0 ? null : Math.round(((y - x) / requests) * 100) / 100;
  return {
    server: d(a.server, b.server),
    postgres: d(a.postgres, b.postgres),
    loadGenerator: d(a.loadGenerator, b.loadGenerator),
  };
}
