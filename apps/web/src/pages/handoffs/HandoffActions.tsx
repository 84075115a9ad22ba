import { Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { actsFor, type HandoffAct } from "./handoffDomain.ts";
import { handoffKeys, handoffsApi, type HandoffDetail } from "./handoffsApi.ts";

/** One save of the receiving body; the page shows the answer and every list is read again. */
function useAct<V>(
  h: HandoffDetail,
  send: (v: V) => Promise<HandoffDetail>,
  done: string,
  onDone: () => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (next) => {
      queryClient.setQueryData(handoffKeys.one(h.id), next);
      notifySaved(done);
      onDone();
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: handoffKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["home"] });
    },
  });
}

/**
 * The receiving body's next act, by the hand-off's state: acknowledge receipt (this stops the clock
 * of the receipt); accept, or decline with a reason and optionally re-route to another competent body
 * (the original clock keeps running); answer with the outcome — for a citizen's report also the
 * answer the reporter reads by the tracking code (001 Art. 6(4)).
 */
export function HandoffActions({ handoff: h }: { handoff: HandoffDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<HandoffAct | null>(null);
  const acts = actsFor(h.state, true);
  const close = () => setOpen(null);
  const receive = useAct(
    h,
    () => handoffsApi.receive(h.id, { version: h.version }),
    t("handoff.done.receive"),
    close,
  );
  const accept = useAct(
    h,
    () => handoffsApi.accept(h.id, { version: h.version }),
    t("handoff.done.accept"),
    close,
  );
  if (acts.length === 0) return null;
  return (
    <Card withBorder data-testid="handoff-actions">
      <Title order={2} size="h4" mb={4}>
        {t("handoff.nextStep")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`handoff.hint.${h.state}`)}
      </Text>
      <Group gap="sm">
        {acts.map((act) => (
          <Button
            key={act}
            variant={act === "decline" ? "default" : "filled"}
            color={act === "decline" ? "red" : undefined}
            onClick={() => setOpen(act)}
            data-testid={`handoff-${act}`}
          >
            {t(`handoff.act.${act}`)}
          </Button>
        ))}
      </Group>
      {open === "receive" && (
        <ConfirmModal
          opened
          title={t("handoff.act.receive")}
          message={t("handoff.confirm.receive")}
          confirmLabel={t("handoff.act.receive")}
          loading={receive.isPending}
          error={receive.error}
          onConfirm={() => receive.mutate(undefined)}
          onClose={close}
        />
      )}
      {open === "accept" && (
        <ConfirmModal
          opened
          title={t("handoff.act.accept")}
          message={t("handoff.confirm.accept")}
          confirmLabel={t("handoff.act.accept")}
          loading={accept.isPending}
          error={accept.error}
          onConfirm={() => accept.mutate(undefined)}
          onClose={close}
        />
      )}
      {open === "decline" && <DeclineModal h={h} onClose={close} />}
      {open === "answer" && <AnswerModal h={h} onClose={close} />}
    </Card>
  );
}

function DeclineModal({ h, onClose }: { h: HandoffDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [reason, setReason] = useState("");
  const [reroute, setReroute] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const bodies = useQuery({
    queryKey: handoffKeys.bodies(h.ground, h.id),
    queryFn: () => handoffsApi.bodies(h.ground, h.id),
  });
  // Each body with its territory where its name does not say it: two districts' bodies of one type
  // have alike names.
  const options = (bodies.data?.items ?? [])
    .filter((b) => b.id !== h.receiverBody.id)
    .map((b) => {
      const name = localName(b.name, lang);
      const place = localName(b.territoryName, lang);
      return { value: b.id, label: name.includes(place) ? name : `${name} — ${place}` };
    });
  const save = useAct(
    h,
    (body: { reason: string; rerouteToBodyId?: string }) =>
      handoffsApi.decline(h.id, { ...body, version: h.version }),
    t(reroute ? "handoff.done.reroute" : "handoff.done.decline"),
    onClose,
  );
  const ownError = tried && reason.trim() === "" ? t("handoff.reasonRequired") : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (reason.trim() === "" || save.isPending) return;
    save.mutate({ reason: reason.trim(), ...(reroute ? { rerouteToBodyId: reroute } : {}) });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("handoff.act.decline")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t("handoff.confirm.decline")}</Text>
          <ErrorAlert error={save.error} fields={["reason", "rerouteToBodyId"]} />
          <Textarea
            label={t("handoff.field.declineReason")}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={ownError ?? lawFieldError(t, save.error, "reason")}
            data-autofocus
            data-testid="handoff-decline-reason"
          />
          <Select
            label={t("handoff.field.reroute")}
            description={t("handoff.rerouteHint")}
            clearable
            searchable
            data={options}
            value={reroute}
            onChange={setReroute}
            nothingFoundMessage={bodies.isFetching ? t("common.loading") : t("handoff.noBodies")}
            error={lawFieldError(t, save.error, "rerouteToBodyId")}
            clearButtonProps={{ "aria-label": t("common.clear") }}
            data-testid="handoff-reroute"
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("handoff.act.decline")}
            testId="handoff-decline-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}

function AnswerModal({ h, onClose }: { h: HandoffDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState("");
  const [forReporter, setForReporter] = useState("");
  const [tried, setTried] = useState(false);
  const isReport = h.record.type === "citizen_report";
  const save = useAct(
    h,
    (body: { outcome: string; answerForReporter?: string }) =>
      handoffsApi.answer(h.id, { ...body, version: h.version }),
    t("handoff.done.answer"),
    onClose,
  );
  const ownError = tried && outcome.trim() === "" ? t("handoff.outcomeRequired") : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (outcome.trim() === "" || save.isPending) return;
    save.mutate({
      outcome: outcome.trim(),
      ...(isReport && forReporter.trim() ? { answerForReporter: forReporter.trim() } : {}),
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("handoff.act.answer")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={save.error} fields={["outcome", "answerForReporter"]} />
          <Textarea
            label={t("handoff.field.outcome")}
            description={t("handoff.outcomeHint")}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            error={ownError ?? lawFieldError(t, save.error, "outcome")}
            data-autofocus
            data-testid="handoff-answer-outcome"
          />
          {isReport && (
            <Textarea
              label={t("handoff.field.answerForReporter")}
              description={t("handoff.answerForReporterHint")}
              autosize
              minRows={3}
              maxLength={4000}
              value={forReporter}
              onChange={(e) => setForReporter(e.currentTarget.value)}
              error={lawFieldError(t, save.error, "answerForReporter")}
              data-testid="handoff-answer-reporter"
            />
          )}
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("handoff.act.answer")}
            testId="handoff-answer-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
