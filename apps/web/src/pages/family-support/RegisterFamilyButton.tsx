import { Button, type ButtonProps, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { checkInstant, LawCitation, todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { MemberSelect } from "./FsPickers.tsx";

/** Registration in a difficult life situation is kept by family support centres (001 Art. 54(1)). */
const ARTICLE = "001 Art. 54(1)";

interface Props {
  familyId: string;
  /** The member to register when known (the victim of a record); else chosen among the members. */
  personId?: string;
  size?: ButtonProps["size"];
  onRegistered?: (measureId: string) => void;
}

/**
 * "Register in a difficult life situation" (001 Art. 54(1)): the button and its dialog, placed on the
 * family's page and in the victims' record. It issues the measure
 * `difficult_life_situation_registration` linked to the family; only a family support centre's
 * specialist sees it (the server refuses any other body with the same article).
 */
export function RegisterFamilyButton({ familyId, personId, size, onRegistered }: Props) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [opened, setOpened] = useState(false);
  const centre =
    user.body.type === "family_support_centre" && user.roles.includes("family_centre_specialist");
  if (!centre) return null;
  return (
    <>
      <Button size={size} variant="light" onClick={() => setOpened(true)} data-testid="fs-register-family">
        {t("familySupport.register.button")}
      </Button>
      {opened && (
        <RegisterDialog
          familyId={familyId}
          personId={personId}
          onClose={() => setOpened(false)}
          onRegistered={onRegistered}
        />
      )}
    </>
  );
}

function RegisterDialog(props: {
  familyId: string;
  personId: string | undefined;
  onClose: () => void;
  onRegistered: ((measureId: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(props.personId ?? null);
  const [on, setOn] = useState(() => todayIso());
  const [justification, setJustification] = useState("");
  const current = {
    familyId: props.familyId,
    personId: personId ?? "",
    issuedAt: on ? checkInstant(on) : "",
    ...(justification.trim() ? { justification: justification.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.register(body),
    onSuccess: async (saved) => {
      notifySaved(t("familySupport.register.done"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["families"] }),
        queryClient.invalidateQueries({ queryKey: fsKeys.all }),
      ]);
      props.onRegistered?.(saved.measureId);
      props.onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-register",
    fields: ["personId", "issuedAt", "justification"],
    checks: {
      personId: personId ? undefined : t("forms.required", { label: t("familySupport.field.person") }),
      issuedAt: on ? undefined : t("forms.required", { label: t("familySupport.register.on") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t("familySupport.register.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t("familySupport.register.intro")} <LawCitation code={ARTICLE} />
          </Text>
          <FormErrorSummary form={form} testId="fs-register-error" />
          <MemberSelect
            id={form.id("personId")}
            label={t("familySupport.field.person")}
            required
            familyId={props.familyId}
            value={personId}
            onChange={setPersonId}
            error={form.err("personId")}
            testId="fs-register-person"
          />
          <DateField
            id={form.id("issuedAt")}
            label={lawLabel(t("familySupport.register.on"), ARTICLE)}
            required
            value={on}
            max={todayIso()}
            onChange={setOn}
            error={form.err("issuedAt")}
            data-testid="fs-register-on"
          />
          <Textarea
            id={form.id("justification")}
            label={t("familySupport.register.justification")}
            description={t("familySupport.register.justificationHint")}
            autosize
            minRows={2}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={form.err("justification")}
            data-testid="fs-register-justification"
          />
          <FormFooter
            onCancel={props.onClose}
            saving={save.isPending}
            label={t("familySupport.register.submit")}
            testId="fs-register-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
