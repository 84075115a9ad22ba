import { Checkbox, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LawCitation } from "../../format.ts";
import { keyOf, PEDAGOGICAL_CRITERIA } from "../measures/kindDomain.ts";

/** The article of a criterion id "78.2.4_missing_classes": 001 Art. 78(2)(4). */
export const criterionArticle = (criterion: string): string => {
  const [, para, sub] = /^78\.(\d+)\.(\d+)_/.exec(criterion) ?? [];
  return para && sub ? `001 Art. 78(${para})(${sub})` : "001 Art. 78(2)";
};

/** A criterion's label in the user's language (the catalog the measure's form uses). */
export function useCriterionLabel() {
  const { t } = useTranslation();
  return (criterion: string) => t(`pedagogicalCriterion.${keyOf(criterion)}`, { defaultValue: criterion });
}

interface Props {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
  label: string;
  testId: string;
}

/**
 * The criteria of 001 Art. 78(2) as a checkbox list: each with its label and its article in words, in
 * the closed order of the law.
 */
export function CriteriaChecklist({ id, value, onChange, error, label, testId }: Props) {
  const { t } = useTranslation();
  const labelOf = useCriterionLabel();
  return (
    <Checkbox.Group
      id={id}
      label={label}
      value={[...value]}
      onChange={onChange}
      error={error}
      withAsterisk
      data-testid={testId}
    >
      <Stack gap={6} mt={6}>
        {PEDAGOGICAL_CRITERIA.map((c) => (
          <Checkbox
            key={c}
            value={c}
            data-testid={`${testId}-${keyOf(c)}`}
            label={
              <>
                {labelOf(c)}{" "}
                <Text span size="xs" c="dimmed">
                  · <LawCitation code={criterionArticle(c)} />
                </Text>
              </>
            }
          />
        ))}
      </Stack>
      <Text size="xs" c="dimmed" mt={4}>
        {t("school.criteriaHelp")}
      </Text>
    </Checkbox.Group>
  );
}
