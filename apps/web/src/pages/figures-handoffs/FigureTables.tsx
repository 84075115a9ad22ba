import { ScrollArea, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { LOCALES, useLanguage } from "../../i18n/index.ts";
import { formatFigure, type FigureKind } from "./formatFigure.ts";
import type { FigureCell } from "./handoffFiguresApi.ts";

export type { FigureKind };

/**
 * One published number: a count, hours with one decimal or a share as a percentage, in the user's
 * language; "suppressed" (disclosure control, R8) and "nothing to take a median of" say why on hover
 * and to screen readers.
 */
export function FigureValue({ v, kind, min }: { v: FigureCell; kind: FigureKind; min: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (v === "suppressed") {
    const hint = t("handoffFigures.suppressedHint", { min });
    return (
      <Text
        span
        fz="sm"
        c="dimmed"
        fs="italic"
        title={hint}
        aria-label={`${t("handoffFigures.suppressed")}: ${hint}`}
      >
        {t("handoffFigures.suppressed")}
      </Text>
    );
  }
  if (v === null) {
    return (
      <Text
        span
        fz="sm"
        c="dimmed"
        title={t("handoffFigures.noneHint")}
        aria-label={t("handoffFigures.noneHint")}
      >
        —
      </Text>
    );
  }
  const text = formatFigure(v, kind, LOCALES[lang]);
  return <>{text}</>;
}

export interface FigureColumn<R> {
  readonly key: string;
  readonly header: string;
  readonly kind: FigureKind;
  readonly value: (row: R) => FigureCell;
}

/**
 * A table of figures: a name per row and numeric columns, the total row last and bold. Plain HTML
 * table semantics (headers in <th scope>), scrollable sideways on a narrow screen.
 */
export function FigureTable<R>({
  title,
  nameHeader,
  rows,
  total,
  columns,
  min,
  testId,
  minWidth = 560,
}: {
  title: string;
  nameHeader: string;
  rows: readonly { key: string; name: ReactNode; row: R }[];
  total?: { name: string; row: R };
  columns: readonly FigureColumn<R>[];
  min: number;
  testId: string;
  /** The width below which the table scrolls sideways rather than squeeze its columns. */
  minWidth?: number;
}) {
  return (
    <>
      <Title order={3} size="h5" mt="md" mb={4}>
        {title}
      </Title>
      <ScrollArea type="auto">
        <Table fz="sm" verticalSpacing={3} striped miw={minWidth} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{nameHeader}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col" ta="right">
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={400} miw={200}>
                  {r.name}
                </Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c.key} ta="right">
                    <FigureValue v={c.value(r.row)} kind={c.kind} min={min} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {total && (
              <Table.Tr fw={700}>
                <Table.Th scope="row">{total.name}</Table.Th>
                {columns.map((c) => (
                  <Table.Td key={c.key} ta="right">
                    <FigureValue v={c.value(total.row)} kind={c.kind} min={min} />
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}
