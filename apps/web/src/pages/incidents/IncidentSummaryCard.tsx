import { Card, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { summaryName } from "../../components/withheldText.ts";
import { formatDateTime } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { formsText, personRoleLabel } from "./incidentLabels.ts";
import type { DvIncident } from "./incidentsApi.ts";

/** The victims first, then the children, then the person who committed it. */
const ROLE_ORDER = ["victim", "child_victim", "child_present", "offender"];

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div data-testid={testId}>{children}</div>
    </div>
  );
}

/**
 * What happened (001 Art. 72(1)): the family, the persons with their roles, the forms, when it
 * happened and when it was reported, the place, children present, an injury (health data: shown
 * only to a reader who clears the health barrier, else withheld above), the immediate response
 * (72(3)(1)) and who recorded it.
 */
export function IncidentSummaryCard({ incident: i }: { incident: DvIncident }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const injuryWithheld = i.withheld.some((w) => w.barrier === "health");
  return (
    <Card withBorder data-testid="incident-card">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Item label={t("incidents.family")}>
          <AnchorLink
            to="/families/$familyId"
            params={{ familyId: i.family.id }}
            data-testid="incident-family"
          >
            {t("families.named", { label: i.family.label })}
          </AnchorLink>
        </Item>
        <Item label={t("incidents.occurredAt")} testId="incident-occurred">
          {formatDateTime(i.occurredAt)}
        </Item>
        <Item label={t("incidents.reportedAt")}>{formatDateTime(i.reportedAt)}</Item>
        <Item label={t("incidents.recordedBy")}>
          <Text size="sm">{localName(i.body.name, lang)}</Text>
          {i.recordedByName && (
            <Text size="xs" c="dimmed">
              {i.recordedByName}
            </Text>
          )}
        </Item>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="sm">
          <Item label={t("incidents.forms")} testId="incident-forms">
            {formsText(t, i.forms)}
          </Item>
          <Item label={t("incidents.place")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="incident-place">
              {i.place}
            </Text>
          </Item>
          <Item label={t("incidents.childrenPresent")} testId="incident-children">
            {i.childrenPresent
              ? t("incidents.childrenYes", { n: i.childrenPresentCount ?? 1 })
              : t("incidents.childrenNo")}
          </Item>
          <Item label={t("incidents.injury")} testId="incident-injury">
            {!i.injuryRecorded
              ? t("incidents.injuryNo")
              : injuryWithheld
                ? t("incidents.injuryWithheld")
                : (i.injury ?? t("incidents.injuryYes"))}
          </Item>
          <Item label={t("incidents.immediateResponse")}>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="incident-response">
              {i.immediateResponse}
            </Text>
          </Item>
          {i.citizenReportId && (
            <Item label={t("incidents.citizenReport")}>
              <AnchorLink to="/reports/$reportId" params={{ reportId: i.citizenReportId }} size="sm">
                {t("incidents.openReport")}
              </AnchorLink>
            </Item>
          )}
        </Stack>
        <Item label={t("incidents.persons")}>
          <Stack gap={4} data-testid="incident-persons">
            {[...i.persons]
              .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role))
              .map((p) => (
                <Text
                  key={`${p.person.id}/${p.role}`}
                  size="sm"
                  data-testid="incident-person-row"
                  data-role={p.role}
                >
                  <Text span size="xs" c="dimmed">
                    {personRoleLabel(t, p.role)}:{" "}
                  </Text>
                  {p.person.personal ? (
                    <AnchorLink to="/persons/$personId" params={{ personId: p.person.id }} size="sm">
                      {summaryName(t, p.person, "—")}
                    </AnchorLink>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {summaryName(t, p.person, t("incidents.personWithheld"))}
                    </Text>
                  )}
                </Text>
              ))}
          </Stack>
        </Item>
      </SimpleGrid>
    </Card>
  );
}
