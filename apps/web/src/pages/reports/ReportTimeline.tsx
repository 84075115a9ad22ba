import { Card, Table, Text, Title } from "@mantine/core";
import type { ReportDetail } from "@aldyn/contract";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { factDetail, recordedByText } from "./timeline.ts";
import { reportLabel } from "./reportLabels.ts";

/** The report's legal facts in order (filed, triaged, routed, answered…): who did what and when. */
export function ReportTimeline({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("report.timeline")}
      </Title>
      <Table data-testid="report-timeline">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("report.factAt")}</Table.Th>
            <Table.Th>{t("report.factType")}</Table.Th>
            <Table.Th>{t("report.factBy")}</Table.Th>
            <Table.Th>{t("report.factData")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.facts.length === 0 && <EmptyRow colSpan={4} text={t("report.noFacts")} />}
          {report.facts.map((f, i) => (
            <Table.Tr key={`${f.at}:${i}`} data-testid="report-fact" data-type={f.type}>
              <Table.Td>{formatDateTime(f.at, lang)}</Table.Td>
              <Table.Td>{reportLabel(t, "fact", f.type)}</Table.Td>
              <Table.Td>{recordedByText(t, f.recordedBy)}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {factDetail(t, f.data)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
