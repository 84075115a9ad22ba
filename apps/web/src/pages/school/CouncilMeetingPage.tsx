import { Alert, Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { CriteriaChecklist } from "./CriteriaChecklist.tsx";
import { blankSupportStep, PupilSelect, RepresentativesFields, SupportStepFields } from "./CouncilParts.tsx";
import { schoolApi, schoolKeys } from "./schoolApi.ts";
import { needsParticipants } from "./schoolDomain.ts";
import { SchoolSections } from "./SchoolSections.tsx";
import {
  COUNCIL_OUTCOMES,
  type CouncilMeetingCreate,
  type CouncilMeeting,
  type CouncilOutcome,
  type Representative,
  type SupportStepInput,
} from "./schoolTypes.ts";

const PARTICIPANTS = "001 Art. 78(3)";

/**
 * `/school/council-meetings/new?personId=`: the prevention council's meeting on a pupil (001 Art. 78(3))
 * — held with the minor and the legal representatives, the criteria of 78(2) that apply, and its
 * outcome: pedagogical support assigned with its plan's steps, the representatives' refusal (sent to
 * the commission on minors' affairs, 78(4)), or none needed. Whether the participants make the meeting
 * lawful is the server's decision; its refusal is shown at the input it concerns.
 */
export function CouncilMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false }) as { personId?: unknown };
  const givenId = typeof search.personId === "string" ? search.personId : null;
  const given = useQuery({
    queryKey: personKeys.one(givenId ?? ""),
    queryFn: () => personsApi.get(givenId!),
    enabled: givenId !== null,
  });
  const [pupil, setPupil] = useState<{ id: string; label: string } | null>(null);
  useEffect(() => {
    if (given.data && pupil === null) {
      const p = given.data.personal;
      const label = p
        ? `${p.lastNameCyr} ${p.firstNameCyr} ${p.middleNameCyr ?? ""}`.trim()
        : t("school.withheldName");
      setPupil({ id: given.data.id, label });
    }
  }, [given.data, pupil, t]);
  const [heldOn, setHeldOn] = useState(() => todayIso());
  const [minorPresent, setMinorPresent] = useState(false);
  const [representatives, setRepresentatives] = useState<Representative[]>([]);
  const [members, setMembers] = useState("");
  const [criteria, setCriteria] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<CouncilOutcome>("support_assigned");
  const [note, setNote] = useState("");
  const [steps, setSteps] = useState<SupportStepInput[]>([blankSupportStep()]);
  const [refused, setRefused] = useState<CouncilMeeting | null>(null);
  const current: CouncilMeetingCreate = {
    personId: pupil?.id ?? "",
    heldOn,
    minorPresent,
    representatives: representatives.map((r) => ({ ...r, fullName: r.fullName.trim() })),
    members: members.trim(),
    criteria,
    outcome,
    ...(note.trim() ? { note: note.trim() } : {}),
    ...(outcome === "support_assigned"
      ? {
          support: {
            steps: steps.map((s) => ({
              ...s,
              activity: s.activity.trim(),
              responsible: s.responsible.trim(),
            })),
          },
        }
      : {}),
  };
  const save = useMutation({
    mutationFn: (body: CouncilMeetingCreate) => schoolApi.holdCouncil(body),
    onSuccess: async (saved) => {
      notifySaved(t("school.council.saved"));
      await queryClient.invalidateQueries({ queryKey: schoolKeys.all });
      if (outcome === "support_assigned" && saved.measureId) {
        void navigate({ to: "/school/supports/$measureId", params: { measureId: saved.measureId } });
      } else if (outcome === "representatives_refused") {
        setRefused(saved);
      } else {
        void navigate({ to: "/school" });
      }
    },
  });
  const req = (ok: boolean, label: string) => (ok ? undefined : t("forms.required", { label: t(label) }));
  const checks: Record<string, string | undefined> = {
    personId: req(pupil !== null, "school.field.pupil"),
    heldOn: req(heldOn !== "", "school.field.heldOn"),
    members: req(members.trim() !== "", "school.field.members"),
  };
  representatives.forEach((r, i) => {
    checks[`representatives.${i}.fullName`] = req(
      r.fullName.trim() !== "",
      "school.field.representativeName",
    );
  });
  if (outcome === "support_assigned")
    steps.forEach((s, i) => {
      checks[`support.steps.${i}.activity`] = req(s.activity.trim() !== "", "school.field.activity");
      checks[`support.steps.${i}.responsible`] = req(s.responsible.trim() !== "", "school.field.responsible");
      checks[`support.steps.${i}.dueOn`] = req(s.dueOn !== "", "school.field.dueOn");
    });
  const form = useFormErrors({
    formId: "school-council",
    fields: [
      "personId",
      "heldOn",
      "minorPresent",
      "representatives",
      "members",
      "criteria",
      "outcome",
      "note",
      "support",
      "support.steps",
      ...Object.keys(checks).filter((k) => k.includes(".")),
    ],
    checks,
    save,
    current,
  });
  if (refused) return <RefusalSent saved={refused} pupil={pupil} />;
  return (
    <>
      <PageTitle>{t("school.council.title")}</PageTitle>
      <SchoolSections current="council" />
      <Text size="sm" c="dimmed" mb="md">
        {t("school.council.intro")} <LawCitation code={PARTICIPANTS} />
      </Text>
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack maw={960}>
          <FormErrorSummary form={form} testId="school-council-error" />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PupilSelect
              id={form.id("personId")}
              value={pupil}
              onChange={setPupil}
              error={form.err("personId")}
            />
            <DateField
              id={form.id("heldOn")}
              label={t("school.field.heldOn")}
              required
              value={heldOn}
              max={todayIso()}
              onChange={setHeldOn}
              error={form.err("heldOn")}
              data-testid="school-council-held-on"
            />
          </SimpleGrid>
          <Checkbox
            id={form.id("minorPresent")}
            label={lawLabel(t("school.field.minorPresent"), PARTICIPANTS)}
            checked={minorPresent}
            onChange={(e) => setMinorPresent(e.currentTarget.checked)}
            error={form.err("minorPresent")}
            data-testid="school-council-minor-present"
          />
          <RepresentativesFields
            id={form.id("representatives")}
            value={representatives}
            onChange={setRepresentatives}
            error={form.err("representatives")}
          />
          <Textarea
            id={form.id("members")}
            label={t("school.field.members")}
            description={t("school.council.membersHelp")}
            required
            autosize
            minRows={2}
            value={members}
            onChange={(e) => setMembers(e.currentTarget.value)}
            error={form.err("members")}
            data-testid="school-council-members"
          />
          <CriteriaChecklist
            id={form.id("criteria")}
            label={t("school.field.criteria")}
            value={criteria}
            onChange={setCriteria}
            error={form.err("criteria")}
            testId="school-council-criteria"
          />
          <Radio.Group
            id={form.id("outcome")}
            label={t("school.field.outcome")}
            required
            value={outcome}
            onChange={(v) => setOutcome(COUNCIL_OUTCOMES.find((o) => o === v) ?? "support_assigned")}
            error={form.err("outcome")}
          >
            <Stack gap={6} mt={4}>
              {COUNCIL_OUTCOMES.map((o) => (
                <Radio
                  key={o}
                  value={o}
                  label={t(`school.outcome.${o}`)}
                  data-testid={`school-outcome-${o}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          {needsParticipants(outcome) && (
            <Text size="xs" c="dimmed">
              {t(
                outcome === "support_assigned" ? "school.council.supportHelp" : "school.council.refusalHelp",
              )}{" "}
              <LawCitation code={outcome === "support_assigned" ? PARTICIPANTS : "001 Art. 78(4)"} />
            </Text>
          )}
          {outcome === "support_assigned" &&
            steps.map((s, i) => (
              <SupportStepFields
                key={i}
                n={i + 1}
                step={s}
                onChange={(patch) => setSteps((all) => all.map((x, j) => (j === i ? { ...x, ...patch } : x)))}
                onRemove={
                  steps.length > 1 ? () => setSteps((all) => all.filter((_, j) => j !== i)) : undefined
                }
                id={(f) => form.id(`support.steps.${i}.${f}`)}
                err={(f) => form.err(`support.steps.${i}.${f}`)}
              />
            ))}
          <Textarea
            id={form.id("note")}
            label={t("school.field.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
          />
          <Group justify="space-between">
            {outcome === "support_assigned" ? (
              <Button
                variant="default"
                onClick={() => setSteps((all) => [...all, blankSupportStep()])}
                data-testid="school-step-add"
              >
                {t("school.support.addStep")}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" loading={save.isPending} data-testid="school-council-save">
              {t("school.council.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** After a refusal: the information went to the commission on minors' affairs (001 Art. 78(4)). */
function RefusalSent({ saved, pupil }: { saved: CouncilMeeting; pupil: { label: string } | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <>
      <PageTitle>{t("school.council.title")}</PageTitle>
      <SchoolSections current="council" />
      <Alert color="blue" title={t("school.council.referredTitle")} data-testid="school-council-referred">
        <Text size="sm">
          {t("school.council.referred", { name: pupil?.label ?? "" })} <LawCitation code="001 Art. 78(4)" />
        </Text>
        <Stack gap={4} mt="sm">
          {saved.handoffs.map((h) => (
            <AnchorLink
              key={h.id}
              to="/handoffs/$handoffId"
              params={{ handoffId: h.id }}
              data-testid="school-council-handoff"
            >
              {t("school.council.handoffTo", { body: localName(h.receiver.name, lang) })}
            </AnchorLink>
          ))}
        </Stack>
        <Group mt="md">
          <ButtonLink to="/school" variant="default" size="xs">
            {t("school.council.backToPupils")}
          </ButtonLink>
        </Group>
      </Alert>
    </>
  );
}
