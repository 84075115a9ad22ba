import { NativeSelect, NumberInput, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeasureCreate } from "../../api/types.ts";
import { lawLabel } from "../../components/LawLabel.tsx";
import { KIND_TERM, TERM_ARTICLE } from "./kindDomain.ts";
import type { MeasureKind } from "./measureDomain.ts";
import type { FieldKit } from "./fieldKit.tsx";
import { DateField } from "../../components/DateField.tsx";
import { lawCitation } from "../../format.ts";

export interface TermState {
  validFrom: string;
  validUntil: string;
  days: number | "";
  months: number | "";
}
export const EMPTY_TERM: TermState = { validFrom: "", validUntil: "", days: "", months: "" };

/** Whose decision is recorded: the user's own office, or a court's act the user's body executes. */
export type IssuerChoice = "own" | "court";

/**
 * The issuer a kind starts with, from whose decisions the user may record for it (`Me.measureKinds`,
 * the server's rule): the user's own office when it may, else a court's act.
 */
export function defaultIssuer(issuers: readonly IssuerChoice[]): IssuerChoice {
  return issuers.includes("own") ? "own" : "court";
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

interface Props extends FieldKit {
  kind: MeasureKind;
  term: TermState;
  onTerm: (term: TermState) => void;
  /** Whose decisions the user may record for the kind (`Me.measureKinds`). */
  issuers: readonly IssuerChoice[];
  issuer: IssuerChoice;
  onIssuer: (issuer: IssuerChoice) => void;
}

/**
 * Who decided and for how long, as the kind's article puts it: dates set by the decision, days of a
 * movement restriction (001 Art. 56(2), at most 30), months of a referral (80(3), 81(5)), or nothing
 * when the law fixes the term itself.
 */
export function TermFields({ kind, term, onTerm, issuers, issuer, onIssuer, err, id, req }: Props) {
  const { t } = useTranslation();
  const unit = KIND_TERM[kind];
  // The kind's term article in words (R11): "п. 5 ст. 51 Закона …", never a bare number.
  const article = lawCitation(t, `001 Art. ${TERM_ARTICLE[kind]}`);
  const courtOnly = !issuers.includes("own");
  const num = (v: string | number) => (typeof v === "number" ? v : "");
  const required = (field: string) => ({
    id: id(field),
    error: err(field),
    required: req(field) !== undefined,
  });
  return (
    <>
      {issuers.includes("court") && (
        <NativeSelect
          mt="sm"
          id={id("issuerKind")}
          label={t("measures.issuer")}
          description={t(courtOnly ? "measures.issuerCourtOnly" : "measures.issuerHelp")}
          value={issuer}
          disabled={courtOnly}
          data={[
            ...(courtOnly ? [] : [{ value: "own", label: t("measures.issuerOwn") }]),
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
          <DateField
            label={t("measures.validFrom")}
            description={t("measures.termByDecision", { article })}
            value={term.validFrom}
            onChange={(date) => onTerm({ ...term, validFrom: date })}
            {...required("term.validFrom")}
            data-testid="measure-valid-from"
          />
          <DateField
            label={lawLabel(t("measures.validUntil"), req("term.validUntil"))}
            description={t(unit === "dates_required" ? "measures.termRequired" : "measures.termByDecision", {
              article,
            })}
            value={term.validUntil}
            onChange={(date) => onTerm({ ...term, validUntil: date })}
            {...required("term.validUntil")}
            data-testid="measure-valid-until"
          />
        </SimpleGrid>
      )}
      {unit === "days" && (
        <NumberInput
          mt="sm"
          maw={320}
          label={lawLabel(t("measures.termDays"), req("term.days"))}
          description={t("measures.termDaysHelp")}
          min={1}
          max={30}
          value={term.days}
          onChange={(v) => onTerm({ ...term, days: num(v) })}
          {...required("term.days")}
          data-testid="measure-term-days"
        />
      )}
      {unit === "months" && (
        <NumberInput
          mt="sm"
          maw={320}
          label={lawLabel(t("measures.termMonths"), req("term.months"))}
          description={t(
            kind === "special_regime_referral" ? "measures.termMonths81" : "measures.termMonths80",
          )}
          min={1}
          max={24}
          value={term.months}
          onChange={(v) => onTerm({ ...term, months: num(v) })}
          {...required("term.months")}
          data-testid="measure-term-months"
        />
      )}
    </>
  );
}
