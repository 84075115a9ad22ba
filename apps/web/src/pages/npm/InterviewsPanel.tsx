import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import type { NpmVisit } from "../../api/npm.ts";
import {
  NPM_INTERVIEWEE_CATEGORIES,
  npmInterviewKeys,
  npmInterviewsApi,
  type NpmInterview,
} from "../../api/npm-interviews.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { bodyOf, draftOf, FLAGS, isProtected, type Category, type Draft } from "./interviewDraft.ts";
import { useNpmNames } from "./useNpmNames.ts";
import { FormFooter } from "../../components/FormFooter.tsx";

function InterviewForm(props: { visit: NpmVisit; editing: NpmInterview | null; onDone: () => void }) {
  const { visit, editing, onDone } = props;
  const { t } = useTranslation();
  const { user } = useSession();
  const { participantName } = useNpmNames();
  const queryClient = useQueryClient();
  const [d, setD] = useState<Draft>(() => draftOf(editing));
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  // The Commissioner's office records on behalf of a member of the group; a participant for themself.
  const office = user.roles.includes("commissioner_representative");
  const save = useMutation({
    mutationFn: () =>
      editing
        ? npmInterviewsApi.update(editing.id, { ...bodyOf(d), version: editing.version })
        : npmInterviewsApi.create(visit.id, {
            ...bodyOf(d),
            ...(d.interviewerParticipantId ? { interviewerParticipantId: d.interviewerParticipantId } : {}),
          }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: npmInterviewKeys.list(visit.id) });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="npm-interview-form">
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NativeSelect
            label={t("npm.interviews.category")}
            value={d.category}
            onChange={(e) => set("category", e.currentTarget.value as Category)}
            data={NPM_INTERVIEWEE_CATEGORIES.map((c) => ({
              value: c,
              label: t(`npm.interviews.categories.${c}`),
            }))}
            data-testid="npm-interview-category"
          />
          <TextInput
            label={t("npm.interviews.label")}
            description={t("npm.interviews.labelHint")}
            value={d.label}
            onChange={(e) => set("label", e.currentTarget.value)}
            data-testid="npm-interview-label"
          />
          <TextInput
            label={t("npm.interviews.name")}
            description={t("npm.interviews.nameHint")}
            value={d.intervieweeName}
            onChange={(e) => set("intervieweeName", e.currentTarget.value)}
            data-testid="npm-interview-name"
          />
        </SimpleGrid>
        {office && !editing && (
          <NativeSelect
            label={t("npm.interviews.interviewer")}
            required
            value={d.interviewerParticipantId}
            onChange={(e) => set("interviewerParticipantId", e.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...visit.members.map((m) => ({
                value: m.participantId,
                label: participantName(m.participantId),
              })),
            ]}
            data-testid="npm-interview-interviewer"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {FLAGS.map((f) => (
            <Checkbox
              key={f}
              label={t(`npm.interviews.flags.${f}`)}
              checked={d[f]}
              onChange={(e) => set(f, e.currentTarget.checked)}
              data-testid={`npm-interview-${f}`}
            />
          ))}
        </SimpleGrid>
        {d.securityThreatNotified && (
          <Textarea
            label={t("npm.interviews.threatNote")}
            value={d.securityThreatNote}
            onChange={(e) => set("securityThreatNote", e.currentTarget.value)}
            data-testid="npm-interview-threat-note"
          />
        )}
        {d.restrictionRefused && (
          <Textarea
            label={t("npm.interviews.refusalText")}
            required
            value={d.restrictionRefusalText}
            onChange={(e) => set("restrictionRefusalText", e.currentTarget.value)}
            data-testid="npm-interview-refusal-text"
          />
        )}
        <Textarea
          label={t("npm.interviews.summary")}
          required
          autosize
          minRows={3}
          value={d.summary}
          onChange={(e) => set("summary", e.currentTarget.value)}
          data-testid="npm-interview-summary"
        />
        <ErrorAlert error={save.error} testId="npm-interview-error" />
        <FormFooter
          onCancel={onDone}
          saving={save.isPending}
          label={t("npm.interviews.save")}
          testId="npm-interview-save"
        />
      </Stack>
    </form>
  );
}

/** Badges of what the record says about the conversation, with the rule each one answers. */
function Flags({ i }: { i: NpmInterview }) {
  const { t } = useTranslation();
  const shown = FLAGS.filter((f) => i[f]);
  // 003 p.18: the rights are explained to persons held and their legal representatives.
  const warnRights = !i.rightsExplained && isProtected(i.category);
  return (
    <Group gap={4}>
      {shown.map((f) => (
        <Badge key={f} variant="light" size="sm" data-testid={`npm-interview-flag-${f}`}>
          {t(`npm.interviews.flags.${f}`)}
        </Badge>
      ))}
      {warnRights && (
        <Badge color="orange" size="sm" data-testid="npm-interview-rights-warning">
          {t("npm.interviews.rightsNotExplained")}
        </Badge>
      )}
    </Group>
  );
}

/**
 * The on-site record of the visit's interviews (000 Art. 29(1)(4); 003 pp.17-23): seen only by the
 * group and the Commissioner's office; others get the confidentiality notice instead of the list.
 */
export function InterviewsPanel({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { participantName } = useNpmNames();
  const [editing, setEditing] = useState<NpmInterview | "new" | null>(null);
  const mayAsk = user.roles.includes("npm_participant") || user.roles.includes("commissioner_representative");
  const list = useQuery({
    queryKey: npmInterviewKeys.list(visit.id),
    queryFn: () => npmInterviewsApi.list(visit.id),
    enabled: mayAsk,
    retry: false,
  });
  if (!mayAsk) return null;
  const refused = list.error instanceof ApiError && list.error.status === 403;
  const writable = list.isSuccess && visit.status !== "planned" && visit.status !== "cancelled";
  const items = list.data?.items ?? [];
  return (
    <Card withBorder data-testid="npm-interviews">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("npm.interviews.title")}
        </Title>
        {writable && editing === null && (
          <Button variant="light" onClick={() => setEditing("new")} data-testid="npm-interview-create">
            {t("npm.interviews.add")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("npm.interviews.confidentialNote")}
      </Text>
      {refused ? (
        <Text mt="sm" data-testid="npm-interviews-refused">
          {t("npm.interviews.notInGroup")}
        </Text>
      ) : (
        <ErrorAlert error={list.error} />
      )}
      {editing !== null && (
        <InterviewForm
          key={editing === "new" ? "new" : editing.id}
          visit={visit}
          editing={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {list.isSuccess && (
        <Table mt="sm" striped data-testid="npm-interview-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.interviews.label")}</Table.Th>
              <Table.Th>{t("npm.interviews.category")}</Table.Th>
              <Table.Th>{t("npm.interviews.interviewer")}</Table.Th>
              <Table.Th>{t("npm.interviews.summary")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 && <EmptyRow colSpan={5} text={t("npm.interviews.empty")} />}
            {items.map((i) => (
              <Table.Tr key={i.id} data-testid="npm-interview-row">
                <Table.Td>
                  {i.label}
                  {i.intervieweeName && (
                    <Text size="xs" c="dimmed">
                      {i.intervieweeName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`npm.interviews.categories.${i.category}`)}</Table.Td>
                <Table.Td>{participantName(i.interviewerParticipantId)}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {i.summary}
                  </Text>
                  <Flags i={i} />
                </Table.Td>
                <Table.Td>
                  {writable && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(i)}
                      data-testid="npm-interview-edit"
                    >
                      {t("npm.interviews.edit")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
