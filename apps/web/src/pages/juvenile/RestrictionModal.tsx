import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { todayIso } from "../../format.ts";
import {
  juvenileApi,
  juvenileKeys,
  type MinorRestrictionCreate,
  type MinorRestrictions,
} from "./juvenileApi.ts";
import { RESTRICTIONS, restrictionLabel } from "./lawLists.ts";

type Kind = MinorRestrictionCreate["kind"];
const ARTICLE = "001 Art. 82(3)";

/**
 * A judge's ruling on a registered minor's restrictions (001 Art. 82(3)): the first imposition, a
 * change (the judge reduces or supplements the list — the whole set after the ruling is ticked) or the
 * lifting; the court, the ruling and the internal affairs body's reasoned submission it acted upon.
 */
export function RestrictionModal(props: {
  entryId: string;
  current: MinorRestrictions;
  onClose: () => void;
}) {
  const { entryId, current, onClose } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const inForce = current.current.length > 0;
  const [kind, setKind] = useState<Kind>(inForce ? "changed" : "imposed");
  const [chosen, setChosen] = useState<string[]>(current.current);
  const [court, setCourt] = useState(current.rulings.at(-1)?.court ?? "");
  const [rulingNumber, setRulingNumber] = useState("");
  const [rulingOn, setRulingOn] = useState(todayIso);
  const [submissionOn, setSubmissionOn] = useState("");
  const [note, setNote] = useState("");
  const lifting = kind === "lifted";
  const body: MinorRestrictionCreate = {
    kind,
    restrictions: lifting ? [] : chosen,
    court: court.trim(),
    rulingNumber: rulingNumber.trim(),
    rulingOn,
    policeSubmissionOn: submissionOn || null,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (sent: MinorRestrictionCreate) => juvenileApi.recordRestriction(entryId, sent),
    onSuccess: (saved) => {
      notifySaved(t("juvenile.saved.ruling"));
      queryClient.setQueryData(juvenileKeys.restrictions(entryId), saved);
      void queryClient.invalidateQueries({ queryKey: juvenileKeys.all });
      onClose();
    },
  });
  const required = (ok: boolean, label: string) =>
    ok ? undefined : t("forms.required", { label: t(label) });
  const form = useFormErrors({
    formId: "minor-restriction",
    fields: ["kind", "restrictions", "court", "rulingNumber", "rulingOn", "policeSubmissionOn", "note"],
    checks: {
      restrictions: lifting || chosen.length > 0 ? undefined : t("errors.register.minor_restriction_empty"),
      court: required(court.trim() !== "", "juvenile.ruling.court"),
      rulingNumber: required(rulingNumber.trim() !== "", "juvenile.ruling.number"),
      rulingOn: required(rulingOn !== "", "juvenile.ruling.on"),
      policeSubmissionOn: required(submissionOn !== "", "juvenile.ruling.submissionOn"),
    },
    aliases: {
      onSubmissionOfInternalAffairs: "policeSubmissionOn",
      imposedBy: "court",
      subjectOnRegister: "rulingOn",
      subjectBirthDate: "rulingOn",
    },
    save,
    current: body,
  });
  const err = form.err;
  const kinds: Kind[] = inForce ? ["changed", "lifted"] : ["imposed"];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("juvenile.ruling.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="minor-restriction-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="minor-restriction-error" />
          <Text size="sm" c="dimmed">
            {t("juvenile.ruling.intro")}
          </Text>
          <NativeSelect
            id={form.id("kind")}
            label={t("juvenile.ruling.kind")}
            value={kind}
            data={kinds.map((k) => ({ value: k, label: t(`juvenile.rulingKind.${k}`) }))}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            error={err("kind")}
            data-testid="minor-restriction-kind"
          />
          {!lifting && (
            <Checkbox.Group
              id={form.id("restrictions")}
              label={lawLabel(t("juvenile.ruling.restrictions"), ARTICLE)}
              description={kind === "changed" ? t("juvenile.ruling.wholeSet") : undefined}
              required
              value={chosen}
              onChange={setChosen}
              error={err("restrictions")}
              data-testid="minor-restriction-list"
            >
              <Stack gap={6} mt={6}>
                {RESTRICTIONS.map((r) => (
                  <Checkbox
                    key={r.id}
                    value={r.id}
                    label={restrictionLabel(t, r.id)}
                    data-testid={`minor-restriction-${r.id}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <TextInput
            id={form.id("court")}
            label={lawLabel(t("juvenile.ruling.court"), ARTICLE)}
            required
            value={court}
            onChange={(e) => setCourt(e.currentTarget.value)}
            error={err("court")}
            data-testid="minor-restriction-court"
          />
          <Group grow align="flex-start">
            <TextInput
              id={form.id("rulingNumber")}
              label={t("juvenile.ruling.number")}
              required
              value={rulingNumber}
              onChange={(e) => setRulingNumber(e.currentTarget.value)}
              error={err("rulingNumber")}
              data-testid="minor-restriction-number"
            />
            <DateField
              id={form.id("rulingOn")}
              label={t("juvenile.ruling.on")}
              required
              max={todayIso()}
              value={rulingOn}
              onChange={setRulingOn}
              error={err("rulingOn")}
              data-testid="minor-restriction-on"
            />
          </Group>
          <DateField
            id={form.id("policeSubmissionOn")}
            label={lawLabel(t("juvenile.ruling.submissionOn"), ARTICLE)}
            required
            max={rulingOn || todayIso()}
            value={submissionOn}
            onChange={setSubmissionOn}
            error={err("policeSubmissionOn")}
            data-testid="minor-restriction-submission"
          />
          <Textarea
            id={form.id("note")}
            label={t("measures.note")}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={err("note")}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="minor-restriction-save">
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
