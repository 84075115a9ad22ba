import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReportDetail } from "@aldyn/contract";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { attachmentsApi } from "../../api/attachments.ts";
import { fileSize } from "../../components/AttachmentsPanel.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { formatDateTime } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { reportLabel } from "./reportLabels.ts";

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

/** What was reported, when, where and through which channel; the answer's due date (001 Arts. 6(4), 49(2)). */
export function ReportSummary({ report: r }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="report-card">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Item label={t("report.receivedAt")}>
          {formatDateTime(r.receivedAt, lang)}
          {r.occurredAt && (
            <Text size="xs" c="dimmed" data-testid="report-occurred-at">
              {t("publicReport.whenLine", { at: formatDateTime(r.occurredAt, lang) })}
            </Text>
          )}
        </Item>
        <Item label={t("report.channel.label")}>
          {reportLabel(t, "channel", r.channel)}
          {r.takenByBody && (
            <Text size="xs" c="dimmed">
              {localName(r.takenByBody.name, lang)}
            </Text>
          )}
        </Item>
        <Item label={t("report.district")}>
          {r.district ? localName(r.district.name, lang) : t("report.districtUnknown")}
        </Item>
        <Item label={t("report.answerDue")} testId="report-answer-due">
          <Group gap="xs">
            <Text span c={r.answerOverdue ? "red" : undefined} fw={r.answerOverdue ? 600 : undefined}>
              {formatDateTime(r.answerDueAt, lang)}
            </Text>
            {r.answeredAt && (
              <Badge color="green" variant="light">
                {t("report.answeredAt", { at: formatDateTime(r.answeredAt, lang) })}
              </Badge>
            )}
            {r.answerOverdue && <Badge color="red">{t("report.answerOverdue")}</Badge>}
          </Group>
        </Item>
      </SimpleGrid>
      <Stack gap="sm">
        <Item label={t("report.description")}>
          <Text style={{ whiteSpace: "pre-wrap" }} data-testid="report-description">
            {r.description}
          </Text>
        </Item>
        {(r.locationText || (r.lat !== null && r.lon !== null)) && (
          <Item label={t("report.locationText")}>
            {r.locationText}
            {r.lat !== null && r.lon !== null && (
              <Text size="xs" c="dimmed">
                {t("report.coordinates", { lat: r.lat, lon: r.lon })}
              </Text>
            )}
          </Item>
        )}
        {r.duplicateOf && (
          <Item label={t("report.duplicateOf")}>
            <AnchorLink to="/reports/$reportId" params={{ reportId: r.duplicateOf.id }}>
              {r.duplicateOf.registrationNumber}
            </AnchorLink>
          </Item>
        )}
      </Stack>
      <Reporter report={r} />
      <Title order={2} size="h5" mt="md" mb={4}>
        {t("report.attachments")}
      </Title>
      {r.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("report.noAttachments")}
        </Text>
      ) : (
        <List size="sm" data-testid="report-attachments">
          {r.attachments.map((a) => (
            <List.Item key={a.id}>
              <Anchor href={attachmentsApi.downloadUrl(a.id)} download={a.fileName}>
                {a.fileName}
              </Anchor>{" "}
              <Text span size="xs" c="dimmed">
                {fileSize(a.size)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/** The reporter, for readers of personal data only (R11.1); the server sends null to others. */
function Reporter({ report: r }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const who = r.reporter;
  return (
    <>
      <Title order={2} size="h5" mt="md" mb={4}>
        {t("report.reporter")}
      </Title>
      {who === null ? (
        <Text size="sm" c="dimmed" data-testid="report-reporter-withheld">
          {t("report.reporterWithheld")}
        </Text>
      ) : who.anonymous ? (
        <Text size="sm" data-testid="report-reporter">
          {t("report.anonymousReporter")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} data-testid="report-reporter">
          <Item label={t("report.reporterName")}>{who.name ?? "—"}</Item>
          <Item label={t("report.reporterPhone")}>{who.phone ?? "—"}</Item>
          <Item label={t("report.reporterEmail")}>{who.email ?? "—"}</Item>
          {who.callAt !== null && (
            <Item label={t("report.callAt")}>
              {formatDateTime(who.callAt, lang)}
              {who.callbackConsent !== null && (
                <Text size="xs" c="dimmed">
                  {who.callbackConsent ? t("report.callbackYes") : t("report.callbackNo")}
                </Text>
              )}
            </Item>
          )}
        </SimpleGrid>
      )}
    </>
  );
}
