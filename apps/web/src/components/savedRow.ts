// The record just saved, so that the list the user returns to marks its row (R11 "forms that help").
// Kept in the query cache (one per app, dropped with the session's data at logout), not in a module.
import { useQuery, useQueryClient } from "@tanstack/react-query";

/** The last save: which record, and when (ms since the epoch). */
export interface SavedMark {
  readonly id: string;
  readonly at: number;
}

const KEY = ["ui", "lastSaved"] as const;

/** How long a list marks the row of the record saved last. */
export const SAVED_MARK_MS = 2 * 60_000;

/** Whether a row of record `id` is the one saved last, and recently. */
export function isFreshSave(mark: SavedMark | null | undefined, id: string, now: number): boolean {
  return mark != null && mark.id === id && now - mark.at >= 0 && now - mark.at < SAVED_MARK_MS;
}

/** Remembers the record a form just saved. */
export function useMarkSaved(): (id: string) => void {
  const queryClient = useQueryClient();
  return (id) => queryClient.setQueryData<SavedMark>(KEY, { id, at: Date.now() });
}

/** Whether a list's row is the record saved last (see SavedTr). */
export function useSavedRow(): (id: string) => boolean {
  const mark = useQuery<SavedMark | null>({
    queryKey: KEY,
    queryFn: () => null,
    staleTime: Infinity,
    gcTime: SAVED_MARK_MS,
  }).data;
  return (id) => isFreshSave(mark, id, Date.now());
}
