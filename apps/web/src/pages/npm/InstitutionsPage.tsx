import { Badge, Button, Group, Table, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmCoverageItem } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { InstitutionFormModal } from "./InstitutionFormModal.tsx";
import { coverageState, INSTITUTIONS_PAGE_SIZE, pageOf, searchByName } from "./institutionList.ts";
import { RegionKindFilters } from "./RegionKindFilters.tsx";
import { useRegions } from "./regions.ts";
import { formatDate, lawCitation } from "../../format.ts";
import { SavedTr } from "../../components/SavedTr.tsx";

const STATE_COLOR = { never: "red", overdue: "red", due: "orange", ok: "green" } as const;

/** Where the institution stands under the four-year rule (003 p.3(1)), with the limit's date. */
export function CoverageStateBadge({ coverage }: { coverage: NpmCoverageItem }) {
  const { t } = useTranslation();
  const state = coverageState(coverage);
  return (
    <Badge
      color={STATE_COLOR[state]}
      variant={state === "overdue" ? "filled" : "light"}
      title={
        coverage.dueBy
          ? `${t("npm.coverage.dueBy")}: ${formatDate(coverage.dueBy)}`
          : lawCitation(t, coverage.article)
      }
      data-testid="npm-institution-coverage"
      data-state={state}
    >
      {t(`npm.coverage.${state}`)}
    </Badge>
  );
}

/**
 * The catalogue of institutions subject to visits (000 Art. 26(2); 003 p.1), filtered by region and
 * type on the server, searched by name and paged here; each row opens the institution's page.
 */
export function InstitutionsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { nameOf } = useRegions();
  const [region, setRegion] = useState("");
  const [kind, setKind] = useState("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: npmKeys.institutions(region, kind),
    queryFn: () => npmApi.institutions({ region, kind }),
  });
  const found = searchByName(list.data?.items ?? [], search);
  const shown = pageOf(found, page);
  const canCreate = user.roles.includes("commissioner_representative");
  const filtered = region !== "" || kind !== "" || search.trim() !== "";

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
        {t("npm.institution.title")}
      </PageTitle>
      <Group align="end" mb="md">
        <TextInput
          label={t("npm.institution.search")}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="npm-institution-search"
        />
        <RegionKindFilters
          region={region}
          kind={kind}
          onRegion={(r) => {
            setRegion(r);
            setPage(1);
          }}
          onKind={(k) => {
            setKind(k);
            setPage(1);
          }}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="npm-institutions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.institution.name")}</Table.Th>
              <Table.Th>{t("npm.institution.kind")}</Table.Th>
              <Table.Th>{t("npm.region")}</Table.Th>
              <Table.Th>{t("npm.institution.address")}</Table.Th>
              <Table.Th>{t("npm.institution.capacity")}</Table.Th>
              <Table.Th>{t("npm.institution.department")}</Table.Th>
              <Table.Th>{t("npm.coverage.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={7} />}
            {list.isSuccess && found.length === 0 && (
              <EmptyRow colSpan={7} text={filtered ? t("common.nothingFound") : t("npm.coverage.empty")} />
            )}
            {shown.map((i) => (
              <SavedTr recordId={i.id} key={i.id} data-testid="npm-institution-row">
                <Table.Td>
                  <AnchorLink
                    to="/npm/institutions/$institutionId"
                    params={{ institutionId: i.id }}
                    data-testid="npm-institution-link"
                  >
                    {i.name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{t(`npm.institutionKind.${i.kind}`, { defaultValue: i.kind })}</Table.Td>
                <Table.Td>{nameOf(i.regionCode)}</Table.Td>
                <Table.Td>{i.address}</Table.Td>
                <Table.Td>{i.capacity ?? "—"}</Table.Td>
                <Table.Td>{i.department}</Table.Td>
                <Table.Td>
                  <CoverageStateBadge coverage={i.coverage} />
                </Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.isSuccess && (
        <TablePager total={found.length} page={page} pageSize={INSTITUTIONS_PAGE_SIZE} onChange={setPage} />
      )}
      {creating && <InstitutionFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
