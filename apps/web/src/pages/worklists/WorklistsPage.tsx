import { Anchor, Group, NativeSelect, SegmentedControl, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { worklistsApi } from "../../api/measures.ts";
import type { WorklistScope } from "../../api/types.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ChecksTable, DutiesTable } from "./WorklistTables.tsx";

const SCOPES: readonly WorklistScope[] = ["mine", "district", "region"];
const WINDOWS = [0, 7, 30, 90] as const;

/** "My checks" and "My duties": due and overdue work, for me, my district or my region. */
export function WorklistsPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<WorklistScope>("mine");
  const [withinDays, setWithinDays] = useState<number>(30);
  const [tab, setTab] = useState<string | null>("checks");

  return (
    <>
      <PageTitle
        actions={
          <Anchor href={worklistsApi.checksCsvUrl(scope)} download data-testid="worklist-csv">
            {t("worklists.downloadCsv")}
          </Anchor>
        }
      >
        {t("worklists.title")}
      </PageTitle>
      <Group mb="md" align="flex-end">
        <div>
          <Text size="sm" fw={500} id="worklist-scope-label" mb={4}>
            {t("worklists.scope")}
          </Text>
          <SegmentedControl
            aria-labelledby="worklist-scope-label"
            value={scope}
            onChange={(v) => setScope(SCOPES.find((s) => s === v) ?? "mine")}
            data={SCOPES.map((s) => ({ value: s, label: t(`worklists.scopes.${s}`) }))}
            data-testid="worklist-scope"
          />
        </div>
        <NativeSelect
          label={t("worklists.window")}
          value={String(withinDays)}
          data={WINDOWS.map((d) => ({ value: String(d), label: t("worklists.withinDays", { days: d }) }))}
          onChange={(e) => setWithinDays(Number(e.currentTarget.value))}
          data-testid="worklist-window"
        />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="checks" data-testid="worklist-tab-checks">
            {t("worklists.checks")}
          </Tabs.Tab>
          <Tabs.Tab value="duties" data-testid="worklist-tab-duties">
            {t("worklists.duties")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="checks">
          <ChecksTable key={`${scope}:${withinDays}`} scope={scope} withinDays={withinDays} />
        </Tabs.Panel>
        <Tabs.Panel value="duties">
          <DutiesTable key={`${scope}:${withinDays}`} scope={scope} withinDays={withinDays} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
