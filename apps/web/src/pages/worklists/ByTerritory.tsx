import { Anchor, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DueChecksPage } from "../../api/types.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useDistricts } from "./useDistricts.ts";

type TerritoryCounts = DueChecksPage["byTerritory"][number];

/**
 * The counts of a region-wide worklist by district; choosing a district narrows the list to it.
 * A row at the region itself holds work recorded there, in no district.
 */
export function ByTerritory({
  rows,
  onPick,
}: {
  rows: readonly TerritoryCounts[];
  onPick: (territoryId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { districts } = useDistricts();
  if (rows.length === 0) return null;
  const nameOf = (row: TerritoryCounts) => {
    const d = districts.find((x) => x.id === row.territoryId);
    return d ? localName(d.name, lang) : t("worklists.notInDistrict");
  };
  return (
    <Table withTableBorder mb="sm" maw={560} data-testid="worklist-by-district">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("worklists.district")}</Table.Th>
          <Table.Th>{t("worklists.overdue")}</Table.Th>
          <Table.Th>{t("worklists.due")}</Table.Th>
          <Table.Th>{t("worklists.upcoming")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const id = row.territoryId;
          return (
            <Table.Tr key={row.path} data-testid="worklist-district-row">
              <Table.Td>
                {id !== null && districts.some((d) => d.id === id) ? (
                  <Anchor component="button" type="button" onClick={() => onPick(id)}>
                    {nameOf(row)}
                  </Anchor>
                ) : (
                  nameOf(row)
                )}
              </Table.Td>
              <Table.Td>{row.overdue}</Table.Td>
              <Table.Td>{row.due}</Table.Td>
              <Table.Td>{row.upcoming}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
