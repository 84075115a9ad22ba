import { Badge, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { clockStanding } from "./handoffDomain.ts";
import { spanText, STATE_COLOR, stateLabel } from "./handoffLabels.ts";
import type { HandoffRow } from "./handoffsApi.ts";

/** The state of a hand-off as a badge, with "overdue" beside it while its receipt is late. */
export function StateBadges({ row }: { row: Pick<HandoffRow, "state" | "overdue" | "receivedAt"> }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Badge
        color={STATE_COLOR[row.state] ?? "gray"}
        variant="light"
        data-testid="handoff-state"
        data-state={row.state}
      >
        {stateLabel(t, row.state)}
      </Badge>
      {row.overdue && !row.receivedAt && (
        <Badge color="red" data-testid="handoff-overdue">
          {t("handoff.overdue")}
        </Badge>
      )}
    </Stack>
  );
}

/**
 * The due instant of the receipt (the statutory clock from the event) and where the hand-off stands
 * against it now: overdue by how long, the time left, or acknowledged (late or in time).
 */
export function DueCell({
  row,
  now,
}: {
  row: Pick<HandoffRow, "dueAt" | "receivedAt" | "overdue">;
  now: Date;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const s = clockStanding(row, now);
  return (
    <Stack gap={0}>
      <Text size="sm" data-testid="handoff-due">
        {formatDateTime(row.dueAt, lang)}
      </Text>
      {s.kind === "overdue" && (
        <Text size="xs" c="red" fw={600} data-testid="handoff-overdue-by">
          {t("handoff.overdueBy", { span: spanText(t, s.by) })}
        </Text>
      )}
      {s.kind === "left" && (
        <Text size="xs" c="dimmed">
          {t("handoff.timeLeft", { span: spanText(t, s.left) })}
        </Text>
      )}
      {s.kind === "acknowledged" && (
        <Text size="xs" c={s.late ? "orange" : "dimmed"}>
          {t(s.late ? "handoff.acknowledgedLate" : "handoff.acknowledgedInTime")}
        </Text>
      )}
    </Stack>
  );
}
