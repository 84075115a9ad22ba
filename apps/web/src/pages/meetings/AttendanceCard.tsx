import { Alert, Badge, Button, Card, Checkbox, Group, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { notifySaved } from "../../components/notify.ts";
import { LawCitation } from "../../format.ts";
import { liveQuorum } from "./meetingDomain.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { MeetingDetail } from "./meetingTypes.ts";

/**
 * The members active on the meeting day with who is present, and the quorum as the secretary marks
 * them (more than half of the voting members: the system's reading of 001 Art. 79(7)). The secretary
 * saves the attendance on the day; the others read it.
 */
export function AttendanceCard({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [present, setPresent] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(meeting.members.map((a) => [a.memberId, a.present === true])),
  );
  const [reasons, setReasons] = useState<Record<string, string>>(() =>
    Object.fromEntries(meeting.members.map((a) => [a.memberId, a.absenceReason ?? ""])),
  );
  const q = liveQuorum(meeting.members, present);
  const changed = meeting.members.some(
    (a) =>
      (a.present === true) !== present[a.memberId] || (a.absenceReason ?? "") !== (reasons[a.memberId] ?? ""),
  );
  const save = useMutation({
    mutationFn: () =>
      meetingsApi.attendance(meeting.id, {
        members: meeting.members.map((a) => ({
          memberId: a.memberId,
          present: present[a.memberId] === true,
          ...(!present[a.memberId] && reasons[a.memberId]?.trim()
            ? { absenceReason: reasons[a.memberId]!.trim() }
            : {}),
        })),
      }),
    onSuccess: async () => {
      notifySaved(t("meetings.attendanceSaved"));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    },
  });
  return (
    <Card withBorder mb="md" data-testid="meeting-attendance">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("meetings.attendance")}
        </Title>
        <Badge
          size="lg"
          variant="light"
          color={q.quorate ? "green" : "red"}
          data-testid="meeting-quorum"
          data-quorate={q.quorate}
          aria-live="polite"
        >
          {t(q.quorate ? "meetings.quorate" : "meetings.notQuorate", {
            present: q.present,
            voting: q.voting,
            needed: q.needed,
          })}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("meetings.quorumRule")} <LawCitation code="001 Art. 79(7)" /> · {t("meetings.systemReading")}
      </Text>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("meetings.col.member")}</Table.Th>
            <Table.Th>{t("meetings.col.role")}</Table.Th>
            <Table.Th>{t("meetings.col.present")}</Table.Th>
            <Table.Th>{t("meetings.col.absenceReason")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meeting.members.map((a) => (
            <Table.Tr key={a.memberId} data-testid="meeting-attendance-row">
              <Table.Td>{a.fullName}</Table.Td>
              <Table.Td>
                {t(`commissions.role.${a.role}`)}
                {!a.voting && (
                  <Text size="xs" c="dimmed">
                    {t("meetings.noVote")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={t("meetings.presentOf", { name: a.fullName })}
                  checked={present[a.memberId] === true}
                  disabled={!editable}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setPresent((p) => ({ ...p, [a.memberId]: on }));
                  }}
                  data-testid="meeting-attendance-present"
                />
              </Table.Td>
              <Table.Td>
                {!present[a.memberId] &&
                  (editable ? (
                    <TextInput
                      size="xs"
                      aria-label={t("meetings.absenceReasonOf", { name: a.fullName })}
                      value={reasons[a.memberId] ?? ""}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setReasons((r) => ({ ...r, [a.memberId]: text }));
                      }}
                    />
                  ) : (
                    <Text size="sm">{a.absenceReason ?? "—"}</Text>
                  ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {meeting.members.length === 0 && (
        <Alert color="orange" variant="light" mt="xs">
          {t("meetings.noMembers")}
        </Alert>
      )}
      <ErrorAlert error={save.error} testId="meeting-attendance-error" />
      {editable && (
        <Group justify="flex-end" mt="sm">
          <Button
            variant="default"
            onClick={() => setPresent(Object.fromEntries(meeting.members.map((a) => [a.memberId, true])))}
            data-testid="meeting-attendance-all"
          >
            {t("meetings.allPresent")}
          </Button>
          <Button
            onClick={() => save.mutate()}
            loading={save.isPending}
            disabled={!changed && meeting.quorum.attendanceRecorded}
            data-testid="meeting-attendance-save"
          >
            {t("meetings.saveAttendance")}
          </Button>
        </Group>
      )}
    </Card>
  );
}
