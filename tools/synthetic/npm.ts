import type pg from "pg";

export async function seedNpm(_pool: pg.Pool, _seed: number, _now: Date, _userId: string): Promise<void> {}
