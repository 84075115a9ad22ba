import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { MeasureCreate } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { almatyLocalOf } from "../../format.ts";
import { incidentKeys, incidentsApi, type DvIncident } from "../incidents/incidentsApi.ts";
import { cyrName } from "../persons/personName.ts";
import { detailsForKind, KIND_FIELDS, KindFields, type Details, type Organisation } from "./KindFields.tsx";
import { offeredKinds } from "./offeredKinds.ts";
import { measureChecks, measureFields, requiredArticle, requiredMessageFor } from "./requiredByLaw.ts";
import {
  defaultIssuer,
  EMPTY_TERM,
  TermFields,
  termForKind,
  type IssuerChoice,
  type TermState,
} from "./TermFields.tsx";
import {
  JUSTIFICATION_BASES,
  LEGAL_GROUNDS,
  localToInstant,
  nowLocal,
  type MeasureKind,
} from "./measureDomain.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";

/** `/persons/$personId/measures/new`: issue an individual prevention measure (001 Art. 48). */
export function IssueMeasurePage() {
  const { t } = useTranslation();
  const { personId } = useParams({ from: "/persons/$personId/measures/new" });
  const person = useQuery({ queryKey: personKeys.one(personId), queryFn: () => personsApi.get(personId) });
  // Only the kinds the server accepts from this user (R11.1): a role that issues none is told so
  // before it fills a form that would be refused.
  const offered = offeredKinds(useSession().user.measureKinds);
  // Taken on an incident of domestic violence or for a family (001 Arts. 54, 55, 72): the measure is
  // linked to them in the issuing transaction; `kind` preselects it (a protective order from the incident).
  const search = useSearch({ strict: false }) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v ? v : undefined);
  const cases: CaseLinks = { incidentId: str(search.incidentId), familyId: str(search.familyId) };
  const preset = offered.find((k) => k.kind === search.kind)?.kind;
  // A protective order from the incident starts with what the incident recorded — the place and time
  // of the violence and its victims (001 Art. 60(4)), named by their records without their addresses:
  // the order goes to the person who committed the violence (001 Art. 83(2)).
  const incident = useQuery({
    queryKey: incidentKeys.one(cases.incidentId ?? ""),
    queryFn: () => incidentsApi.get(cases.incidentId ?? ""),
    enabled: cases.incidentId !== undefined && preset === "protective_order",
  });
  const initialDetails =
    preset === "protective_order" && incident.data ? fromIncident(incident.data) : undefined;
  return (
    <>
      <PageTitle>{t("measures.issueTitle")}</PageTitle>
      {person.data?.personal && (
        <Text mb="md" data-testid="measure-person">
          {t("measures.subject")}: <b>{cyrName(person.data.personal)}</b>
        </Text>
      )}
      {cases.incidentId && (
        <Text mb="md" size="sm" data-testid="measure-for-incident">
          {t("incidents.measureFor")}{" "}
          <AnchorLink to="/incidents/$incidentId" params={{ incidentId: cases.incidentId }}>
            {t("incidents.openIncident")}
          </AnchorLink>
        </Text>
      )}
      {offered.length === 0 ? (
        <Stack maw={720} gap="md">
          <Alert color="blue" title={t("forms.measure.noKindsTitle")} data-testid="measure-no-kinds">
            {t("forms.measure.noKinds")}
          </Alert>
          <Group>
            <ButtonLink variant="default" to="/persons/$personId" params={{ personId }}>
              {t("forms.back")}
            </ButtonLink>
          </Group>
        </Stack>
      ) : (
        <IssueForm
          key={initialDetails ? "victims" : "empty"}
          personId={personId}
          offered={offered}
          cases={cases}
          preset={preset}
          initialDetails={initialDetails}
        />
      )}
    </>
  );
}

/** A protective order's fields from an incident: place, time, and victims by record and name, no address. */
function fromIncident(incident: DvIncident): Details {
  const victims = incident.persons
    .filter((p) => (p.role === "victim" || p.role === "child_victim") && p.person.personal)
    .map((p) => {
      const name = cyrName(p.person.personal!);
      return { personId: p.person.id, fullName: name, label: name };
    });
  return {
    placeOfViolence: incident.place,
    timeOfViolenceLocal: almatyLocalOf(incident.occurredAt),
    ...(victims.length > 0 ? { victims } : {}),
  };
}

/** The incident and family a measure is taken for (MeasureCreate's incidentId, familyId). */
type CaseLinks = { incidentId: string | undefined; familyId: string | undefined };

