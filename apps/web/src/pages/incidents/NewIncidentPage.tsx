import { Alert, Button, Center, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ButtonLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMarkSaved } from "../../components/savedRow.ts";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel } from "../handoffs/handoffLabels.ts";
import { familiesApi, familyKeys } from "../families/familiesApi.ts";
import { canRecordIncidents } from "./incidentDomain.ts";
import { IncidentForm } from "./IncidentForm.tsx";
import type { DvIncidentCreated } from "./incidentsApi.ts";
import { UnnotifiedNotice } from "./UnnotifiedNotice.tsx";

/**
 * `/incidents/new`: record an incident of domestic violence (001 Art. 72), optionally for a family
 * (`?familyId=`, from the family page) or on a citizen's report (`?reportId=`). After the save the
 * page says what was recorded and which bodies were notified, with the due instant of each (72(3)(2)).
 */
export function NewIncidentPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const familyId = typeof search.familyId === "string" ? search.familyId : null;
  const reportId = typeof search.reportId === "string" ? search.reportId : null;
  const family = useQuery({
    queryKey: familyKeys.one(familyId ?? ""),
    queryFn: () => familiesApi.get(familyId ?? ""),
    enabled: familyId !== null,
  });
  const [created, setCreated] = useState<DvIncidentCreated | null>(null);
  const [round, setRound] = useState(0);
  const markSaved = useMarkSaved();
  if (!canRecordIncidents(user.roles)) {
    return (
      <Alert color="yellow" data-testid="not-available">
        {t("common.notAvailable")}
      </Alert>
    );
  }
  return (
    <>
      <PageTitle>{t("incidents.newTitle")}</PageTitle>
      {created ? (
        <IncidentCreated
          created={created}
          onAnother={() => {
            setCreated(null);
            setRound((n) => n + 1);
          }}
        />
      ) : familyId !== null && family.isPending ? (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      ) : (
        <IncidentForm
          key={round}
          family={family.data ? { id: family.data.id, label: family.data.label } : null}
          citizenReportId={reportId}
          onSaved={(c) => {
            markSaved(c.id);
            notifySaved(t("incidents.saved"));
            setCreated(c);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </>
  );
}

/** The confirmation after a save: the incident, its repeat number, and the notifications sent. */
function IncidentCreated({ created, onAnother }: { created: DvIncidentCreated; onAnother: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  // The confirmation takes the focus so a screen reader reads it after the form is gone.
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="md" maw={960}>
      <Alert
        ref={ref}
        tabIndex={-1}
        color="green"
        title={t("incidents.savedTitle")}
        data-testid="incident-created"
      >
        <Text size="sm">
          {created.repeatNumber > 1
            ? t("incidents.savedRepeat", { n: created.repeatNumber })
            : t("incidents.savedFirst")}
        </Text>
        <Text size="sm" mt={4}>
          {created.handoffs.length > 0 ? t("incidents.savedNotified") : t("incidents.savedNoneNotified")} (
          <LawCitation code="001 Art. 72(3)(2)" />)
        </Text>
      </Alert>
      <UnnotifiedNotice subjects={created.unnotified} />
      {created.handoffs.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="incident-created-handoffs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("incidents.col.receiver")}</Table.Th>
                <Table.Th>{t("incidents.col.ground")}</Table.Th>
                <Table.Th>{t("incidents.col.due")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {created.handoffs.map((h) => (
                <Table.Tr key={h.id} data-testid="incident-created-handoff">
                  <Table.Td>{localName(h.receiver.name, lang)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{groundLabel(t, h.ground)}</Text>
                    <Text size="xs" c="dimmed">
                      <LawCitation code={h.article} />
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(h.dueAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <ButtonLink
          to="/incidents/$incidentId"
          params={{ incidentId: created.id }}
          data-testid="incident-created-open"
        >
          {t("incidents.openIncident")}
        </ButtonLink>
        <ButtonLink variant="default" to="/families/$familyId" params={{ familyId: created.familyId }}>
          {t("incidents.openFamily")}
        </ButtonLink>
        <Button variant="subtle" onClick={onAnother} data-testid="incident-another">
          {t("incidents.another")}
        </Button>
      </Group>
    </Stack>
  );
}
