import { Button, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { BarChart } from "../home/BarChart.tsx";
import { FigureTable, type FigureColumn } from "./FigureTables.tsx";
import type { FigureCell, HandoffFigures } from "./handoffFiguresApi.ts";

type Values = HandoffFigures["total"];

/** Receiving bodies shown before "show all": the most sent first. */
const TOP = 10;

const num = (v: FigureCell): number => (typeof v === "number" ? v : 0);

/**
 * The hand-off figures (001 Art. 39(3)): a chart of the parts' share overdue, drawn from the table
 * under it, then the tables by part of the territory, by receiving body (the ten that were sent the
 * most, then all on request) and by legal ground, each with its total.
 */
export function HandoffsSection({ f }: { f: HandoffFigures }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const h = (k: string) => t(`handoffFigures.export.${k}`);
  const columns: FigureColumn<Values>[] = [
    { key: "sent", header: h("sent"), kind: "count", value: (r) => r.sent },
    { key: "acknowledged", header: h("acknowledged"), kind: "count", value: (r) => r.acknowledged },
    { key: "overdue", header: h("overdue"), kind: "count", value: (r) => r.overdue },
    { key: "overdueShare", header: h("overdueShare"), kind: "share", value: (r) => r.overdueShare },
    { key: "ack", header: h("ackMedianHours"), kind: "hours", value: (r) => r.ackMedianHours },
    { key: "answered", header: h("answered"), kind: "count", value: (r) => r.answered },
    { key: "answer", header: h("answerMedianHours"), kind: "hours", value: (r) => r.answerMedianHours },
    { key: "declined", header: h("declined"), kind: "count", value: (r) => r.declined },
  ];
  const [allReceivers, setAllReceivers] = useState(false);
  const total = { name: t("handoffFigures.total"), row: f.total };
  if (num(f.total.sent) === 0)
    return (
      <Text c="dimmed" data-testid="handoff-figures-empty">
        {t("handoffFigures.empty")}
      </Text>
    );
  const parts = [
    ...f.parts.map((p) => ({ key: p.territory.code, name: localName(p.territory.name, lang), row: p })),
    ...(num(f.unassigned.sent) > 0 || f.unassigned.sent === "suppressed"
      ? [{ key: "unassigned", name: t("handoffFigures.unassigned"), row: f.unassigned }]
      : []),
  ];
  return (
    <>
      {f.parts.length > 0 && (
        <BarChart
          testId="handoff-figures-chart"
          series={[{ name: t("handoffFigures.chartOverdue"), color: "var(--mantine-color-red-6)" }]}
          rows={f.parts.map((p) => ({
            label: localName(p.territory.name, lang),
            values: [Math.round(num(p.overdueShare) * 1000) / 10],
          }))}
        />
      )}
      <FigureTable
        title={t("handoffFigures.byTerritory")}
        nameHeader={h("territory")}
        rows={parts}
        total={total}
        columns={columns}
        min={f.minCell}
        testId="handoff-figures-parts"
      />
      <FigureTable
        title={t("handoffFigures.byReceiver")}
        nameHeader={t("handoffFigures.export.by.receiver")}
        rows={(allReceivers ? f.receivers : f.receivers.slice(0, TOP)).map((r) => ({
          key: r.body.id,
          name: (
            <>
              {localName(r.body.name, lang)}
              <Text span fz="xs" c="dimmed" ml={6}>
                {t(`bodyType.${r.body.type}`, { defaultValue: "" })}
              </Text>
            </>
          ),
          row: r,
        }))}
        total={total}
        columns={columns}
        min={f.minCell}
        testId="handoff-figures-receivers"
      />
      {f.receivers.length > TOP && !allReceivers && (
        <Button
          variant="subtle"
          size="xs"
          mt={4}
          onClick={() => setAllReceivers(true)}
          data-testid="receivers-all"
        >
          {t("handoffFigures.showAll", { n: f.receivers.length })}
        </Button>
      )}
      <FigureTable
        title={t("handoffFigures.byGround")}
        nameHeader={t("handoffFigures.export.by.ground")}
        rows={f.grounds.map((g) => ({
          key: g.ground,
          name: (
            <>
              {t(`handoff.ground.${g.ground}`, { defaultValue: g.ground })}
              {g.article && (
                <Text fz="xs" c="dimmed">
                  <LawCitation code={g.article} />
                </Text>
              )}
            </>
          ),
          row: g,
        }))}
        total={total}
        columns={columns}
        min={f.minCell}
        testId="handoff-figures-grounds"
      />
    </>
  );
}
