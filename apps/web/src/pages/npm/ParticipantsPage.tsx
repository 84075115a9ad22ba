import { Badge, Button, Table } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { ParticipantActions } from "./ParticipantActions.tsx";
import { ParticipantFormModal } from "./ParticipantFormModal.tsx";
import { useRegions } from "./regions.ts";
import { formatDate, lawCitation } from "../../format.ts";

/** Participants with their certificate (number, validity) and powers (000 Arts. 26, 31). */
export function ParticipantsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { nameOf } = useRegions();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: npmKeys.participants, queryFn: () => npmApi.participants() });
  const items = list.data?.items ?? [];
  const canCreate = user.roles.includes("commissioner_representative");
  return (
    <>
      <PageTitle
        actions={
          <>
            <Button variant="default" onClick={() => window.print()} data-testid="npm-participants-print">
              {t("npm.participant.print")}
            </Button>
            {canCreate && (
              <Button onClick={() => setCreating(true)} data-testid="npm-participant-create">
                {t("npm.participant.create")}
              </Button>
            )}
          </>
        }
      >
        {t("npm.participant.title")}
      </PageTitle>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="npm-participants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.participant.fullName")}</Table.Th>
              <Table.Th>{t("npm.participant.categories")}</Table.Th>
              <Table.Th>{t("npm.region")}</Table.Th>
              <Table.Th>{t("npm.participant.certificate")}</Table.Th>
              <Table.Th>{t("npm.participant.powers")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={6} />}
            {list.isSuccess && items.length === 0 && (
              <EmptyRow colSpan={6} text={t("npm.participant.empty")} />
            )}
            {items.map((p) => (
              <Table.Tr key={p.id} data-testid="npm-participant-row">
                <Table.Td>{p.fullName}</Table.Td>
                <Table.Td>
                  {p.categories.map((c) => t(`npm.category.${c}`, { defaultValue: c })).join(", ")}
                  {p.specialisations.length > 0 && ` (${p.specialisations.join(", ")})`}
                </Table.Td>
                <Table.Td>{nameOf(p.regionCode)}</Table.Td>
                <Table.Td data-testid="npm-participant-certificate">
                  {p.certificate ? (
                    <>
                      {t("npm.participant.certificateOf", {
                        number: p.certificate.number,
                        date: formatDate(p.certificate.issuedOn),
                      })}{" "}
                      <Badge color={p.certificate.validToday ? "green" : "red"} variant="light">
                        {t(p.certificate.validToday ? "npm.participant.valid" : "npm.participant.invalid")}
                      </Badge>
                    </>
                  ) : (
                    "—"
                  )}
                </Table.Td>
                <Table.Td>
                  {p.powersActive ? (
                    <Badge color="green" variant="light">
                      {t("npm.participant.active")}
                    </Badge>
                  ) : (
                    <Badge color="gray">
                      {t("npm.participant.terminated", {
                        article: p.termination ? lawCitation(t, p.termination.article) : "",
                      })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <ParticipantActions participant={p} office={canCreate} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && <ParticipantFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
