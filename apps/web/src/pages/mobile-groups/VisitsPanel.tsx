import { Badge, Card, Table, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate } from "../../format.ts";
import { mobileGroupKeys, mobileGroupsApi } from "./mobileGroupsApi.ts";

/** The group's outreach visits, the latest first; each opens on its page with what it sent on. */
export function VisitsPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const visits = useQuery({
    queryKey: mobileGroupKeys.visits(groupId),
    queryFn: () => mobileGroupsApi.visits(groupId),
  });
  const items = [...(visits.data?.items ?? [])].sort((a, b) => b.visitedOn.localeCompare(a.visitedOn));
  return (
    <Card withBorder data-testid="mg-visits">
      <Title order={2} size="h4" mb="xs">
        {t("mobileGroups.visit.title")}
      </Title>
      <ErrorAlert error={visits.error} />
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("mobileGroups.visit.visitedOn")}</Table.Th>
              <Table.Th>{t("mobileGroups.visit.personsCount")}</Table.Th>
              <Table.Th>{t("mobileGroups.visit.signsShort")}</Table.Th>
              <Table.Th>{t("mobileGroups.visit.handoffsCount")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.isPending && <LoadingRow colSpan={4} />}
            {visits.isSuccess && items.length === 0 && (
              <EmptyRow colSpan={4} text={t("mobileGroups.visit.empty")} />
            )}
            {items.map((v) => (
              <SavedTr recordId={v.id} key={v.id} data-testid="mg-visit-row">
                <Table.Td>
                  <AnchorLink
                    to="/outreach-visits/$visitId"
                    params={{ visitId: v.id }}
                    data-testid="mg-visit-link"
                  >
                    {formatDate(v.visitedOn)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{v.persons}</Table.Td>
                <Table.Td>
                  {v.signsOfViolence ? (
                    <Badge color="red" variant="light">
                      {t("mobileGroups.visit.signsYes")}
                    </Badge>
                  ) : (
                    t("mobileGroups.visit.signsNo")
                  )}
                </Table.Td>
                <Table.Td>{v.handoffs}</Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
