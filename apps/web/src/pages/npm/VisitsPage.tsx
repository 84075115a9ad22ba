import { Badge, Button, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmVisit } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { ComplaintsPanel } from "./ComplaintsPanel.tsx";
import { useNpmNames } from "./useNpmNames.ts";
import { VisitFormModal } from "./VisitFormModal.tsx";
import { formatDate } from "../../format.ts";
import { SavedTr } from "../../components/SavedTr.tsx";

export function ReportDue({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  if (visit.reportSubmittedAt)
    return (
      <Badge color={visit.reportLate ? "orange" : "green"} variant="light" data-testid="npm-report-submitted">
        {t(visit.reportLate ? "npm.report.submittedLate" : "npm.report.submitted")}
      </Badge>
    );
  if (!visit.reportDueDate) return <>—</>;
  return (
    <Badge color={visit.reportOverdue ? "red" : "blue"} variant="light" data-testid="npm-report-due">
      {t(visit.reportOverdue ? "npm.report.overdue" : "npm.report.dueOn", { date: visit.reportDueDate })}
    </Badge>
  );
}

/** Visits with their status and report deadline (003 p.27), and the complaints received (000 Art. 30(4)). */
export function VisitsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { institutionName } = useNpmNames();
  const [creating, setCreating] = useState(false);
  const visits = useQuery({ queryKey: npmKeys.visits, queryFn: () => npmApi.visits() });
  const items = visits.data?.items ?? [];
  const canCreate = user.roles.includes("commissioner_representative");
  return (
    <>
      <PageTitle
        actions={
          canCreate && (
            <Button onClick={() => setCreating(true)} data-testid="npm-visit-create">
              {t("npm.visit.create")}
            </Button>
          )
        }
      >
        {t("npm.visit.title")}
      </PageTitle>
      <ErrorAlert error={visits.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="npm-visits-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.visit.kind")}</Table.Th>
              <Table.Th>{t("npm.visit.institutions")}</Table.Th>
              <Table.Th>{t("npm.visit.dates")}</Table.Th>
              <Table.Th>{t("npm.visit.status")}</Table.Th>
              <Table.Th>{t("npm.report.due")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visits.isPending && <LoadingRow colSpan={5} />}
            {visits.isSuccess && items.length === 0 && <EmptyRow colSpan={5} text={t("npm.visit.empty")} />}
            {items.map((v) => (
              <SavedTr recordId={v.id} key={v.id} data-testid="npm-visit-row" data-status={v.status}>
                <Table.Td>
                  <AnchorLink
                    to="/npm/visits/$visitId"
                    params={{ visitId: v.id }}
                    data-testid="npm-visit-link"
                  >
                    {t(`npm.visitKind.${v.kind}`, { defaultValue: v.kind })}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{v.institutionIds.map(institutionName).join(", ")}</Table.Td>
                <Table.Td>
                  {formatDate(v.startsOn)} – {formatDate(v.endsOn)}
                </Table.Td>
                <Table.Td>{t(`npm.visitStatus.${v.status}`, { defaultValue: v.status })}</Table.Td>
                <Table.Td>
                  <ReportDue visit={v} />
                </Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ComplaintsPanel />
      {creating && <VisitFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
