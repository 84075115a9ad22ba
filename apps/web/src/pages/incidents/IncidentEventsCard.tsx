import { Button, Card, Group, NativeSelect, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { INCIDENT_EVENT_ARTICLES, INCIDENT_EVENT_TYPES, type IncidentEventType } from "@aldyn/law";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { formatDateTime, instantOfAlmatyLocal, LawCitation } from "../../format.ts";
import { nowLocal } from "../measures/measureDomain.ts";
import { eventLabel } from "./incidentLabels.ts";
import { incidentKeys, incidentsApi, type DvIncident } from "./incidentsApi.ts";

/** The events recorded by hand: a link to a measure is recorded by linking it. */
const MANUAL_EVENTS = INCIDENT_EVENT_TYPES.filter((e) => e !== "measure_linked");

/**
 * What was done on the incident, oldest first: the response (001 Art. 72(3)(1)), order ensured while
 * the victim removed her belongings, clothing and documents from the shared dwelling (72(3)(3)),
 * measures linked, notes; the DV inspector adds an event here.
 */
export function IncidentEventsCard({ incident, canWork }: { incident: DvIncident; canWork: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<IncidentEventType | null>(null);
  return (
    <Card withBorder data-testid="incident-events">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("incidents.events")}
        </Title>
        {canWork && adding === null && (
          <Group gap="xs">
            <Button
              size="xs"
              onClick={() => setAdding("belongings_removal_secured")}
              data-testid="incident-belongings"
            >
              {t("incidents.addBelongings")}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setAdding("note")}
              data-testid="incident-add-event"
            >
              {t("incidents.addEvent")}
            </Button>
          </Group>
        )}
      </Group>
      {adding !== null && <EventForm incident={incident} initial={adding} onDone={() => setAdding(null)} />}
      <Table.ScrollContainer minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incidents.col.at")}</Table.Th>
              <Table.Th>{t("incidents.col.event")}</Table.Th>
              <Table.Th>{t("incidents.col.by")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incident.events.length === 0 && <EmptyRow colSpan={3} text={t("incidents.noEvents")} />}
            {incident.events.map((e) => (
              <Table.Tr key={e.seq} data-testid="incident-event" data-type={e.type}>
                <Table.Td>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{eventLabel(t, e.type)}</Text>
                  {e.type in INCIDENT_EVENT_ARTICLES && (
                    <Text size="xs" c="dimmed">
                      <LawCitation code={INCIDENT_EVENT_ARTICLES[e.type as IncidentEventType]} />
                    </Text>
                  )}
                  {e.note && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                      {e.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{e.byName ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function EventForm({
  incident,
  initial,
  onDone,
}: {
  incident: DvIncident;
  initial: IncidentEventType;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [type, setType] = useState<string>(initial);
  const [at, setAt] = useState(nowLocal);
  const [note, setNote] = useState("");
  const current = {
    type,
    at: at ? instantOfAlmatyLocal(at) : "",
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: () => incidentsApi.addEvent(incident.id, current),
    onSuccess: (next) => {
      queryClient.setQueryData(incidentKeys.one(incident.id), next);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      notifySaved(t("incidents.eventSaved"));
      onDone();
    },
  });
  const form = useFormErrors({
    formId: "incident-event",
    fields: ["type", "at", "note"],
    checks: {
      at: at ? undefined : t("incidents.check.at_required"),
      note: type === "note" && !note.trim() ? t("incidents.check.note_required") : undefined,
    },
    save: { error: save.error, isPending: save.isPending },
    current,
  });
  return (
    <form onSubmit={form.onSubmit(() => save.mutate())} noValidate data-testid="incident-event-form">
      <Stack
        gap="sm"
        mb="md"
        p="sm"
        style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4 }}
      >
        <FormErrorSummary form={form} testId="incident-event-error" />
        <Group align="flex-start" grow>
          <NativeSelect
            id={form.id("type")}
            label={t("incidents.eventType")}
            value={type}
            error={form.err("type")}
            data={MANUAL_EVENTS.map((e) => ({ value: e, label: eventLabel(t, e) }))}
            onChange={(e) => setType(e.currentTarget.value)}
            data-testid="incident-event-type"
          />
          <DateTimeField
            id={form.id("at")}
            label={t("incidents.eventAt")}
            required
            value={at}
            max={nowLocal()}
            error={form.err("at")}
            onChange={setAt}
            data-testid="incident-event-at"
          />
        </Group>
        {type === "belongings_removal_secured" && (
          <Text size="xs" c="dimmed">
            {t("incidents.belongingsHint")} (<LawCitation code="001 Art. 72(3)(3)" />)
          </Text>
        )}
        <Textarea
          id={form.id("note")}
          label={t("incidents.eventNote")}
          required={type === "note"}
          autosize
          minRows={2}
          value={note}
          error={form.err("note")}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="incident-event-note"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="incident-event-save">
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
