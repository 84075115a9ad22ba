import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { localName, useLanguage } from "../../i18n/index.ts";
import { FigureTable, type FigureColumn } from "./FigureTables.tsx";
import type { ReportFigures } from "./handoffFiguresApi.ts";

type Values = ReportFigures["total"];

/**
 * Reports from citizens (001 Art. 6(4)): by category and by intake channel for the whole territory,
 * then by part of the territory with the channels, the answered and those answered late.
 */
export function ReportsSection({ f }: { f: ReportFigures }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const h = (k: string) => t(`handoffFigures.export.${k}`);
  if (f.total.received === 0)
    return (
      <Text c="dimmed" data-testid="report-figures-empty">
        {t("handoffFigures.empty")}
      </Text>
    );
  const one = [
    {
      key: "received",
      header: h("received"),
      kind: "count" as const,
      value: (v: { n: Values["received"] }) => v.n,
    },
  ];
  const byTerritory: FigureColumn<Values>[] = [
    { key: "received", header: h("received"), kind: "count", value: (r) => r.received },
    ...f.channels.map((c): FigureColumn<Values> => ({
      key: c,
      header: t(`handoffFigures.channel.${c}`, { defaultValue: c }),
      kind: "count",
      value: (r) => r.byChannel[c] ?? 0,
    })),
    { key: "answered", header: h("answered"), kind: "count", value: (r) => r.answered },
    { key: "late", header: h("answerOverdue"), kind: "count", value: (r) => r.answerOverdue },
  ];
  const total = t("handoffFigures.total");
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <FigureTable
            title={t("handoffFigures.byCategory")}
            nameHeader={t("handoffFigures.byCategory")}
            rows={f.categories.map((c) => ({
              key: c,
              name: t(`handoffFigures.category.${c}`, { defaultValue: c }),
              row: { n: f.total.byCategory[c] ?? 0 },
            }))}
            total={{ name: total, row: { n: f.total.received } }}
            columns={one}
            min={f.minCell}
            testId="report-figures-categories"
            minWidth={280}
          />
        </div>
        <div>
          <FigureTable
            title={t("handoffFigures.byChannel")}
            nameHeader={t("handoffFigures.byChannel")}
            rows={f.channels.map((c) => ({
              key: c,
              name: t(`handoffFigures.channel.${c}`, { defaultValue: c }),
              row: { n: f.total.byChannel[c] ?? 0 },
            }))}
            total={{ name: total, row: { n: f.total.received } }}
            columns={one}
            min={f.minCell}
            testId="report-figures-channels"
            minWidth={280}
          />
        </div>
      </SimpleGrid>
      <FigureTable
        title={t("handoffFigures.byTerritory")}
        nameHeader={h("territory")}
        rows={[
          ...f.parts.map((p) => ({ key: p.territory.code, name: localName(p.territory.name, lang), row: p })),
          { key: "unassigned", name: t("handoffFigures.unassigned"), row: f.unassigned },
        ]}
        total={{ name: total, row: f.total }}
        columns={byTerritory}
        min={f.minCell}
        testId="report-figures-parts"
      />
    </>
  );
}