function IssueForm({
  personId,
  offered,
  cases,
  preset,
  initialDetails,
}: {
  personId: string;
  offered: ReturnType<typeof offeredKinds>;
  cases: CaseLinks;
  preset: MeasureKind | undefined;
  initialDetails?: Details | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const markSaved = useMarkSaved();
  const first = offered.find((k) => k.kind === (preset ?? "official_warning")) ?? offered[0]!;
  const [kind, setKind] = useState<MeasureKind>(first.kind);
  const issuers = offered.find((k) => k.kind === kind)?.issuers ?? first.issuers;
  const [issuedAt, setIssuedAt] = useState(nowLocal);
  const [legalGround, setLegalGround] = useState("");
  const [basis, setBasis] = useState("");
  const [text, setText] = useState("");
  const [term, setTerm] = useState<TermState>(EMPTY_TERM);
  const [issuer, setIssuer] = useState<IssuerChoice>(defaultIssuer(first.issuers));
  const [rightsExplained, setRightsExplained] = useState(false);
  const [details, setDetails] = useState<Details>(initialDetails ?? {});
  const [organisation, setOrganisation] = useState<Organisation>({ name: "", headOrOfficial: "" });

  const body = (): MeasureCreate => {
    const toOrganisation = kind === "statutory_notice";
    const sent = detailsForKind(kind, details);
    const sentTerm = termForKind(kind, term);
    return {
      kind,
      ...(issuer === "court" ? { issuerKind: "court" } : {}),
      ...(toOrganisation ? { organisation } : { personId }),
      issuedAt: localToInstant(issuedAt),
      ...(legalGround ? { legalGround } : {}),
      ...(basis || text.trim() ? { justification: { basis, text: text.trim() } } : {}),
      ...(sentTerm ? { term: sentTerm } : {}),
      ...(sent ? { details: sent } : {}),
      rightsExplained,
      ...(cases.incidentId ? { incidentId: cases.incidentId } : {}),
      ...(cases.familyId ? { familyId: cases.familyId } : {}),
    };
  };
  const issue = useMutation({
    mutationFn: (sent: MeasureCreate) => measuresApi.create(sent),
    onSuccess: (measure) => {
      markSaved(measure.id);
      notifySaved(t("forms.saved.measure"));
      void queryClient.invalidateQueries({ queryKey: measureKeys.all });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void navigate({ to: "/measures/$measureId", params: { measureId: measure.id } });
    },
  });
  const current = body();
  const form = useFormErrors({
    formId: "measure",
    fields: measureFields(kind, KIND_FIELDS(kind)),
    checks: measureChecks(t, kind, current),
    messages: (field, code) => requiredMessageFor(t, kind, field, code),
    // A notice's addressee is refused as the measure's `subject`/`organisation`.
    aliases: { subject: "organisation.name", organisation: "organisation.name" },
    save: issue,
    current,
  });
  const kit = { err: form.err, id: form.id, req: (field: string) => requiredArticle(kind, field) };
  /** id, message, required mark and label with its article for a common input. */
  const field = (path: string, label: string) => ({
    id: form.id(path),
    error: form.err(path),
    required: true,
    label: lawLabel(label, kit.req(path)),
  });

  return (
    <form onSubmit={form.onSubmit(() => issue.mutate(current))} noValidate>
      <Stack gap="md" maw={960}>
        <FormErrorSummary form={form} testId="measure-error" />
        <NativeSelect
          {...field("kind", t("measures.kind"))}
          value={kind}
          data={offered.map((k) => ({ value: k.kind, label: t(`measureKind.${k.kind}`) }))}
          onChange={(e) => {
            const next = offered.find((k) => k.kind === e.currentTarget.value);
            if (next) {
              setKind(next.kind);
              setIssuer(defaultIssuer(next.issuers));
            }
            setDetails({});
          }}
          data-testid="measure-kind"
        />
        <Fieldset legend={t("measures.common")}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateTimeField
              {...field("issuedAt", t("measures.issuedAt"))}
              value={issuedAt}
              onChange={(date) => setIssuedAt(date)}
              data-testid="measure-issued-at"
            />
            <NativeSelect
              {...field("legalGround", t("measures.legalGround"))}
              value={legalGround}
              data={[
                { value: "", label: "—" },
                ...LEGAL_GROUNDS.map((g) => ({ value: g, label: t(`legalGround.${g}`) })),
              ]}
              onChange={(e) => setLegalGround(e.currentTarget.value)}
              data-testid="measure-legal-ground"
            />
            <NativeSelect
              {...field("justification.basis", t("measures.justificationBasis"))}
              value={basis}
              data={[
                { value: "", label: "—" },
                ...JUSTIFICATION_BASES.map((b) => ({
                  value: b,
                  label: t(`justificationBasis.${b}`),
                })),
              ]}
              onChange={(e) => setBasis(e.currentTarget.value)}
              data-testid="measure-justification-basis"
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            {...field("justification.text", t("measures.justification"))}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="measure-justification"
          />
          <TermFields
            kind={kind}
            term={term}
            onTerm={setTerm}
            issuers={issuers}
            issuer={issuer}
            onIssuer={setIssuer}
            {...kit}
          />
          <Checkbox
            mt="sm"
            id={form.id("rightsExplained")}
            label={t("measures.rightsExplained")}
            checked={rightsExplained}
            onChange={(e) => setRightsExplained(e.currentTarget.checked)}
            error={form.err("rightsExplained")}
            data-testid="measure-rights-explained"
          />
        </Fieldset>
        <KindFields
          kind={kind}
          details={details}
          onDetails={setDetails}
          organisation={organisation}
          onOrganisation={setOrganisation}
          {...kit}
        />
        <Group justify="flex-end">
          <ButtonLink variant="default" to="/persons/$personId" params={{ personId }}>
            {t("common.cancel")}
          </ButtonLink>
          <Button type="submit" loading={issue.isPending} data-testid="measure-issue">
            {t("measures.issue")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
