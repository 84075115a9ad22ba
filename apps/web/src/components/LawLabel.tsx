import { Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { lawCitation } from "../format.ts";

/**
 * The label of an input the law makes required (marked by the input's `required`): the article that
 * requires it shows on hover, in words in the user's language ("п. 4 ст. 60 Закона …").
 */
export function LawLabel({ label, article }: { label: string; article: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip
      label={t("forms.requiredBy", { article: lawCitation(t, article) })}
      multiline
      maw={380}
      withArrow
      openDelay={150}
    >
      <span
        style={{ textDecoration: "underline dotted", textUnderlineOffset: 3, cursor: "help" }}
        data-testid="law-label"
      >
        {label}
      </span>
    </Tooltip>
  );
}

/**
 * The red asterisk of a required input, for the inputs Mantine draws none for (a single checkbox
 * whose fact the law requires); hidden from screen readers, which hear `required` instead.
 */
export function RequiredMark() {
  return (
    <span aria-hidden="true" style={{ color: "var(--mantine-color-error)" }}>
      {" *"}
    </span>
  );
}

/**
 * A label, with its article on hover when the law requires the input; `mark` adds the asterisk where
 * the input draws none itself (a checkbox).
 */
export function lawLabel(label: string, article: string | undefined, mark = false): ReactNode {
  if (!article) return label;
  return (
    <>
      <LawLabel label={label} article={article} />
      {mark && <RequiredMark />}
    </>
  );
}
