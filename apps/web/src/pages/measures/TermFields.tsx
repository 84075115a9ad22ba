import { NativeSelect, NumberInput, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeasureCreate } from "../../api/types.ts";
import { KIND_COURT, KIND_TERM, TERM_ARTICLE } from "./kindDomain.ts";
import type { MeasureKind } from "./measureDomain.ts";

export interface TermState {
  validFrom: string;
  validUntil: string;
  days: number | "";
  months: number | "";
}
export const EMPTY_TERM: TermState = { validFrom: "", validUntil: "", days: "", months: "" };

/** Whose decision is recorded: the user's own office, or a court's act the user's body executes. */
export type IssuerChoice = "own" | "court";

/** The issuer a kind starts with: a court for the kinds only a court (or no role's body) takes. */
export function defaultIssuer(kind: MeasureKind): IssuerChoice {
  const court = KIND_COURT[kind];
  return court === "only" || kind === "parental_rights_measure" ? "court" : "own";
}

/** The term as sent, in the unit the kind takes (measure-input.ts `RequestedTerm`); none when empty. */
export function termForKind(kind: MeasureKind, s: TermState): MeasureCreate["term"] {
  const unit = KIND_TERM[kind];
  if (unit === "days") return s.days === "" ? undefined : { days: s.days };
  if (unit === "months") return s.months === "" ? undefined : { months: s.months };
  if (unit === "none" || (!s.validFrom && !s.validUntil)) return undefined;
  return {
    ...(s.validFrom ? { validFrom: s.validFrom } : {}),
    ...(s.validUntil ? { validUntil: s.validUntil } : {}),
  };
}

/** The body paths these inputs show next to themselves. */
export const TERM_FIELDS = [
  "term",
  "term.validFrom",
  "term.validUntil",
  "term.days",
  "term.months",
  "issuerKind",
];

interface Props {
  kind: MeasureKind;
  term: TermState;
  onTerm: (term: TermState) => void;
  issuer: IssuerChoice;
  onIssuer: (issuer: IssuerChoice) => void;
  err: (field: string) => string | undefined;
}

/**
 * Who decided and for how long, as the kind's article puts it: dates set by the decision, days of a
 * movement restriction (001 Art. 56(2), at most 30), months of a referral (80(3), 81(5)), or nothing
 * when the law fixes the term itself.
 */
export function TermFields({ kind, term, onTerm, issuer, onIssuer, err }: Props) {
  const { t } = useTranslation();
  const unit = KIND_TERM[kind];
  const article = TERM_ARTICLE[kind];
  const court = KIND_COURT[kind];
  const num = (v: string | number) => (typeof v === "number" ? v : "");
  return (
    <>
      {court !== "never" && (
        <NativeSelect
          mt="sm"
          label={t("measures.issuer")}
          description={t(court === "only" ? "measures.issuerCourtOnly" : "measures.issuerHelp")}
          value={issuer}
          disabled={court === "only"}
          data={[
            { value: "own", label: t("measures.issuerOwn") },
            { value: "court", label: t("measures.issuerCourt") },
          ]}
          onChange={(e) => onIssuer(e.currentTarget.value === "court" ? "court" : "own")}
          error={err("issuerKind")}
          data-testid="measure-issuer"
        />
      )}
      {unit === "none" && (
        <Text size="sm" c="dimmed" mt="sm" data-testid="measure-term-by-law">
          {t("measures.termByLaw", { article })}
        </Text>
      )}
      {(unit === "dates" || unit === "dates_required") && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
          <TextInput
            type="date"
            label={t("measures.validFrom")}
            description={t("measures.termByDecision", { article })}
            value={term.validFrom}
            onChange={(e) => onTerm({ ...term, validFrom: e.currentTarget.value })}
            error={err("term.validFrom")}
            data-testid="measure-valid-from"
          />
          <TextInput
            type="date"
            label={t("measures.validUntil")}
            description={t(unit === "dates_required" ? "measures.termRequired" : "measures.termByDecision", {
              article,
            })}
            required={unit === "dates_required"}
            value={term.validUntil}
            onChange={(e) => onTerm({ ...term, validUntil: e.currentTarget.value })}
            error={err("term") ?? err("term.validUntil")}
            data-testid="measure-valid-until"
          />
        </SimpleGrid>
      )}
      {unit === "days" && (
        <NumberInput
          mt="sm"
          maw={320}
          label={t("measures.termDays")}
          description={t("measures.termDaysHelp")}
          required
          min={1}
          max={30}
          value={term.days}
          onChange={(v) => onTerm({ ...term, days: num(v) })}
          error={err("term") ?? err("term.days")}
          data-testid="measure-term-days"
        />
      )}
      {unit === "months" && (
        <NumberInput
          mt="sm"
          maw={320}
          label={t("measures.termMonths")}
          description={t(
            kind === "special_regime_referral" ? "measures.termMonths81" : "measures.termMonths80",
          )}
          required
          min={1}
          max={24}
          value={term.months}
          onChange={(v) => onTerm({ ...term, months: num(v) })}
          error={err("term") ?? err("term.months")}
          data-testid="measure-term-months"
        />
      )}
    </>
  );
}
