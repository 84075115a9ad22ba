import { Button, Card, Group, Loader, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmInstitution } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { InstitutionFormModal } from "./InstitutionFormModal.tsx";
import { CoverageStateBadge } from "./InstitutionsPage.tsx";
import { useRegions } from "./regions.ts";
import { formatDate, LawCitation } from "../../format.ts";

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th w={260}>{label}</Table.Th>
      <Table.Td data-testid={testId}>{children}</Table.Td>
    </Table.Tr>
  );
}

function Details({ i }: { i: NpmInstitution }) {
  const { t } = useTranslation();
  const { nameOf } = useRegions();
  return (
    <Card withBorder data-testid="npm-institution-card">
      <Table>
        <Table.Tbody>
          <Field label={t("npm.institution.kind")}>
            {t(`npm.institutionKind.${i.kind}`, { defaultValue: i.kind })}
          </Field>
          <Field label={t("npm.region")}>{nameOf(i.regionCode)}</Field>
          <Field label={t("npm.institution.address")}>{i.address}</Field>
          <Field label={t("npm.institution.capacity")}>{i.capacity ?? "—"}</Field>
          <Field label={t("npm.institution.department")}>{i.department}</Field>
          <Field label={t("npm.institution.subjectSince")} testId="npm-institution-subject-since">
            {i.subjectSince ?? "—"}
          </Field>
          <Field label={t("npm.coverage.lastVisit")}>{i.coverage.lastPeriodicVisitOn ?? "—"}</Field>
          <Field label={t("npm.coverage.dueBy")} testId="npm-institution-due-by">
            {formatDate(i.coverage.dueBy)}
          </Field>
          <Field label={t("npm.coverage.status")}>
            <Group gap="xs">
              <CoverageStateBadge coverage={i.coverage} />
              <Text size="xs" c="dimmed">
                <LawCitation code={i.coverage.article} />
              </Text>
            </Group>
          </Field>
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function VisitHistory({ visits }: { visits: NpmInstitution["visits"] }) {
  const { t } = useTranslation();
  return (
    <Table striped data-testid="npm-institution-visits">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("npm.visit.from")}</Table.Th>
          <Table.Th>{t("npm.visit.kind")}</Table.Th>
          <Table.Th>{t("npm.visit.form")}</Table.Th>
          <Table.Th>{t("npm.visit.status")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {visits.length === 0 && <EmptyRow colSpan={4} text={t("npm.visit.empty")} />}
        {visits.map((v) => (
          <Table.Tr key={v.id} data-testid="npm-institution-visit" data-status={v.status}>
            <Table.Td>
              <AnchorLink to="/npm/visits/$visitId" params={{ visitId: v.id }} data-testid="npm-visit-link">
                {formatDate(v.startsOn)}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{t(`npm.visitKind.${v.kind}`, { defaultValue: v.kind })}</Table.Td>
            <Table.Td>{t(`npm.visitForm.${v.form}`, { defaultValue: v.form })}</Table.Td>
            <Table.Td>{t(`npm.visitStatus.${v.status}`, { defaultValue: v.status })}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * An institution subject to visits (000 Art. 26(2); 003 p.1): its details, where it stands under the
 * four-year rule (003 p.3(1)) and the visits made to it, each opening the visit.
 */
export function InstitutionPage() {
  const { t } = useTranslation();
  const { institutionId } = useParams({ from: "/npm/institutions/$institutionId" });
  const q = useQuery({
    queryKey: npmKeys.institution(institutionId),
    queryFn: () => npmApi.institution(institutionId),
  });
  const i = q.data;
  const { user } = useSession();
  // The catalogue is kept by the Commissioner's office (policy.ts: update npm_institution).
  const canEdit = user.roles.includes("commissioner_representative");
  const [editing, setEditing] = useState(false);
  return (
    <>
      <PageTitle
        actions={
          canEdit &&
          i && (
            <Button onClick={() => setEditing(true)} data-testid="npm-institution-edit">
              {t("common.edit")}
            </Button>
          )
        }
      >
        {i?.name ?? t("npm.institution.pageTitle")}
      </PageTitle>
      <ErrorAlert error={q.error} />
      {q.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
      {i && (
        <>
          <Details i={i} />
          <Title order={2} size="h4" mt="lg" mb="sm">
            {t("npm.institution.visits")}
          </Title>
          <VisitHistory visits={i.visits} />
          {editing && <InstitutionFormModal institution={i} onClose={() => setEditing(false)} />}
        </>
      )}
    </>
  );
}
