import { Group, Loader, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { BarChart } from "./BarChart.tsx";
import { HomeCard } from "./HomeCard.tsx";
import { Stat, useCount } from "./Stat.tsx";
import { todayApi, todayKeys } from "./todayApi.ts";

const ACTIVE = "var(--mantine-color-blue-6)";
const OVERDUE = "var(--mantine-color-red-6)";

/**
 * The preventive register of the user's territory (001 Art. 59) from GET /register/summary: persons on
 * it today, placed and taken off this year, overdue checks, minors — and for a region (or the
 * Republic) the same by district as a chart and a table. Counts only: no person is named.
 */
export function SummaryCard() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = useCount();
  const q = useQuery({ queryKey: todayKeys.summary, queryFn: todayApi.summary });
  const s = q.data;
  const place = s ? localName(s.territory.name, lang) : "";
  const from = s ? formatDate(s.period.from, lang) : "";
  const overdue = s ? s.overdueChecks.registerEntries + s.overdueChecks.measures : 0;
  // The busiest first; the chart draws the parts with anything to draw, the table lists them all.
  const parts = [...(s?.parts ?? [])].sort(
    (a, b) => b.active - a.active || b.overdueChecks - a.overdueChecks,
  );
  const drawn = parts.filter((p) => p.active + p.overdueChecks > 0);
  return (
    <HomeCard
      title={s ? t("home.summary.title", { place }) : t("home.summary.titlePlain")}
      intro={t("home.summary.intro")}
      testId="home-summary"
    >
      {q.isPending && <Loader size="sm" />}
      <ErrorAlert error={q.error} />
      {s && (
        <>
          <Group gap="sm" wrap="wrap" align="stretch">
            <Stat label={t("home.summary.active")} value={s.active} testId="home-summary-active" />
            <Stat
              label={t("home.summary.opened", { date: from })}
              value={s.opened}
              testId="home-summary-opened"
            />
            <Stat
              label={t("home.summary.closed", { date: from })}
              value={s.closed}
              testId="home-summary-closed"
            />
            <Stat
              label={t("home.summary.overdue")}
              value={overdue}
              tone="red"
              testId="home-summary-overdue"
            />
            <Stat label={t("home.summary.minors")} value={s.minors} testId="home-summary-minors" />
          </Group>
          {s.active === 0 && s.opened === 0 && (
            <Text size="sm" mt="sm" data-testid="home-summary-empty">
              {t("home.summary.empty")}
            </Text>
          )}
          {parts.length > 1 && (
            <figure style={{ margin: 0, marginTop: "var(--mantine-spacing-md)" }}>
              <Text component="figcaption" size="sm" fw={600} mb={4}>
                {t("home.summary.chartTitle")}
              </Text>
              {drawn.length > 0 && (
                <BarChart
                  testId="home-summary-chart"
                  series={[
                    { name: t("home.summary.active"), color: ACTIVE },
                    { name: t("home.summary.overdue"), color: OVERDUE },
                  ]}
                  rows={drawn.map((p) => ({
                    label: localName(p.territory.name, lang),
                    values: [p.active, p.overdueChecks],
                  }))}
                />
              )}
              <Table mt="sm" fz="sm" verticalSpacing={2} striped data-testid="home-summary-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("home.summary.part")}</Table.Th>
                    <Table.Th ta="right">{t("home.summary.active")}</Table.Th>
                    <Table.Th ta="right">{t("home.summary.overdue")}</Table.Th>
                    <Table.Th ta="right">{t("home.summary.opened", { date: from })}</Table.Th>
                    <Table.Th ta="right">{t("home.summary.minors")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {parts.map((p) => (
                    <Table.Tr key={p.territory.path}>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {localName(p.territory.name, lang)}
                      </Table.Td>
                      <Table.Td ta="right">{count(p.active)}</Table.Td>
                      <Table.Td ta="right" c={p.overdueChecks > 0 ? "red" : undefined}>
                        {count(p.overdueChecks)}
                      </Table.Td>
                      <Table.Td ta="right">{count(p.opened)}</Table.Td>
                      <Table.Td ta="right">{count(p.minors)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </figure>
          )}
        </>
      )}
    </HomeCard>
  );
}
