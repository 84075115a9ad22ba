import { Alert, List, Text } from "@mantine/core";
import { interestedSubjectsOf } from "@aldyn/law";
import { useTranslation } from "react-i18next";
import { LawCitation } from "../../format.ts";
import { incidentFacts, type IncidentDraft } from "./incidentDomain.ts";

/**
 * Who the save will notify within 24 hours (001 Art. 72(3)(2)), as the law package decides from the
 * facts typed so far: the family support centre always, guardianship and the commission on minors
 * when a child is a victim or was present, healthcare when an injury is recorded.
 */
export function NotifyPreview({ draft }: { draft: IncidentDraft }) {
  const { t } = useTranslation();
  const subjects = interestedSubjectsOf(incidentFacts(draft));
  return (
    <Alert
      color="blue"
      variant="light"
      title={t("incidents.notifyPreview")}
      data-testid="incident-notify-preview"
    >
      <Text size="sm" mb={4}>
        {t("incidents.notifyPreviewIntro")} (<LawCitation code="001 Art. 72(3)(2)" />)
      </Text>
      <List size="sm">
        {subjects.map((s) => (
          <List.Item key={s.bodyType} data-testid="incident-notify-subject" data-body-type={s.bodyType}>
            {t(`bodyType.${s.bodyType}`)}
            {s.optional && ` (${t("incidents.optional")})`}
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
