import { Table, type TableTrProps } from "@mantine/core";
import { useSavedRow } from "./savedRow.ts";

/**
 * A table row that is marked (light green, `data-saved`) when its record is the one just saved, so
 * the user returning to the list sees the change: `<SavedTr recordId={row.id}>` instead of `Table.Tr`.
 */
export function SavedTr({ recordId, style, ...rest }: TableTrProps & { recordId: string }) {
  const saved = useSavedRow()(recordId);
  return (
    <Table.Tr
      {...rest}
      data-saved={saved || undefined}
      style={saved ? { backgroundColor: "var(--mantine-color-green-0)", ...(style as object) } : style}
    />
  );
}
