import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation } from "../../format.ts";
import { VOTES, type Vote } from "./meetingDomain.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { MeetingDetail, MeetingItem } from "./meetingTypes.ts";

/** After a write the meeting is read again (the answer of a write is not the whole meeting). */
function useStore() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meetingKeys.all });
}

/** A member's own vote on an item, until the protocol is signed (the system's reading of 79(7)). */
export function VoteModal(props: {
  meeting: MeetingDetail;
  item: MeetingItem;
  memberId: string;
  onClose: () => void;
}) {
  const { meeting, item, memberId, onClose } = props;
  const { t } = useTranslation();
  const store = useStore();
  const mine = item.votes.find((v) => v.memberId === memberId)?.vote ?? "";
  const [vote, setVote] = useState<string>(mine);
  const save = useMutation({
    mutationFn: () => meetingsApi.vote(meeting.id, item.id, { vote }),
    onSuccess: async () => {
      await store();
      notifySaved(t("meetings.voteSaved"));
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.myVote")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack>
        <Text size="sm">{item.title}</Text>
        <SegmentedControl
          aria-label={t("meetings.myVote")}
          value={vote}
          onChange={setVote}
          data={VOTES.map((v: Vote) => ({ value: v, label: t(`meetings.vote.${v}`) }))}
          data-testid="meeting-my-vote"
        />
        <ErrorAlert error={save.error} testId="meeting-vote-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            disabled={!vote}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="meeting-my-vote-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A member's dissenting opinion on a decision, entered in the protocol until it is signed. */
export function DissentModal(props: { meeting: MeetingDetail; item: MeetingItem; onClose: () => void }) {
  const { meeting, item, onClose } = props;
  const { t } = useTranslation();
  const store = useStore();
  const [text, setText] = useState("");
  const current = { text: text.trim() };
  const save = useMutation({
    mutationFn: (body: { text: string }) => meetingsApi.dissent(meeting.id, item.id, body),
    onSuccess: async () => {
      await store();
      notifySaved(t("meetings.dissentSaved"));
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "meeting-dissent",
    fields: ["text"],
    checks: { text: current.text ? undefined : t("forms.required", { label: t("meetings.dissent") }) },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.dissent")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="meeting-dissent-error" />
          <Text size="sm">{item.title}</Text>
          <Textarea
            id={form.id("text")}
            label={t("meetings.dissent")}
            required
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={form.err("text")}
            data-testid="meeting-dissent-text"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="meeting-dissent-save" />
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * Adds an item to the agenda: a report of a body's head heard (001 Art. 79(6)(7)) or another
 * question; cases come onto the agenda when marked ready.
 */
export function AddItemModal({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [kind, setKind] = useState<string>("report_heard");
  const [title, setTitle] = useState("");
  const [body, setBody] = useState<BodyOption | null>(null);
  const current = {
    kind,
    title: title.trim(),
    ...(kind === "report_heard" && body ? { reportingBodyId: body.id } : {}),
  };
  const save = useMutation({
    mutationFn: (b: typeof current) => meetingsApi.addItem(meeting.id, b),
    onSuccess: async () => {
      await store();
      notifySaved(t("meetings.itemAdded"));
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "meeting-item",
    fields: ["kind", "title", "reportingBodyId"],
    checks: {
      title: current.title ? undefined : t("forms.required", { label: t("meetings.field.itemTitle") }),
      reportingBodyId:
        kind === "report_heard" && !body
          ? t("forms.required", { label: t("meetings.field.reportingBody") })
          : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.addItem")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="meeting-item-error" />
          <NativeSelect
            id={form.id("kind")}
            label={t("meetings.field.itemKind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value)}
            data={["report_heard", "other"].map((k) => ({ value: k, label: t(`meetings.itemKind.${k}`) }))}
          />
          {kind === "report_heard" && (
            <>
              <BodySelect
                label={t("meetings.field.reportingBody")}
                required
                value={body}
                onChange={setBody}
                error={form.err("reportingBodyId")}
              />
              <Text size="xs" c="dimmed">
                <LawCitation code="001 Art. 79(6)(7)" />
              </Text>
            </>
          )}
          <TextInput
            id={form.id("title")}
            label={t("meetings.field.itemTitle")}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={form.err("title")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="meeting-item-save" />
        </Stack>
      </form>
    </Modal>
  );
}
