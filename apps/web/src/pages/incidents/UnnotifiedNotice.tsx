import { Alert, List, Text } from "@mantine/core";
import type { DvUnnotifiedSubject } from "@aldyn/contract";
import { useTranslation } from "react-i18next";
import { LawCitation } from "../../format.ts";

/**
 * The interested subjects the law requires to be told (001 Art. 72(3)(2)) for which no body of the
 * kind is registered in the territory: the incident stands, and the officer tells them outside the
 * system — said in orange, as a duty still open.
 */
export function UnnotifiedNotice({ subjects }: { subjects: readonly DvUnnotifiedSubject[] }) {
  const { t } = useTranslation();
  if (subjects.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t("incidents.unnotifiedTitle")}
      data-testid="incident-unnotified"
    >
      <Text size="sm" mb={4}>
        {t("incidents.unnotifiedIntro")}
      </Text>
      <List size="sm">
        {subjects.map((s) => (
          <List.Item key={s.bodyType} data-body-type={s.bodyType}>
            {t(`bodyType.${s.bodyType}`)}
            <Text span size="xs" c="dimmed">
              {" — "}
              <LawCitation code={s.article} />
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
