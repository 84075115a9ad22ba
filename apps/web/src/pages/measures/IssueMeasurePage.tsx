import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { MeasureCreate } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { cyrName } from "../persons/personName.ts";
import { detailsForKind, KIND_FIELDS, KindFields, type Details, type Organisation } from "./KindFields.tsx";
import { lawFieldError } from "./lawError.ts";
import {
  defaultIssuer,
  EMPTY_TERM,
  TERM_FIELDS,
  TermFields,
  termForKind,
  type IssuerChoice,
  type TermState,
} from "./TermFields.tsx";
import {
  JUSTIFICATION_BASES,
  LEGAL_GROUNDS,
  localToInstant,
  MEASURE_KINDS,
  nowLocal,
  type MeasureKind,
} from "./measureDomain.ts";

/** Inputs that show their own message (the summary above the form leaves them out). */
const FIELDS = ["kind", "issuedAt", "legalGround", "justification", "justification.text", ...TERM_FIELDS];

/** `/persons/$personId/measures/new`: issue an individual prevention measure (001 Art. 48). */
export function IssueMeasurePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { personId } = useParams({ from: "/persons/$personId/measures/new" });
  const person = useQuery({ queryKey: personKeys.one(personId), queryFn: () => personsApi.get(personId) });
  const [kind, setKind] = useState<MeasureKind>("official_warning");
  const [issuedAt, setIssuedAt] = useState(nowLocal);
  const [legalGround, setLegalGround] = useState("");
  const [basis, setBasis] = useState("");
  const [text, setText] = useState("");
  const [term, setTerm] = useState<TermState>(EMPTY_TERM);
  const [issuer, setIssuer] = useState<IssuerChoice>(defaultIssuer("official_warning"));
  const [rightsExplained, setRightsExplained] = useState(false);
  const [details, setDetails] = useState<Details>({});
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
    };
  };
  const issue = useMutation({
    mutationFn: () => measuresApi.create(body()),
    onSuccess: (measure) => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.all });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void navigate({ to: "/measures/$measureId", params: { measureId: measure.id } });
    },
  });
  const err = (field: string) => lawFieldError(t, issue.error, field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate();
  };

  return (
    <>
      <PageTitle>{t("measures.issueTitle")}</PageTitle>
      {person.data?.personal && (
        <Text mb="md" data-testid="measure-person">
          {t("measures.subject")}: <b>{cyrName(person.data.personal)}</b>
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={960}>
          <ErrorAlert error={issue.error} fields={[...FIELDS, ...KIND_FIELDS(kind)]} testId="measure-error" />
          <NativeSelect
            label={t("measures.kind")}
            required
            value={kind}
            data={MEASURE_KINDS.map((k) => ({ value: k, label: t(`measureKind.${k}`) }))}
            onChange={(e) => {
              const next = MEASURE_KINDS.find((k) => k === e.currentTarget.value);
              if (next) {
                setKind(next);
                setIssuer(defaultIssuer(next));
              }
              setDetails({});
            }}
            error={err("kind")}
            data-testid="measure-kind"
          />
          <Fieldset legend={t("measures.common")}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="datetime-local"
                label={t("measures.issuedAt")}
                required
                value={issuedAt}
                onChange={(e) => setIssuedAt(e.currentTarget.value)}
                error={err("issuedAt")}
                data-testid="measure-issued-at"
              />
              <NativeSelect
                label={t("measures.legalGround")}
                required
                value={legalGround}
                data={[
                  { value: "", label: "—" },
                  ...LEGAL_GROUNDS.map((g) => ({ value: g, label: t(`legalGround.${g}`) })),
                ]}
                onChange={(e) => setLegalGround(e.currentTarget.value)}
                error={err("legalGround")}
                data-testid="measure-legal-ground"
              />
              <NativeSelect
                label={t("measures.justificationBasis")}
                required
                value={basis}
                data={[
                  { value: "", label: "—" },
                  ...JUSTIFICATION_BASES.map((b) => ({
                    value: b,
                    label: t(`justificationBasis.${b}`),
                  })),
                ]}
                onChange={(e) => setBasis(e.currentTarget.value)}
                error={err("justification.basis")}
                data-testid="measure-justification-basis"
              />
            </SimpleGrid>
            <Textarea
              mt="sm"
              label={t("measures.justification")}
              required
              autosize
              minRows={2}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={err("justification") ?? err("justification.text")}
              data-testid="measure-justification"
            />
            <TermFields
              kind={kind}
              term={term}
              onTerm={setTerm}
              issuer={issuer}
              onIssuer={setIssuer}
              err={err}
            />
            <Checkbox
              mt="sm"
              label={t("measures.rightsExplained")}
              checked={rightsExplained}
              onChange={(e) => setRightsExplained(e.currentTarget.checked)}
              error={err("rightsExplained")}
              data-testid="measure-rights-explained"
            />
          </Fieldset>
          <KindFields
            kind={kind}
            details={details}
            onDetails={setDetails}
            organisation={organisation}
            onOrganisation={setOrganisation}
            err={err}
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
    </>
  );
}
