import { Anchor, Group, NativeSelect, SegmentedControl, Tabs, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { worklistsApi, type WorklistFilters } from "../../api/measures.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useDistricts } from "./useDistricts.ts";
import { ChecksTable, DutiesTable } from "./WorklistTables.tsx";

type Scope = WorklistFilters["scope"];
type List = "checks" | "duties";

/**
 * Whose work: mine (what I issued), my body's, and the territory — a district inspector's district,
 * or a region-level user's region, narrowed to one district with the district selector.
 */
const DISTRICT_SCOPES: readonly Scope[] = ["mine", "body", "district"];
const REGION_SCOPES: readonly Scope[] = ["mine", "body", "region"];
const WINDOWS = [0, 7, 30, 90] as const;

/** "My checks" and "My duties": due and overdue work, for me, my body, my district or my region. */
export function WorklistsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regionLevel, districts } = useDistricts();
  const scopes = regionLevel ? REGION_SCOPES : DISTRICT_SCOPES;
  const [scope, setScope] = useState<Scope>("mine");
  const [withinDays, setWithinDays] = useState<number>(30);
  const [territoryId, setTerritoryId] = useState<string | undefined>(undefined);
  const [tab, setTab] = useState<string | null>("checks");
  const filters: WorklistFilters = { scope, withinDays, territoryId };
  const list: List = tab === "duties" ? "duties" : "checks";
  const key = `${scope}:${withinDays}:${territoryId ?? ""}`;

  return (
    <>
      <PageTitle
        actions={
          <>
            <Anchor
              href={worklistsApi.exportUrl(list, "csv", filters, lang)}
              download
              data-testid="worklist-csv"
            >
              {t("worklists.downloadCsv")}
            </Anchor>
            <Anchor
              href={worklistsApi.exportUrl(list, "xlsx", filters, lang)}
              download
              data-testid="worklist-xlsx"
            >
              {t("worklists.downloadXlsx")}
            </Anchor>
          </>
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
            onChange={(v) => setScope(scopes.find((s) => s === v) ?? "mine")}
            data={scopes.map((s) => ({ value: s, label: t(`worklists.scopes.${s}`) }))}
            data-testid="worklist-scope"
          />
        </div>
        {regionLevel && (
          <NativeSelect
            label={t("worklists.district")}
            value={territoryId ?? ""}
            data={[
              { value: "", label: t("worklists.allDistricts") },
              ...districts.map((d) => ({ value: d.id, label: localName(d.name, lang) })),
            ]}
            onChange={(e) => setTerritoryId(e.currentTarget.value || undefined)}
            data-testid="worklist-district"
          />
        )}
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
          <ChecksTable key={key} filters={filters} onPickTerritory={setTerritoryId} />
        </Tabs.Panel>
        <Tabs.Panel value="duties">
          <DutiesTable key={key} filters={filters} onPickTerritory={setTerritoryId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
