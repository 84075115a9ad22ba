import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, todayIso, type NpmVisit, type NpmVisitFact } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { instantOfAlmatyLocal } from "../../format.ts";
import { DateField } from "../../components/DateField.tsx";
import { DateTimeField } from "../../components/DateTimeField.tsx";

export const FACT_TYPES = [
  "started",
  "ended",
  "travel_day",
  "extended",
  "cancelled",
  "torture_signs_revealed",
  "torture_signs_reported",
  "expert_opinion_attached",
  "report_signed",
  "dissent_declared",
  "dissenting_opinion_attached",
] as const;
type FactType = (typeof FACT_TYPES)[number];
const DATED = new Set<FactType>(["started", "ended", "travel_day", "extended", "cancelled"]);
const TIMED = new Set<FactType>(["torture_signs_revealed", "torture_signs_reported"]);
const TEXTED = new Set<FactType>(["dissenting_opinion_attached", "expert_opinion_attached"]);

/**
 * A fact of the visit: its course (003 pp.9-11), signs of torture and their report (the duty of
 * 003 p.26), and the members' signatures and dissents (003 p.27, their own acts).
 */
export function VisitFactForm({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [type, setType] = useState<FactType>("started");
  const [on, setOn] = useState(todayIso());
  const [at, setAt] = useState("");
  const [to, setTo] = useState<"prosecutor" | "commissioner">("prosecutor");
  const [text, setText] = useState("");
  const [workingDays, setWorkingDays] = useState<number | string>("");
  const [consent, setConsent] = useState(false);
  // Only the Commissioner's office records the Commissioner's consent to an extension (003 p.25).
  const office = useSession().user.roles.includes("commissioner_representative");
  const [expertId, setExpertId] = useState(visit.experts[0]?.id ?? "");
  const body = (): NpmVisitFact => {
    const b: NpmVisitFact = { version: visit.version, type };
    if (DATED.has(type)) b.on = on;
    // The time typed is Almaty's (R11.4); none typed: now.
    if (TIMED.has(type))
      b.at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(at) ? instantOfAlmatyLocal(at) : new Date().toISOString();
    if (type === "torture_signs_reported") b.to = to;
    if (TEXTED.has(type) && text) b.text = text;
    if (type === "expert_opinion_attached" && expertId) b.expertId = expertId;
    if (type === "extended") {
      if (typeof workingDays === "number") b.workingDays = workingDays;
      b.commissionerConsent = office && consent;
    }
    return b;
  };
  const save = useMutation({
    mutationFn: (sent: NpmVisitFact) => npmApi.fact(visit.id, sent),
    onSuccess: async (updated) => {
      notifySaved(t("forms.saved.visitFact"));
      queryClient.setQueryData(npmKeys.visit(visit.id), updated);
      setText("");
      await queryClient.invalidateQueries({ queryKey: npmKeys.visits, exact: true });
    },
  });
  const required = (filled: boolean, label: string) =>
    filled ? undefined : t("forms.required", { label: t(label) });
  const current = body();
  const form = useFormErrors({
    formId: "npm-fact",
    fields: ["type", "on", "at", "to", "expertId", "workingDays", "commissionerConsent", "text"],
    checks: {
      ...(DATED.has(type) ? { on: required(on !== "", "npm.fact.on") } : {}),
      ...(type === "dissenting_opinion_attached"
        ? { text: required(text.trim() !== "", "npm.fact.text") }
        : {}),
    },
    save,
    current,
  });
  const f = (field: string) => ({ id: form.id(field), error: form.err(field) });
  return (
    <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate data-testid="npm-fact-panel">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("npm.fact.title")}
        </Title>
        <FormErrorSummary form={form} testId="npm-fact-error" />
        <NativeSelect
          {...f("type")}
          label={t("npm.fact.type")}
          value={type}
          onChange={(e) => setType(e.currentTarget.value as FactType)}
          data={FACT_TYPES.map((f) => ({ value: f, label: t(`npm.factType.${f}`) }))}
          data-testid="npm-fact-type"
        />
        {DATED.has(type) && (
          <DateField
            {...f("on")}
            label={t("npm.fact.on")}
            required
            value={on}
            onChange={(date) => setOn(date)}
            data-testid="npm-fact-on"
          />
        )}
        {TIMED.has(type) && (
          <DateTimeField
            {...f("at")}
            label={t("npm.fact.at")}
            value={at}
            onChange={(date) => setAt(date)}
            data-testid="npm-fact-at"
          />
        )}
        {type === "torture_signs_reported" && (
          <NativeSelect
            {...f("to")}
            label={t("npm.fact.to")}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value === "commissioner" ? "commissioner" : "prosecutor")}
            data={[
              { value: "prosecutor", label: t("npm.fact.toProsecutor") },
              { value: "commissioner", label: t("npm.fact.toCommissioner") },
            ]}
            data-testid="npm-fact-to"
          />
        )}
        {type === "expert_opinion_attached" && (
          <NativeSelect
            {...f("expertId")}
            label={t("npm.fact.expert")}
            value={expertId}
            onChange={(e) => setExpertId(e.currentTarget.value)}
            data={visit.experts.map((x) => ({ value: x.id, label: x.name }))}
            data-testid="npm-fact-expert"
          />
        )}
        {type === "extended" && (
          <>
            <NumberInput
              {...f("workingDays")}
              label={t("npm.fact.workingDays")}
              min={1}
              value={workingDays}
              onChange={setWorkingDays}
              data-testid="npm-fact-days"
            />
            {office ? (
              <Checkbox
                {...f("commissionerConsent")}
                label={t("npm.fact.consent")}
                checked={consent}
                onChange={(e) => setConsent(e.currentTarget.checked)}
                data-testid="npm-fact-consent"
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("npm.fact.consentByOffice")}
              </Text>
            )}
          </>
        )}
        {TEXTED.has(type) && (
          <Textarea
            {...f("text")}
            label={t("npm.fact.text")}
            required={type === "dissenting_opinion_attached"}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="npm-fact-text"
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="npm-fact-save">
            {t("npm.fact.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
