import { Badge, Button, Group, SegmentedControl, Table, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { formatDate } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { personLine } from "./fsDomain.ts";
import { FsSections } from "./FsSections.tsx";
import { FamilyLink } from "./FamilyLink.tsx";
import type { VictimRecord } from "./fsTypes.ts";
import { RegisterFamilyButton } from "./RegisterFamilyButton.tsx";
import { VictimCloseModal, VictimOpenModal } from "./VictimModals.tsx";

type Show = "open" | "closed" | "all";

/**
 * `/family-support/victims`: the centre's record of victims of domestic violence (001 Art. 10(2)(10)),
 * searched by name, open ones first; a record is opened by hand (a person who came to the centre, a
 * report) or from an incident, and closed with its reason. A victim's family is registered in a
 * difficult life situation from here (001 Art. 54(1)).
 */
export function VictimsPage() {
  const { t } = useTranslation();
  const { search, setSearch, q, page, setPage, pageSize } = usePagedSearch();
  const [show, setShow] = useState<Show>("open");
  const [opening, setOpening] = useState(false);
  const [closing, setClosing] = useState<VictimRecord | null>(null);
  const query = { q: q || undefined, open: show === "all" ? undefined : show === "open", page, pageSize };
  const list = useQuery({
    queryKey: fsKeys.victims(query),
    queryFn: () => fsApi.victims(query),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          <Button onClick={() => setOpening(true)} data-testid="fs-victim-open">
            {t("familySupport.victims.open")}
          </Button>
        }
      >
        {t("familySupport.victims.title")}
      </PageTitle>
      <FsSections current="victims" />
      <Text size="sm" c="dimmed" mb="md">
        {t("familySupport.victims.intro")}
      </Text>
      <Group mb="md" align="flex-end">
        <TextInput
          label={t("familySupport.victims.search")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: "100%", sm: 320 }}
          data-testid="fs-victims-search"
        />
        <SegmentedControl
          value={show}
          onChange={(v) => {
            setShow(v as Show);
            setPage(1);
          }}
          aria-label={t("familySupport.victims.showLabel")}
          data={(["open", "closed", "all"] as const).map((v) => ({
            value: v,
            label: t(`familySupport.victims.show.${v}`),
          }))}
          data-testid="fs-victims-show"
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped aria-busy={list.isFetching} data-testid="fs-victims">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("familySupport.col.person")}</Table.Th>
              <Table.Th>{t("familySupport.col.family")}</Table.Th>
              <Table.Th>{t("familySupport.col.source")}</Table.Th>
              <Table.Th>{t("familySupport.col.openedOn")}</Table.Th>
              <Table.Th>{t("familySupport.col.state")}</Table.Th>
              <Table.Th>{t("familySupport.col.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={6} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow
                colSpan={6}
                text={
                  q || show !== "open"
                    ? t("familySupport.victims.emptyFiltered")
                    : t("familySupport.victims.empty")
                }
              />
            )}
            {rows.map((v) => (
              <Table.Tr key={v.id} data-testid="fs-victim-row">
                <Table.Td>
                  <AnchorLink to="/persons/$personId" params={{ personId: v.person.id }} fw={500}>
                    {personLine(t, v.person)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  {v.familyId ? (
                    <FamilyLink familyId={v.familyId} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t("familySupport.victims.noFamily")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {v.incidentId ? (
                    <AnchorLink to="/incidents/$incidentId" params={{ incidentId: v.incidentId }} size="sm">
                      {t("familySupport.source.incident")}
                    </AnchorLink>
                  ) : (
                    t(`familySupport.source.${v.source}`, { defaultValue: v.source })
                  )}
                </Table.Td>
                <Table.Td>{formatDate(v.openedOn)}</Table.Td>
                <Table.Td>
                  {v.closedOn ? (
                    <Badge color="gray" variant="light" title={v.closedReason ?? undefined}>
                      {t("familySupport.victims.closedOn", { date: formatDate(v.closedOn) })}
                    </Badge>
                  ) : (
                    <Badge color="blue" variant="light">
                      {t("familySupport.victims.isOpen")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {v.familyId && !v.closedOn && (
                      <RegisterFamilyButton familyId={v.familyId} personId={v.person.id} size="xs" />
                    )}
                    {!v.closedOn && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setClosing(v)}
                        data-testid="fs-victim-close"
                      >
                        {t("familySupport.victims.close")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && <TablePager total={list.data.total} page={page} pageSize={pageSize} onChange={setPage} />}
      <VictimOpenModal opened={opening} onClose={() => setOpening(false)} />
      <VictimCloseModal record={closing} onClose={() => setClosing(null)} />
    </>
  );
}
