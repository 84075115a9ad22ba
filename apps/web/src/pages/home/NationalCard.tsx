import { Loader, ScrollArea, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { BarChart } from "./BarChart.tsx";
import { HomeCard } from "./HomeCard.tsx";
import { useCount } from "./Stat.tsx";
import { todayApi, todayKeys } from "./todayApi.ts";

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/**
 * The year's figures of the Republic by region (GET /figures/national; 001 Arts. 48(3), 59): measures
 * issued, persons on the register, checks done and missed, violations — for national readers.
 */
export function NationalCard({ year }: { year: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = useCount();
  const q = useQuery({ queryKey: todayKeys.national(year), queryFn: () => todayApi.national(year) });
  const f = q.data;
  return (
    <HomeCard
      title={t("home.national.title", { year })}
      intro={t("home.national.intro")}
      testId="home-national"
    >
      {q.isPending && <Loader size="sm" />}
      <ErrorAlert error={q.error} />
      {f && (
        <>
          <BarChart
            testId="home-national-chart"
            series={[
              { name: t("home.national.active"), color: "var(--mantine-color-blue-6)" },
              { name: t("home.national.checksMissed"), color: "var(--mantine-color-red-6)" },
            ]}
            rows={f.regions.map((r) => ({
              label: localName(r.territory.name, lang),
              values: [r.registerActiveAtEnd, r.checksMissed],
            }))}
          />
          <ScrollArea type="auto" mt="sm">
            <Table fz="sm" verticalSpacing={2} striped miw={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("home.national.region")}</Table.Th>
                  <Table.Th ta="right">{t("home.national.issued")}</Table.Th>
                  <Table.Th ta="right">{t("home.national.active")}</Table.Th>
                  <Table.Th ta="right">{t("home.national.checksDone")}</Table.Th>
                  <Table.Th ta="right">{t("home.national.checksMissed")}</Table.Th>
                  <Table.Th ta="right">{t("home.national.violations")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[
                  ...f.regions.map((r) => ({ name: localName(r.territory.name, lang), ...r })),
                  { name: t("home.national.total"), ...f.totals },
                ].map((r) => (
                  <Table.Tr key={r.name}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right">{count(sum(r.measuresIssued))}</Table.Td>
                    <Table.Td ta="right">{count(r.registerActiveAtEnd)}</Table.Td>
                    <Table.Td ta="right">{count(r.checksDone)}</Table.Td>
                    <Table.Td ta="right">{count(r.checksMissed)}</Table.Td>
                    <Table.Td ta="right">{count(r.violations)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
    </HomeCard>
  );
}
