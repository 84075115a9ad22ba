import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi, registerApi } from "../../api/measures.ts";
import { useSession } from "../../auth/session.ts";
import { notForRole } from "../../api/errors.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { WithheldNotice } from "../../components/Withheld.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { canRecordChecks } from "../../shell/abilities.ts";
import { groundLabel, labelOf, registerFactLabel, statusColor } from "../measures/labels.ts";
import { RecordCheckModal, type CheckTarget } from "../worklists/RecordCheckModal.tsx";
import { timelineEvents, type TimelineEvent } from "./timelineEvents.ts";

/** One timeline of the person's measures, their facts, register entries and control checks. */
export function PersonTimeline({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const [target, setTarget] = useState<CheckTarget | null>(null);
  const measures = useQuery({
    queryKey: measureKeys.ofPerson(personId),
    queryFn: () => measuresApi.ofPerson(personId),
  });
  const entries = useQuery({
    queryKey: measureKeys.registerOfPerson(personId),
    queryFn: () => registerApi.ofPerson(personId),
  });
  // The list gives summaries; each measure's facts come with the measure (a person has few).
  const details = useQueries({
    queries: (measures.data?.items ?? []).map((m) => ({
      queryKey: measureKeys.one(m.id),
      queryFn: () => measuresApi.get(m.id),
    })),
  });
  // A role that may not read measures or register entries sees the rest of the card without them.
  const measuresHidden = notForRole(measures.error);
  const entriesHidden = notForRole(entries.error);
  const events = timelineEvents(
    measures.data?.items ?? [],
    details.flatMap((q) => (q.data ? [q.data] : [])),
    entries.data?.items ?? [],
  );

  return (
    <Card withBorder data-testid="person-timeline">
      <Title order={2} size="h4" mb="xs">
        {t("timeline.title")}
      </Title>
      <ErrorAlert
        error={(measuresHidden ? null : measures.error) ?? (entriesHidden ? null : entries.error)}
      />
      <WithheldNotice parts={measures.data?.withheld} />
      {(measures.isSuccess || measuresHidden) &&
        (entries.isSuccess || entriesHidden) &&
        events.length === 0 && <Text c="dimmed">{t("timeline.empty")}</Text>}
      <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {events.map((e) => (
          <li key={e.key} data-testid={e.testId}>
            <Event
              event={e}
              lang={lang}
              onCheck={canRecordChecks(user.roles) ? setTarget : undefined}
              name={personName}
            />
          </li>
        ))}
      </Stack>
      {target && <RecordCheckModal target={target} onClose={() => setTarget(null)} />}
    </Card>
  );
}

interface EventProps {
  event: TimelineEvent;
  lang: ReturnType<typeof useLanguage>;
  name: string;
  onCheck: ((target: CheckTarget) => void) | undefined;
}

function Event({ event: e, lang, name, onCheck }: EventProps) {
  const { t } = useTranslation();
  const when = e.dateOnly ? formatDate(e.at, lang) : formatDateTime(e.at, lang);
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Text size="sm" c="dimmed" w={150}>
        {when}
      </Text>
      {e.kind === "measure" && (
        <>
          <AnchorLink to="/measures/$measureId" params={{ measureId: e.id }}>
            {labelOf(t, "measureKind", e.label)}
          </AnchorLink>
          {e.status && (
            <Badge color={statusColor(e.status)} variant="light">
              {labelOf(t, "measureStatus", e.status)}
            </Badge>
          )}
        </>
      )}
      {e.kind === "fact" && (
        <Text size="sm">
          {labelOf(t, "factType", e.label)} · {labelOf(t, "measureKind", e.parent ?? "")}
        </Text>
      )}
      {e.kind === "entry" && (
        <>
          <AnchorLink
            to="/register/$entryId"
            params={{ entryId: e.id }}
            size="sm"
            fw={500}
            data-testid="register-entry-link"
          >
            {t("timeline.registerEntry")}: {groundLabel(t, e.label)}
          </AnchorLink>
          {e.status && (
            <Badge color={statusColor(e.status)} variant="light" data-testid="register-entry-status">
              {labelOf(t, "registerStatus", e.status)}
            </Badge>
          )}
          {e.nextDue && (
            <Badge color={e.overdue ? "red" : "blue"}>
              {t("measures.nextCheck")}: {formatDate(e.nextDue, lang)}
            </Badge>
          )}
          {onCheck && e.status === "active" && (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onCheck({ source: "register_entry", id: e.id, label: name })}
              data-testid="record-check"
            >
              {t("worklists.recordCheck")}
            </Button>
          )}
        </>
      )}
      {e.kind === "entryFact" && <Text size="sm">{registerFactLabel(t, e.label)}</Text>}
      {e.note && (
        <Text size="xs" c="dimmed">
          {e.note}
        </Text>
      )}
    </Group>
  );
}
