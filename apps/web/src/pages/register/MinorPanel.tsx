import { Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDate, LawCitation } from "../../format.ts";
import { ActivityModal, CheckModal, EndModal } from "../juvenile/ActivityModals.tsx";
import {
  juvenileApi,
  juvenileKeys,
  type MinorRestrictions,
  type RehabilitationActivity,
} from "../juvenile/juvenileApi.ts";
import { activityLabel, restrictionLabel } from "../juvenile/lawLists.ts";
import { RestrictionModal } from "../juvenile/RestrictionModal.tsx";

type Open =
  { kind: "ruling" } | { kind: "activity" } | { kind: "check" | "end"; activity: RehabilitationActivity };

const STATE_COLOR = { active: "green", check_due: "orange", ended: "gray" } as const;

/**
 * "Minor: restrictions and rehabilitation" on a register entry (001 Art. 82): the restrictions a judge
 * established and their rulings (82(3)), the rehabilitation activities with the minor's duties and
 * their checks (82(2)). Shown for a person under 18 (or when something was recorded before the 18th
 * birthday); `writable` is the page's own rule for the police's case work on an active entry.
 */
export function MinorPanel({ entryId, writable }: { entryId: string; writable: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const r = useQuery({
    queryKey: juvenileKeys.restrictions(entryId),
    queryFn: () => juvenileApi.restrictions(entryId),
  });
  const a = useQuery({
    queryKey: juvenileKeys.activities(entryId),
    queryFn: () => juvenileApi.activities(entryId),
  });
  const activities = a.data?.items ?? [];
  if (r.data && !r.data.applies && r.data.rulings.length === 0 && activities.length === 0) return null;
  const canWrite = writable && r.data?.applies === true;
  const close = () => setOpen(null);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-labelledby="minor-panel-title"
      data-testid="minor-panel"
    >
      <Title order={2} size="h4" id="minor-panel-title">
        {t("juvenile.panel.title")}
      </Title>
      {r.data && (
        <Text size="sm" c="dimmed" mb="sm">
          {t("juvenile.panel.turns18", { date: formatDate(r.data.turns18On) })}
        </Text>
      )}
      <ErrorAlert error={r.error ?? a.error} />
      <Stack gap="md">
        {r.data && (
          <RestrictionsPart data={r.data} canWrite={canWrite} onRecord={() => setOpen({ kind: "ruling" })} />
        )}
        <div>
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
            <Text fw={600}>
              {t("juvenile.panel.activities")} <LawCitation code="001 Art. 82(2)" />
            </Text>
            {canWrite && (
              <Button
                size="xs"
                variant="default"
                onClick={() => setOpen({ kind: "activity" })}
                data-testid="minor-activity-add"
              >
                {t("juvenile.panel.addActivity")}
              </Button>
            )}
          </Group>
          <Table.ScrollContainer minWidth={760}>
            <Table data-testid="minor-activities">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("juvenile.col.activity")}</Table.Th>
                  <Table.Th>{t("juvenile.col.provider")}</Table.Th>
                  <Table.Th>{t("juvenile.col.term")}</Table.Th>
                  <Table.Th>{t("juvenile.col.checks")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.data && activities.length === 0 && (
                  <EmptyRow colSpan={5} text={t("juvenile.panel.noActivities")} />
                )}
                {activities.map((x) => (
                  <ActivityRow
                    key={x.id}
                    a={x}
                    t={t}
                    canWrite={canWrite}
                    onOpen={(kind) => setOpen({ kind, activity: x })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      </Stack>
      {open?.kind === "ruling" && r.data && (
        <RestrictionModal entryId={entryId} current={r.data} onClose={close} />
      )}
      {open?.kind === "activity" && <ActivityModal entryId={entryId} onClose={close} />}
      {open?.kind === "check" && <CheckModal entryId={entryId} activity={open.activity} onClose={close} />}
      {open?.kind === "end" && <EndModal entryId={entryId} activity={open.activity} onClose={close} />}
    </Card>
  );
}

function RestrictionsPart(props: { data: MinorRestrictions; canWrite: boolean; onRecord: () => void }) {
  const { data, canWrite, onRecord } = props;
  const { t } = useTranslation();
  const last = data.rulings.at(-1);
  return (
    <div>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Text fw={600}>
          {t("juvenile.panel.restrictions")} <LawCitation code="001 Art. 82(3)" />
        </Text>
        {canWrite && (
          <Button size="xs" variant="default" onClick={onRecord} data-testid="minor-restriction-record">
            {t("juvenile.panel.recordRuling")}
          </Button>
        )}
      </Group>
      {data.current.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="minor-restrictions-none">
          {data.rulings.length === 0 ? t("juvenile.panel.noRestrictions") : t("juvenile.panel.lifted")}
        </Text>
      ) : (
        <Stack gap={2} data-testid="minor-restrictions-current">
          <Text size="sm">
            {t("juvenile.panel.inForceSince", { date: formatDate(data.since) })}
            {last && ` — ${last.court}, ${t("juvenile.panel.rulingNo", { number: last.rulingNumber })}`}
          </Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {data.current.map((id) => (
              <li key={id}>
                <Text size="sm">{restrictionLabel(t, id)}</Text>
              </li>
            ))}
          </ul>
        </Stack>
      )}
      {data.rulings.length > 0 && (
        <Text size="xs" c="dimmed" mt={4} data-testid="minor-rulings">
          {data.rulings
            .map(
              (x) => `${formatDate(x.rulingOn)}: ${t(`juvenile.rulingKind.${x.kind}`)} (${x.rulingNumber})`,
            )
            .join(" · ")}
        </Text>
      )}
    </div>
  );
}

function ActivityRow(props: {
  a: RehabilitationActivity;
  t: TFunction;
  canWrite: boolean;
  onOpen: (kind: "check" | "end") => void;
}) {
  const { a, t, canWrite, onOpen } = props;
  const last = a.checks[0];
  return (
    <Table.Tr data-testid="minor-activity-row" data-state={a.state}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {activityLabel(t, a.activity)}
        </Text>
        <Text size="xs" c="dimmed">
          {a.duties}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{a.provider}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {formatDate(a.fromOn)} —{" "}
          {a.endedOn ? formatDate(a.endedOn) : a.untilOn ? formatDate(a.untilOn) : "…"}
        </Text>
        <Badge color={STATE_COLOR[a.state]} variant="light" data-testid="minor-activity-state">
          {t(`juvenile.state.${a.state}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {last
            ? `${formatDate(last.checkedOn)}: ${t(`juvenile.outcome.${last.outcome}`)}`
            : t("juvenile.panel.noChecks")}
        </Text>
        {a.checkDueOn && (
          <Text size="xs" c={a.state === "check_due" ? "orange" : "dimmed"}>
            {t("juvenile.panel.nextCheck", { date: formatDate(a.checkDueOn) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {canWrite && a.state !== "ended" && (
          <Group gap={6} wrap="nowrap">
            <Button size="xs" onClick={() => onOpen("check")} data-testid="minor-activity-check">
              {t("juvenile.panel.recordCheck")}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              onClick={() => onOpen("end")}
              data-testid="minor-activity-end"
            >
              {t("juvenile.panel.end")}
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
