import { Card, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { personsApi } from "../../api/persons.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { auditActionLabel } from "../audit/auditActions.ts";
import { useLanguage } from "../../i18n/index.ts";

/** Roles the server lets see who viewed a record (supervision and audit; R11.2). */
export const VIEWER_ROLES = ["police_head", "prosecutor", "auditor"] as const;

/** Who has read or changed this person's records (issue 4 item 7), newest first. */
export function ViewersPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const views = useQuery({
    queryKey: ["persons", personId, "views"],
    queryFn: () => personsApi.views(personId),
  });
  const items = views.data?.items ?? [];
  return (
    <Card withBorder data-testid="person-viewers">
      <Title order={2} size="h4" mb="xs">
        {t("viewers.title")}
      </Title>
      <ErrorAlert error={views.error} />
      {views.isSuccess && items.length === 0 && <Text c="dimmed">{t("viewers.empty")}</Text>}
      {items.length > 0 && (
        <Table striped aria-label={t("viewers.title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("viewers.when")}</Table.Th>
              <Table.Th>{t("viewers.who")}</Table.Th>
              <Table.Th>{t("viewers.what")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id} data-testid="person-viewer-row">
                <Table.Td>{formatDateTime(r.at, lang)}</Table.Td>
                <Table.Td>{r.actorName ?? "—"}</Table.Td>
                <Table.Td title={r.action}>{auditActionLabel(t, r.action)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
