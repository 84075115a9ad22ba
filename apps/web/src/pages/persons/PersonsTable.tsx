import { Table, Text, UnstyledButton } from "@mantine/core";
import type { PersonListItem, PersonListPage } from "@aldyn/contract";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { LoadingRow } from "../../components/tables.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { summaryName } from "../../components/withheldText.ts";
import { formatDate } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel, labelOf } from "../measures/labels.ts";
import { latName } from "./personName.ts";
import { ariaSort, shortName, type ListFilters, type SortColumn } from "./personsList.ts";

interface Props {
  page: PersonListPage | undefined;
  /** The district column: left out for a district-level user, whose persons all live there. */
  districtShown: boolean;
  filters: ListFilters;
  loading: boolean;
  busy: boolean;
  onSort: (column: SortColumn) => void;
  /** What the table says when it has no row: what to do next. */
  empty: ReactNode;
}

/** A column header that sorts by its column; a screen reader hears the order (aria-sort). */
function SortTh({
  column,
  filters,
  onSort,
  children,
  minWidth,
}: {
  column: SortColumn;
  filters: ListFilters;
  onSort: (column: SortColumn) => void;
  children: string;
  minWidth?: number;
}) {
  const { t } = useTranslation();
  const state = ariaSort(filters, column);
  return (
    <Table.Th aria-sort={state} style={{ whiteSpace: "nowrap", minWidth }}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        aria-label={t("personsList.sortBy", { column: children })}
        data-testid={`persons-sort-${column}`}
      >
        {children}{" "}
        <span aria-hidden="true">{state === "ascending" ? "↑" : state === "descending" ? "↓" : "↕"}</span>
      </UnstyledButton>
    </Table.Th>
  );
}

function RegisterCell({ item }: { item: PersonListItem }) {
  const { t } = useTranslation();
  const grounds = item.register?.grounds ?? [];
  if (grounds.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <>
      <Text size="sm" fw={600} c="orange.9">
        {t("personsList.onRegister")}
      </Text>
      {grounds.map((g) => (
        <Text key={g} size="xs" c="dimmed" lh={1.3}>
          {groundLabel(t, g)}
        </Text>
      ))}
    </>
  );
}

/** The persons list: who, on the register or not, where, whose, and the last measure taken. */
export function PersonsTable({ page, districtShown, filters, loading, busy, onSort, empty }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const register = page?.registerShown ?? false;
  const columns = 4 + (register ? 2 : 0) + (districtShown ? 1 : 0);
  const rows = page?.items ?? [];
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        striped
        highlightOnHover
        aria-busy={busy}
        data-testid="persons-table"
        fz="sm"
        verticalSpacing={6}
      >
        <Table.Thead>
          <Table.Tr>
            <SortTh column="name" filters={filters} onSort={onSort} minWidth={230}>
              {t("personsList.colName")}
            </SortTh>
            <Table.Th>{t("persons.iin")}</Table.Th>
            <SortTh column="birthDate" filters={filters} onSort={onSort}>
              {t("persons.birthDate")}
            </SortTh>
            {register && <Table.Th miw={150}>{t("personsList.colRegister")}</Table.Th>}
            {districtShown && <Table.Th>{t("persons.district")}</Table.Th>}
            {register && <Table.Th>{t("personsList.colResponsible")}</Table.Th>}
            <SortTh column="lastMeasure" filters={filters} onSort={onSort}>
              {t("personsList.colLastMeasure")}
            </SortTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && <LoadingRow colSpan={columns} />}
          {page && rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns} data-testid="table-empty">
                {empty}
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((item) => (
            <SavedTr recordId={item.id} key={item.id} data-testid="person-row">
              <Table.Td>
                <AnchorLink to="/persons/$personId" params={{ personId: item.id }} fz="sm">
                  {summaryName(t, item, t("persons.withheld"))}
                </AnchorLink>
                {item.personal && latName(item.personal) && (
                  <Text size="xs" c="dimmed">
                    {latName(item.personal)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{item.personal?.iin ?? "—"}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                {formatDate(item.personal?.birthDate, lang)}
              </Table.Td>
              {register && (
                <Table.Td data-testid="person-register">
                  <RegisterCell item={item} />
                </Table.Td>
              )}
              {districtShown && <Table.Td>{localName(item.district.name, lang)}</Table.Td>}
              {register && (
                <Table.Td title={item.responsible?.fullName} style={{ whiteSpace: "nowrap" }}>
                  {item.responsible ? shortName(item.responsible.fullName) : "—"}
                </Table.Td>
              )}
              <Table.Td data-testid="person-last-measure">
                {item.lastMeasure ? (
                  <>
                    <Text size="sm" lh={1.3}>
                      {labelOf(t, "measureKind", item.lastMeasure.kind)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatDate(item.lastMeasure.issuedAt, lang)}
                    </Text>
                  </>
                ) : (
                  "—"
                )}
              </Table.Td>
            </SavedTr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
