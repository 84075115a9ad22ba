import { NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Measure, MeasureFactField } from "../../api/types.ts";
import { formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import {
  APPEAL_OUTCOMES,
  CONTROL_OUTCOMES,
  FACT_FIELDS,
  NOTICE_RECIPIENTS,
  SERVICE_CHANNELS,
  TERMINATION_GROUNDS,
  type FactExtra,
  type FactType,
} from "./measureDomain.ts";

/** Closed lists: the options and their catalog prefix. */
const CHOICES: Partial<
  Record<MeasureFactField, { options: readonly string[]; prefix: string; label: string }>
> = {
  channel: { options: SERVICE_CHANNELS, prefix: "channel", label: "measures.channel" },
  to: { options: NOTICE_RECIPIENTS, prefix: "noticeRecipient", label: "measures.noticeTo" },
  ground: { options: TERMINATION_GROUNDS, prefix: "terminationGround", label: "measures.terminationGround" },
};

/** Free inputs: their label and input type. */
const INPUTS: Partial<Record<MeasureFactField, { label: string; type?: "date" }>> = {
  until: { label: "measures.newLastDay", type: "date" },
  validUntil: { label: "measures.newLastDay", type: "date" },
  place: { label: "checks.place" },
  protocol: { label: "measures.protocol" },
  witnessedBy: { label: "measures.witnessedBy" },
  reference: { label: "measures.courtReference" },
};

/** Kept as before for the browser journeys. */
const TEST_IDS: Partial<Record<MeasureFactField, string>> = {
  validUntil: "fact-until",
  witnessedBy: "fact-witnessed-by",
};

/** The label of a fact's own input (its message names it). */
export function factFieldLabel(t: (key: string) => string, type: FactType, field: MeasureFactField): string {
  if (field === "outcome") return t(type === "appeal_decided" ? "measures.appealOutcome" : "checks.outcome");
  if (field === "supersedes") return t("measures.correctedFact");
  const choice = CHOICES[field];
  if (choice) return t(choice.label);
  return t(INPUTS[field]?.label ?? field);
}

/**
 * The own inputs of one fact type, as the contract's MEASURE_FACT_FIELDS lists them (001 Chapter 5):
 * the channel of service, the notice's addressee, a check's outcome and place, the new last day, the
 * ground of termination, the court's reference, the fact a correction replaces.
 */
export function FactFields({
  type,
  measure,
  extra,
  set,
  err,
  id,
}: {
  type: FactType;
  measure: Measure;
  extra: FactExtra;
  set: (field: MeasureFactField, value: string) => void;
  err: (field: string) => string | undefined;
  /** The input's element id, which the list of errors at the top of the form links to. */
  id: (field: string) => string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { required, optional } = FACT_FIELDS[type];
  return [...required, ...optional].map((field) => {
    const isRequired = required.includes(field);
    const testId = TEST_IDS[field] ?? `fact-${field}`;
    const common = {
      id: id(field),
      required: isRequired,
      value: extra[field] ?? "",
      error: err(field),
      "data-testid": testId,
    };
    if (field === "outcome") {
      const appeal = type === "appeal_decided";
      const options = appeal ? APPEAL_OUTCOMES : CONTROL_OUTCOMES;
      const prefix = appeal ? "appealOutcome" : "checkOutcome";
      return (
        <NativeSelect
          key={field}
          {...common}
          label={t(appeal ? "measures.appealOutcome" : "checks.outcome")}
          data={[
            { value: "", label: "—" },
            ...options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) })),
          ]}
          onChange={(e) => set(field, e.currentTarget.value)}
          data-testid={appeal ? "fact-appeal-outcome" : "fact-outcome"}
        />
      );
    }
    if (field === "supersedes") {
      // The index of a fact in the measure's list is its `seq` (record-measure-fact.ts).
      const data = measure.facts.map((f) => ({
        value: String(f.seq),
        label: `#${f.seq + 1} ${t(`factType.${f.type}`)} — ${formatDateTime(f.at, lang)}`,
      }));
      return (
        <NativeSelect
          key={field}
          {...common}
          label={t("measures.correctedFact")}
          data={[{ value: "", label: "—" }, ...data]}
          onChange={(e) => set(field, e.currentTarget.value)}
        />
      );
    }
    const choice = CHOICES[field];
    if (choice)
      return (
        <NativeSelect
          key={field}
          {...common}
          label={t(choice.label)}
          data={[
            { value: "", label: "—" },
            ...choice.options.map((o) => ({ value: o, label: t(`${choice.prefix}.${o}`) })),
          ]}
          onChange={(e) => set(field, e.currentTarget.value)}
        />
      );
    const input = INPUTS[field] ?? { label: field };
    return (
      <TextInput
        key={field}
        {...common}
        type={input.type}
        label={t(input.label)}
        onChange={(e) => set(field, e.currentTarget.value)}
      />
    );
  });
}
