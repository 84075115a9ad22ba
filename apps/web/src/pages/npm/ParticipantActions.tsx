import { Anchor, Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { NPM_TERMINATION_GROUNDS, npmApi, npmKeys, todayIso, type NpmParticipant } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { DateField } from "../../components/DateField.tsx";

type Dialog = "certificate" | "termination" | null;

/**
 * A participant's certificate (003 p.16: printable, issued by the Commissioner) and the termination of
 * powers on a ground of 000 Art. 31. Issuing and terminating are the Commissioner's office's.
 */
export function ParticipantActions({
  participant,
  office,
}: {
  participant: NpmParticipant;
  office: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<Dialog>(null);
  const lang = i18n.language === "ru" ? "ru" : "kk";
  return (
    <Group gap="xs" wrap="nowrap">
      {participant.certificate && (
        <Anchor
          href={npmApi.certificatePdfUrl(participant.id, lang)}
          target="_blank"
          size="sm"
          data-testid="npm-participant-certificate-pdf"
        >
          {t("npm.participant.certificatePdf")}
        </Anchor>
      )}
      {office && participant.powersActive && (
        <>
          <Button
            size="compact-xs"
            variant="light"
            onClick={() => setOpen("certificate")}
            data-testid="npm-participant-issue"
          >
            {t("npm.participant.issueCertificate")}
          </Button>
          <Button
            size="compact-xs"
            variant="light"
            color="red"
            onClick={() => setOpen("termination")}
            data-testid="npm-participant-terminate"
          >
            {t("npm.participant.terminate")}
          </Button>
        </>
      )}
      {open === "certificate" && <CertificateModal participant={participant} onClose={() => setOpen(null)} />}
      {open === "termination" && <TerminationModal participant={participant} onClose={() => setOpen(null)} />}
    </Group>
  );
}

function useSaved(onClose: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: npmKeys.participants });
    onClose();
  };
}

function CertificateModal({ participant, onClose }: { participant: NpmParticipant; onClose: () => void }) {
  const { t } = useTranslation();
  const [number, setNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const save = useMutation({
    mutationFn: () =>
      npmApi.issueCertificate(participant.id, { version: participant.version, number, issuedOn }),
    onSuccess: useSaved(onClose),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t("npm.participant.issueCertificate")}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t("npm.participant.certificateNumber")}
            required
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={fieldError(t, save.error, "number")}
            data-testid="npm-certificate-number"
          />
          <DateField
            label={t("npm.participant.certificateIssuedOn")}
            required
            value={issuedOn}
            onChange={setIssuedOn}
            error={fieldError(t, save.error, "issuedOn")}
            data-testid="npm-certificate-issued-on"
          />
          <ErrorAlert error={save.error} fields={["number", "issuedOn"]} testId="npm-certificate-error" />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-certificate-save" />
        </Stack>
      </form>
    </Modal>
  );
}

function TerminationModal({ participant, onClose }: { participant: NpmParticipant; onClose: () => void }) {
  const { t } = useTranslation();
  const [ground, setGround] = useState<string>(NPM_TERMINATION_GROUNDS[1]);
  const [on, setOn] = useState(todayIso());
  const [basis, setBasis] = useState("");
  const save = useMutation({
    mutationFn: () =>
      npmApi.terminateParticipant(participant.id, {
        version: participant.version,
        ground,
        on,
        ...(basis.trim() ? { basis: basis.trim() } : {}),
      }),
    onSuccess: useSaved(onClose),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("npm.participant.terminateTitle", { name: participant.fullName })}
    >
      <form onSubmit={submit}>
        <Stack>
          <NativeSelect
            label={t("npm.participant.terminationGround")}
            value={ground}
            onChange={(e) => setGround(e.currentTarget.value)}
            data={NPM_TERMINATION_GROUNDS.map((g, i) => ({
              value: g,
              label: `${t(`npm.terminationGround.${g}`)} (000 Art. 31(${i + 1}))`,
            }))}
            data-testid="npm-termination-ground"
          />
          <DateField
            label={t("npm.participant.terminationOn")}
            required
            value={on}
            onChange={setOn}
            error={fieldError(t, save.error, "on")}
            data-testid="npm-termination-on"
          />
          <Textarea
            label={t("npm.participant.terminationBasis")}
            required={ground === "other_statutory_case"}
            value={basis}
            onChange={(e) => setBasis(e.currentTarget.value)}
            error={fieldError(t, save.error, "basis")}
            data-testid="npm-termination-basis"
          />
          <ErrorAlert error={save.error} fields={["on", "basis"]} testId="npm-termination-error" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" color="red" loading={save.isPending} data-testid="npm-termination-save">
              {t("npm.participant.terminate")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
