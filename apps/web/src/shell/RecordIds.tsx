import { useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether every record id of a route's parameters (`personId`, `entryId`, …) is a record id at all. */
export function recordIdsValid(params: Record<string, unknown>): boolean {
  return Object.entries(params).every(
    ([k, v]) => !k.endsWith("Id") || (typeof v === "string" && UUID.test(v)),
  );
}

/**
 * A record page whose address names no record (`/register/summary`, a mistyped link) is "not found"
 * before it asks the API: such a word could reach another endpoint of the same path (the register's
 * summary answers `/register/summary`) and be drawn as a record it is not.
 */
export function RecordIds({ children }: { children: ReactNode }) {
  const params = useParams({ strict: false }) as Record<string, unknown>;
  return recordIdsValid(params) ? children : <NotFoundPage />;
}
