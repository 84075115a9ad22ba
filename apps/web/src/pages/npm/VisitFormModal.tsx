import {
  Checkbox,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NPM_VISIT_FORMS, NPM_VISIT_KINDS, npmApi, npmKeys } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { useNpmNames } from "./useNpmNames.ts";
import { VisitExperts } from "./VisitExperts.tsx";
import { decisionFields, groupLimit, kindsFor, memberField } from "./visitDecision.ts";
import { DateField } from "../../components/DateField.tsx";

/**
 * A visit decided with its group (003 pp.3-11): from a planned visit of an approved plan (its
 * dates, institutions and group are copied) or on its own. The server applies the group limits.
 */
export function VisitFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { institutions, participants } = useNpmNames();
  const plans = useQuery({ queryKey: npmKeys.plans, queryFn: () => npmApi.plans() });
  const planned = (plans.data?.items ?? [])
    .filter((p) => p.approvedOn !== null)
    .flatMap((p) => p.visits.map((v) => ({ plan: p, visit: v })));
  const [planVisitId, setPlanVisitId] = useState("");
  const [kind, setKind] = useState("periodic");
  const [form, setForm] = useState("one_time");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [institutionIds, setInstitutionIds] = useState<string[]>([]);
  const [members, setMembers] = useState<string[]>([]);
  const [representativeName, setRepresentativeName] = useState("");
  // Only the Commissioner's office decides a special visit, on registered reports of torture (003
  // p.10), and invites experts (003 p.15); the decision is sent as commissionerDecision.
  const office = useSession().user.roles.includes("commissioner_representative");
  const [commissionerDecision, setCommissionerDecision] = useState("");
  const [complaintIds, setComplaintIds] = useState<string[]>([]);
  const [experts, setExperts] = useState<string[]>([]);
  const complaints = useQuery({
    queryKey: npmKeys.complaints,
    queryFn: () => npmApi.complaints(),
    enabled: kind === "special",
  });
  // A member with a conflict of interest must refuse to take part (003 p.19): the declaration is
  // sent and the server's refusal is shown next to it.
  const [conflicts, setConflicts] = useState<Record<string, { declared: boolean; note: string }>>({});
  const conflictOf = (id: string) => conflicts[id] ?? { declared: false, note: "" };
  const setConflict = (id: string, patch: Partial<{ declared: boolean; note: string }>) =>
    setConflicts((c) => ({ ...c, [id]: { ...conflictOf(id), ...patch } }));
  // An intermediate visit monitors recommendations of a previous periodic visit to the institution,
  // or prevents the persecution of persons interviewed (003 p.3(2)).
  const [recommendationIds, setRecommendationIds] = useState<string[]>([]);
  const [followsUpInterviewees, setFollowsUpInterviewees] = useState(false);
  const visits = useQuery({
    queryKey: npmKeys.visits,
    queryFn: () => npmApi.visits(),
    enabled: kind === "intermediate",
  });
  const followable = (visits.data?.items ?? [])
    .filter((v) => v.kind === "periodic" && v.institutionIds.some((id) => institutionIds.includes(id)))
    .flatMap((v) => v.recommendations.map((r) => ({ visit: v, rec: r })));
  // A thematic planned visit carries its topic, topic experts and the Council's decision (003 p.9).
  const [thematic, setThematic] = useState<{
    topic?: string;
    topicExpertIds: string[];
    councilDecisionOnComposition: boolean;
  }>({ topicExpertIds: [], councilDecisionOnComposition: false });
  const pickPlanned = (id: string) => {
    setPlanVisitId(id);
    const found = planned.find((p) => p.visit.id === id)?.visit;
    if (!found) return;
    setKind(found.kind);
    setForm(found.form);
    setStartsOn(found.from);
    setEndsOn(found.to);
    setInstitutionIds(found.institutionIds);
    setMembers(found.groupParticipantIds);
    setThematic({
      ...(found.topic ? { topic: found.topic } : {}),
      topicExpertIds: found.topicExpertIds,
      councilDecisionOnComposition: found.councilDecisionOnComposition,
    });
  };
  const markSaved = useMarkSaved();
  const current = {
    ...(planVisitId ? { planVisitId } : {}),
    kind,
    form,
    institutionIds,
    ...(form === "thematic" && thematic.topic ? { topic: thematic.topic } : {}),
    ...(form === "thematic" && thematic.councilDecisionOnComposition
      ? { councilDecisionOnComposition: true }
      : {}),
    members: members.map((participantId) => ({
      participantId,
      ...(form === "thematic" && thematic.topicExpertIds.includes(participantId)
        ? { topicExpert: true }
        : {}),
      ...(conflictOf(participantId).declared
        ? {
            conflictOfInterest: true,
            ...(conflictOf(participantId).note.trim()
              ? { conflictNote: conflictOf(participantId).note.trim() }
              : {}),
          }
        : {}),
    })),
    ...decisionFields({ kind, commissionerDecision, tortureComplaintIds: complaintIds, experts }),
    ...(representativeName ? { representativeName } : {}),
    ...(kind === "intermediate"
      ? {
          followsUpRecommendationIds: recommendationIds.filter((id) =>
            followable.some((f) => f.rec.id === id),
          ),
          followsUpInterviewees,
        }
      : {}),
    startsOn,
    endsOn,
  };
  const save = useMutation({
    mutationFn: (visit: typeof current) => npmApi.createVisit(visit),
    onSuccess: async (visit) => {
      markSaved(visit.id);
      notifySaved(t("forms.saved.visit"));
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
      await navigate({ to: "/npm/visits/$visitId", params: { visitId: visit.id } });
    },
  });
  const showDecision = kind === "special" || experts.length > 0;
  const required = (filled: boolean, label: string) =>
    filled ? undefined : t("forms.required", { label: t(label) });
  const f = useFormErrors({
    formId: "npm-visit",
    fields: [
      ...["startsOn", "endsOn", "institutionIds", "members", ...members.map((_, i) => `members[${i}]`)],
      ...["tortureComplaintIds", "commissionerDecision", ...experts.map((_, i) => `experts.${i}.name`)],
    ],
    checks: {
      startsOn: required(startsOn !== "", "npm.visit.from"),
      endsOn: required(endsOn !== "", "npm.visit.to"),
      institutionIds: required(institutionIds.length > 0, "npm.visit.institutions"),
      ...(kind === "special"
        ? { tortureComplaintIds: required(complaintIds.length > 0, "npm.visit.tortureComplaints") }
        : {}),
      ...(showDecision
        ? {
            commissionerDecision: required(
              commissionerDecision.trim() !== "",
              "npm.visit.commissionerDecision",
            ),
          }
        : {}),
    },
    aliases: { tortureReportIds: "tortureComplaintIds", decidedByCommissioner: "commissionerDecision" },
    save,
    current,
  });
  const err = (...fields: string[]) => fields.map((x) => f.err(x)).find((m) => m !== undefined);
  const memberErr = (id: string) => {
    const field = memberField(members, id);
    return field ? err(field, `members.${members.indexOf(id)}.conflictNote`) : undefined;
  };
  return (
    <Modal opened onClose={onClose} title={t("npm.visit.create")} size="xl">
      <form onSubmit={f.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={f} testId="npm-visit-error" />
          <NativeSelect
            label={t("npm.visit.fromPlan")}
            value={planVisitId}
            onChange={(e) => pickPlanned(e.currentTarget.value)}
            data={[
              { value: "", label: t("npm.visit.noPlan") },
              ...planned.map(({ plan, visit }) => ({
                value: visit.id,
                label: `${plan.title}: ${t(`npm.visitKind.${visit.kind}`)} ${visit.from} – ${visit.to}`,
              })),
            ]}
            data-testid="npm-visit-plan"
          />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t("npm.visit.kind")}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value)}
              data={kindsFor(NPM_VISIT_KINDS, office || kind === "special").map((k) => ({
                value: k,
                label: t(`npm.visitKind.${k}`),
              }))}
              data-testid="npm-visit-kind"
            />
            <NativeSelect
              label={t("npm.visit.form")}
              value={form}
              onChange={(e) => setForm(e.currentTarget.value)}
              data={NPM_VISIT_FORMS.map((k) => ({ value: k, label: t(`npm.visitForm.${k}`) }))}
              data-testid="npm-visit-form"
            />
            <DateField
              id={f.id("startsOn")}
              label={t("npm.visit.from")}
              required
              error={err("startsOn")}
              value={startsOn}
              onChange={(date) => setStartsOn(date)}
              data-testid="npm-visit-from"
            />
            <DateField
              id={f.id("endsOn")}
              label={t("npm.visit.to")}
              required
              error={err("endsOn")}
              value={endsOn}
              onChange={(date) => setEndsOn(date)}
              data-testid="npm-visit-to"
            />
          </SimpleGrid>
          <Checkbox.Group
            id={f.id("institutionIds")}
            label={t("npm.visit.institutions")}
            required
            error={err("institutionIds")}
            value={institutionIds}
            onChange={setInstitutionIds}
          >
            <Stack gap={4} mt={4}>
              {institutions.map((i) => (
                <Checkbox key={i.id} value={i.id} label={i.name} data-testid="npm-visit-institution" />
              ))}
            </Stack>
          </Checkbox.Group>
          <Checkbox.Group
            id={f.id("members")}
            label={t("npm.visit.group")}
            description={t("npm.visit.groupLimit", { max: groupLimit(kind) })}
            value={members}
            onChange={setMembers}
            error={err("members")}
          >
            <Stack gap={4} mt={4}>
              {participants
                .filter((p) => p.powersActive)
                .map((p) => (
                  <Checkbox key={p.id} value={p.id} label={p.fullName} data-testid="npm-visit-member" />
                ))}
            </Stack>
          </Checkbox.Group>
          {members.length > 0 && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("npm.visit.conflict")}
              </Text>
              {members.map((id) => (
                <Stack key={id} gap={2}>
                  <Checkbox
                    id={f.id(memberField(members, id) ?? "members")}
                    label={participants.find((p) => p.id === id)?.fullName ?? id}
                    checked={conflictOf(id).declared}
                    onChange={(e) => setConflict(id, { declared: e.currentTarget.checked })}
                    error={memberErr(id)}
                    data-testid="npm-visit-member-conflict"
                  />
                  {conflictOf(id).declared && (
                    <TextInput
                      size="xs"
                      ml="xl"
                      placeholder={t("npm.visit.conflictNote")}
                      aria-label={t("npm.visit.conflictNote")}
                      value={conflictOf(id).note}
                      onChange={(e) => setConflict(id, { note: e.currentTarget.value })}
                      data-testid="npm-visit-member-conflict-note"
                    />
                  )}
                </Stack>
              ))}
            </Stack>
          )}
          {kind === "special" && (
            <MultiSelect
              id={f.id("tortureComplaintIds")}
              label={t("npm.visit.tortureComplaints")}
              description={t("npm.visit.tortureComplaintsHint")}
              required
              searchable
              value={complaintIds}
              onChange={setComplaintIds}
              data={(complaints.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.registrationNumber} · ${c.summary}`,
              }))}
              error={err("tortureReportIds", "tortureComplaintIds")}
              data-testid="npm-visit-complaints"
            />
          )}
          {office && (
            <VisitExperts experts={experts} onChange={setExperts} id={f.id} err={(field) => err(field)} />
          )}
          {showDecision && (
            <TextInput
              id={f.id("commissionerDecision")}
              label={t("npm.visit.commissionerDecision")}
              description={t("npm.visit.commissionerDecisionHint")}
              required
              value={commissionerDecision}
              onChange={(e) => setCommissionerDecision(e.currentTarget.value)}
              error={err("decidedByCommissioner", "commissionerDecision")}
              data-testid="npm-visit-commissioner-decision"
            />
          )}
          {kind === "intermediate" && (
            <Stack gap="xs">
              <Checkbox.Group
                label={t("npm.visit.followsUp")}
                description={t("npm.visit.followsUpHint")}
                value={recommendationIds}
                onChange={setRecommendationIds}
              >
                <Stack gap={4} mt={4}>
                  {followable.map(({ visit, rec }) => (
                    <Checkbox
                      key={rec.id}
                      value={rec.id}
                      label={`${visit.startsOn} · ${rec.addressee}: ${rec.text}`}
                      data-testid="npm-visit-follow-up"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Checkbox
                label={t("npm.visit.followsUpInterviewees")}
                checked={followsUpInterviewees}
                onChange={(e) => setFollowsUpInterviewees(e.currentTarget.checked)}
                data-testid="npm-visit-follow-up-interviewees"
              />
            </Stack>
          )}
          <TextInput
            label={t("npm.visit.representative")}
            value={representativeName}
            onChange={(e) => setRepresentativeName(e.currentTarget.value)}
            data-testid="npm-visit-representative"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-visit-save" />
        </Stack>
      </form>
    </Modal>
  );
}
