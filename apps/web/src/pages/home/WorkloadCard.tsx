import { Loader, ScrollArea, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { HomeCard } from "./HomeCard.tsx";
import { useCount } from "./Stat.tsx";
import { todayApi, todayKeys } from "./todayApi.ts";

/** Officials listed; the most overdue come first. */
const LIMIT = 10;
/** The coming week of GET /figures/workload's due checks (TODAY_UPCOMING_DAYS). */
const DAYS = 7;

/**
 * The workload of each responsible official of the territory (GET /figures/workload; 001 Arts.
 * 59(10), 51(6)): register entries they placed and measures they issued that run today, with their
 * overdue checks and those due this week, the most overdue first.
 */
export function WorkloadCard() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = useCount();
  const q = useQuery({ queryKey: todayKeys.workload(LIMIT), queryFn: () => todayApi.workload(LIMIT) });
  const w = q.data;
  return (
    <HomeCard title={t("home.workload.title")} intro={t("home.workload.intro")} testId="home-workload">
      {q.isPending && <Loader size="sm" />}
      <ErrorAlert error={q.error} />
      {w && w.items.length === 0 && (
        <Text size="sm" data-testid="home-workload-empty">
          {t("home.workload.empty")}
        </Text>
      )}
      {w && w.items.length > 0 && (
        <>
          <ScrollArea type="auto">
            <Table fz="sm" verticalSpacing={4} striped miw={640} data-testid="home-workload-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("home.workload.official")}</Table.Th>
                  <Table.Th ta="right">{t("home.workload.entries")}</Table.Th>
                  <Table.Th ta="right">{t("home.workload.measures")}</Table.Th>
                  <Table.Th ta="right">{t("home.workload.overdue")}</Table.Th>
                  <Table.Th ta="right">{t("home.workload.due", { days: DAYS })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {w.items.map((o) => (
                  <Table.Tr key={o.userId} data-testid="home-workload-row">
                    <Table.Td>
                      <Text size="sm">{o.fullName}</Text>
                      <Text size="xs" c="dimmed">
                        {localName(o.body, lang)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{count(o.activeEntries)}</Table.Td>
                    <Table.Td ta="right">{count(o.runningMeasures)}</Table.Td>
                    <Table.Td
                      ta="right"
                      fw={o.overdueChecks > 0 ? 700 : 400}
                      c={o.overdueChecks > 0 ? "red" : undefined}
                    >
                      {count(o.overdueChecks)}
                    </Table.Td>
                    <Table.Td ta="right">{count(o.dueChecks)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Text size="xs" c="dimmed" mt={4}>
            {t("home.workload.shown", { shown: count(w.items.length), total: count(w.officials) })}
          </Text>
        </>
      )}
    </HomeCard>
  );
}
