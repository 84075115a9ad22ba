import { Badge, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmCoverageItem } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { useSession } from "../../auth/session.ts";
import { InstitutionFormModal } from "./InstitutionFormModal.tsx";
import { RegionTileMap } from "./RegionTileMap.tsx";
import { RegionKindFilters } from "./RegionKindFilters.tsx";
import { useRegions } from "./regions.ts";
import { formatDate, LawCitation } from "../../format.ts";
import { SavedTr } from "../../components/SavedTr.tsx";

function CoverageBadge({ item }: { item: NpmCoverageItem }) {
  const { t } = useTranslation();
  if (item.neverVisited)
    return (
      <Badge color="red" variant="light" data-testid="npm-badge-never">
        {t("npm.coverage.never")}
      </Badge>
    );
  if (item.overdue)
    return (
      <Badge color="red" data-testid="npm-badge-overdue">
        {t("npm.coverage.overdue")}
      </Badge>
    );
  // Not overdue, but the four-year limit falls within the coming year (003 p.3(1)).
  if (item.due)
    return (
      <Badge color="yellow" variant="light" data-testid="npm-badge-due">
        {t("npm.coverage.due")}
      </Badge>
    );
  return (
    <Badge color="green" variant="light" data-testid="npm-badge-ok">
      {t("npm.coverage.ok")}
    </Badge>
  );
}

/**
 * Every institution subject to visits with its last periodic visit and the four-year limit (003
 * p.3(1)), filtered by region and type, with counts per region; the catalogue's create button for
 * the Commissioner's office.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { nameOf } = useRegions();
  const [region, setRegion] = useState("");
  const [kind, setKind] = useState("");
  const [creating, setCreating] = useState(false);
  const coverage = useQuery({
    queryKey: npmKeys.coverage(region, kind),
    queryFn: () => npmApi.coverage({ region, kind }),
  });
  // The map shows every region whatever the region filter (same query as the unfiltered list).
  const allRegions = useQuery({
    queryKey: npmKeys.coverage("", kind),
    queryFn: () => npmApi.coverage({ region: "", kind }),
  });
  const items = coverage.data?.items ?? [];
  const byRegion = coverage.data?.byRegion ?? [];
  const maxTotal = Math.max(1, ...byRegion.map((r) => r.total));
  const canCreate = user.roles.includes("commissioner_representative");

  return (
    <>
      <PageTitle
        actions={
          canCreate && (
            <Button onClick={() => setCreating(true)} data-testid="npm-institution-create">
              {t("npm.institution.create")}
            </Button>
          )
        }
      >
        {t("npm.coverage.title")}
      </PageTitle>
      <Group align="end" mb="md">
        <RegionKindFilters region={region} kind={kind} onRegion={setRegion} onKind={setKind} />
      </Group>
      <ErrorAlert error={coverage.error} />
      <RegionTileMap
        counts={allRegions.data?.byRegion ?? []}
        selected={region}
        onSelect={setRegion}
        nameOf={nameOf}
      />
      <Table.ScrollContainer mt="md" minWidth={700}>
        <Table striped data-testid="npm-coverage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.institution.name")}</Table.Th>
              <Table.Th>{t("npm.institution.kind")}</Table.Th>
              <Table.Th>{t("npm.region")}</Table.Th>
              <Table.Th>{t("npm.coverage.lastVisit")}</Table.Th>
              <Table.Th>{t("npm.coverage.dueBy")}</Table.Th>
              <Table.Th>{t("npm.coverage.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.isPending && <LoadingRow colSpan={6} />}
            {coverage.isSuccess && items.length === 0 && (
              <EmptyRow colSpan={6} text={t("npm.coverage.empty")} />
            )}
            {items.map((item) => (
              <SavedTr
                recordId={item.institutionId}
                key={item.institutionId}
                data-testid="npm-coverage-row"
                data-overdue={item.overdue}
                data-last-visit={item.lastPeriodicVisitOn ?? ""}
              >
                <Table.Td>{item.name}</Table.Td>
                <Table.Td>{t(`npm.institutionKind.${item.kind}`, { defaultValue: item.kind })}</Table.Td>
                <Table.Td>{nameOf(item.regionCode)}</Table.Td>
                <Table.Td data-testid="npm-coverage-last">{formatDate(item.lastPeriodicVisitOn)}</Table.Td>
                <Table.Td>{formatDate(item.dueBy)}</Table.Td>
                <Table.Td>
                  <CoverageBadge item={item} />
                  <Text size="xs" c="dimmed">
                    <LawCitation code={item.article} />
                  </Text>
                </Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={2} size="h4" mt="lg" mb="sm">
        {t("npm.coverage.byRegion")}
      </Title>
      <Stack gap={4} data-testid="npm-region-counts">
        {byRegion.length === 0 && <Text c="dimmed">{t("npm.coverage.empty")}</Text>}
        {byRegion.map((r) => (
          <Group key={r.regionCode} gap="sm" wrap="nowrap" data-testid="npm-region-row">
            <Text size="sm" w={220}>
              {nameOf(r.regionCode)}
            </Text>
            {/* A bar per region: the list beside the tile map, readable as text. */}
            <div
              aria-hidden
              style={{
                height: 12,
                width: `${(r.total / maxTotal) * 200}px`,
                background: r.overdue > 0 ? "var(--mantine-color-red-5)" : "var(--mantine-color-green-5)",
              }}
            />
            <Text size="sm">
              {t("npm.coverage.counts", { total: r.total, due: r.due, overdue: r.overdue })}
            </Text>
          </Group>
        ))}
      </Stack>
      {creating && <InstitutionFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
