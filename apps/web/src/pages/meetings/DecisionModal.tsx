import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation } from "../../format.ts";
import { caseKeys } from "../minors-cases/casesApi.ts";
import {
  decisionArticle,
  decisionBody,
  decisionChecks,
  DECISIONS,
  PROCEDURAL_DECISIONS,
  VOTES,
  type DecisionContext,
  type Vote,
} from "./meetingDomain.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { DecisionCreate, MeetingDetail, MeetingItem } from "./meetingTypes.ts";

interface DutyRow {
  body: BodyOption | null;
  what: string;
  dueOn: string;
}
interface HeardRow {
  who: string;
  summary: string;
}

/**
 * Records an item's decision: one of the closed list with its article (001 Art. 79(6)), its wording,
 * the votes of the present voting members (a majority of those present, the chair's vote deciding a
 * tie: the system's reading of 79(7)), who was heard, which invited persons attended, and the
 * follow-up duties — each a hand-off to its body, sent when the protocol is signed.
 */
export function DecisionModal({
  meeting,
  item,
  onClose,
}: {
  meeting: MeetingDetail;
  item: MeetingItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const voters = meeting.members.filter((a) => a.present === true && a.voting);
  const ctx: DecisionContext = {
    presentVoters: voters.map((v) => v.memberId),
    chairMemberId: meeting.members.find((a) => a.role === "chair" && a.voting)?.memberId ?? null,
    meetingDay: meeting.meetingDay,
    quorate: meeting.quorum.quorate,
  };
  const invitations = item.invitations;
  const [decision, setDecision] = useState("");
  const [text, setText] = useState("");
  const [votes, setVotes] = useState<Record<string, Vote | "">>(() =>
    Object.fromEntries(voters.map((v) => [v.memberId, ""])),
  );
  const [heard, setHeard] = useState<HeardRow[]>([]);
  const [attended, setAttended] = useState<string[]>(() =>
    invitations.filter((i) => i.attended === true).map((i) => i.id),
  );
  const [duties, setDuties] = useState<DutyRow[]>([]);
  const procedural = PROCEDURAL_DECISIONS.includes(decision);
  const form = {
    decision,
    text,
    votes,
    duties: duties.map((d) => ({ ...d, responsibleBodyId: d.body?.id ?? null })),
  };
  const current: DecisionCreate = {
    ...decisionBody(form, ctx),
    heard: heard
      .filter((h) => h.who.trim() || h.summary.trim())
      .map((h) => ({ who: h.who.trim(), summary: h.summary.trim() })),
    attendedInvitationIds: attended,
  };
  const save = useMutation({
    mutationFn: (body: DecisionCreate) => meetingsApi.decide(meeting.id, item.id, body),
    onSuccess: async () => {
      notifySaved(t("meetings.decisionSaved"));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onClose();
    },
  });
  const dutyFields = duties.flatMap((_, i) => [
    `duties.${i}.responsibleBodyId`,
    `duties.${i}.what`,
    `duties.${i}.dueOn`,
  ]);
  const errs = useFormErrors({
    formId: "meeting-decision",
    fields: ["decision", "text", "votes", "heard", "attendedInvitationIds", "duties", ...dutyFields],
    checks: decisionChecks(t, form, ctx),
    save,
    current,
  });
  const delivered = (role: string) => invitations.some((i) => i.role === role && i.deliveredOn !== null);
  const setDuty = (i: number, patch: Partial<DutyRow>) =>
    setDuties((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={item.title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={errs.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={errs} testId="meeting-decision-error" />
          {item.kind === "case" &&
            !procedural &&
            (!delivered("minor") || !delivered("legal_representative")) && (
              <Alert color="orange" variant="light" data-testid="meeting-decision-not-invited">
                {t("meetings.notInvitedWarning")} <LawCitation code="001 Art. 79(6)(9)" />
              </Alert>
            )}
          <Group gap="xs">
            <Badge
              color={meeting.quorum.quorate ? "green" : "red"}
              variant="light"
              data-testid="meeting-decision-quorum"
            >
              {t(meeting.quorum.quorate ? "meetings.quorate" : "meetings.notQuorate", {
                present: meeting.quorum.present,
                voting: meeting.quorum.votingMembers,
                needed: meeting.quorum.needed,
              })}
            </Badge>
          </Group>
          <NativeSelect
            id={errs.id("decision")}
            label={t("meetings.field.decision")}
            required
            value={decision}
            onChange={(e) => setDecision(e.currentTarget.value)}
            data={[
              { value: "", label: t("meetings.chooseDecision") },
              ...DECISIONS.map((d) => ({ value: d.id, label: t(`meetings.decision.${d.id}`) })),
            ]}
            error={errs.err("decision")}
            data-testid="meeting-decision-select"
          />
          {decision && (
            <Text size="xs" c="dimmed" data-testid="meeting-decision-article">
              {t("meetings.legalBasis")} <LawCitation code={decisionArticle(decision)} />
              {procedural && ` · ${t("meetings.systemReading")}`}
            </Text>
          )}
          <Textarea
            id={errs.id("text")}
            label={t("meetings.field.text")}
            required
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errs.err("text")}
            data-testid="meeting-decision-text"
          />
          <div id={errs.id("votes")} tabIndex={-1}>
            <Text size="sm" fw={500}>
              {t("meetings.votes")}
            </Text>
            <Table>
              <Table.Tbody>
                {voters.map((v) => (
                  <Table.Tr key={v.memberId}>
                    <Table.Td>
                      {v.fullName}
                      <Text size="xs" c="dimmed">
                        {t(`commissions.role.${v.role}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={t("meetings.voteOf", { name: v.fullName })}
                        value={votes[v.memberId] ?? ""}
                        onChange={(value) => setVotes((all) => ({ ...all, [v.memberId]: value as Vote }))}
                        data={VOTES.map((x) => ({ value: x, label: t(`meetings.vote.${x}`) }))}
                        data-testid="meeting-decision-vote"
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {voters.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("meetings.noVoters")}
              </Text>
            )}
            <Group gap="xs" mt={4}>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => setVotes(Object.fromEntries(voters.map((v) => [v.memberId, "for"])))}
                data-testid="meeting-decision-all-for"
              >
                {t("meetings.allFor")}
              </Button>
            </Group>
            {errs.err("votes") && (
              <Text size="xs" c="red">
                {errs.err("votes")}
              </Text>
            )}
          </div>
          {invitations.length > 0 && (
            <Checkbox.Group
              id={errs.id("attendedInvitationIds")}
              label={t("meetings.field.attended")}
              value={attended}
              onChange={setAttended}
              error={errs.err("attendedInvitationIds")}
            >
              <Stack gap={4} mt={4}>
                {invitations.map((i) => (
                  <Checkbox
                    key={i.id}
                    value={i.id}
                    label={`${i.person.fullName ?? t("minorsCases.withheld")} (${t(`meetings.invitationRole.${i.role}`)})`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Stack gap={4} id={errs.id("heard")}>
            <Text size="sm" fw={500}>
              {t("meetings.heard")}
            </Text>
            {heard.map((h, i) => (
              <Group key={i} align="flex-end" wrap="nowrap">
                <TextInput
                  label={t("meetings.field.who")}
                  value={h.who}
                  onChange={(e) => {
                    const who = e.currentTarget.value;
                    setHeard((all) => all.map((x, j) => (j === i ? { ...x, who } : x)));
                  }}
                />
                <TextInput
                  style={{ flex: 1 }}
                  label={t("meetings.field.summary")}
                  value={h.summary}
                  onChange={(e) => {
                    const summary = e.currentTarget.value;
                    setHeard((all) => all.map((x, j) => (j === i ? { ...x, summary } : x)));
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t("common.remove")}
                  onClick={() => setHeard((all) => all.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              size="xs"
              variant="default"
              w="fit-content"
              onClick={() => setHeard((all) => [...all, { who: "", summary: "" }])}
            >
              {t("meetings.addHeard")}
            </Button>
          </Stack>
          {!procedural && (
            <Stack gap={4} id={errs.id("duties")}>
              <Text size="sm" fw={500}>
                {t("meetings.duties")}
              </Text>
              <Text size="xs" c="dimmed">
                {t("meetings.dutiesNote")}
              </Text>
              {duties.map((d, i) => (
                <Group key={i} align="flex-start" wrap="nowrap" data-testid="meeting-decision-duty">
                  <BodySelect
                    label={t("meetings.field.responsibleBody")}
                    required
                    value={d.body}
                    onChange={(body) => setDuty(i, { body })}
                    error={errs.err(`duties.${i}.responsibleBodyId`)}
                    testId="meeting-duty-body"
                  />
                  <TextInput
                    id={errs.id(`duties.${i}.what`)}
                    style={{ flex: 1 }}
                    label={t("meetings.field.what")}
                    required
                    value={d.what}
                    onChange={(e) => setDuty(i, { what: e.currentTarget.value })}
                    error={errs.err(`duties.${i}.what`)}
                    data-testid="meeting-duty-what"
                  />
                  <DateField
                    id={errs.id(`duties.${i}.dueOn`)}
                    label={t("meetings.field.dueOn")}
                    required
                    value={d.dueOn}
                    min={ctx.meetingDay}
                    onChange={(dueOn) => setDuty(i, { dueOn })}
                    error={errs.err(`duties.${i}.dueOn`)}
                    data-testid="meeting-duty-due"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={28}
                    aria-label={t("common.remove")}
                    onClick={() => setDuties((all) => all.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Button
                size="xs"
                variant="default"
                w="fit-content"
                onClick={() => setDuties((all) => [...all, { body: null, what: "", dueOn: "" }])}
                data-testid="meeting-decision-add-duty"
              >
                {t("meetings.addDuty")}
              </Button>
            </Stack>
          )}
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("meetings.saveDecision")}
            testId="meeting-decision-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
