import { Card, SimpleGrid, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { NpmAnnualFigures } from "../../api/npm.ts";
import { AnchorLink } from "../../components/links.tsx";
import { formatDate } from "../../format.ts";
import { LOCALES, useLanguage } from "../../i18n/index.ts";
import { formatKzt, sortedCounts } from "./annual.ts";
import { useRegions } from "./regions.ts";

/** A two-column table of counts; `label` turns a key (kind, region code, status) into words. */
function CountTable(props: {
  title: string;
  counts: Record<string, number>;
  label: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  const rows = sortedCounts(props.counts);
  return (
    <Table data-testid={props.testId} captionSide="top">
      <Table.Caption>{props.title}</Table.Caption>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td c="dimmed">{t("npm.annual.noneCounted")}</Table.Td>
          </Table.Tr>
        )}
        {rows.map(([key, n]) => (
          <Table.Tr key={key} data-key={key}>
            <Table.Td>{props.label(key)}</Table.Td>
            <Table.Td ta="right">{n}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Label-value rows for single counts. */
function Facts({ rows, testId }: { rows: [string, ReactNode][]; testId: string }) {
  return (
    <Table data-testid={testId}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td>{label}</Table.Td>
            <Table.Td ta="right">{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/**
 * The year's figures of the annual report (000 Art. 34(2)): counts only — the server sends no
 * names, complainants or report texts (000 Art. 35), so nothing personal can show here.
 */
export function AnnualFiguresView({ figures: f }: { figures: NpmAnnualFigures }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { nameOf } = useRegions();
  const kzt = (n: number) => formatKzt(n, LOCALES[lang]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="npm-annual-figures" data-visits={f.visitsTotal}>
      <Section title={t("npm.annual.visits")}>
        <Text data-testid="npm-annual-visits-total">
          {t("npm.annual.visitsTotal", { count: f.visitsTotal })}
        </Text>
        <CountTable
          title={t("npm.annual.byKind")}
          counts={f.visitsByKind}
          label={(k) => t(`npm.visitKind.${k}`, { defaultValue: k })}
          testId="npm-annual-by-kind"
        />
        <CountTable
          title={t("npm.annual.byRegion")}
          counts={f.visitsByRegion}
          label={nameOf}
          testId="npm-annual-by-region"
        />
        <CountTable
          title={t("npm.annual.byInstitutionKind")}
          counts={f.visitsByInstitutionKind}
          label={(k) => t(`npm.institutionKind.${k}`, { defaultValue: k })}
          testId="npm-annual-by-institution"
        />
      </Section>
      <Section title={t("npm.annual.reports")}>
        <Facts
          testId="npm-annual-reports"
          rows={[
            [t("npm.annual.reportsSubmitted"), f.reportsSubmitted],
            [t("npm.annual.reportsLate"), f.reportsLate],
            [t("npm.annual.findings"), f.findingsCount],
            [t("npm.annual.tortureSigns"), f.tortureSignsRevealed],
          ]}
        />
        <Title order={4} size="h6" mt="md">
          {t("npm.annual.complaints")}
        </Title>
        <Facts
          testId="npm-annual-complaints"
          rows={[
            [t("npm.annual.received"), f.complaints.received],
            [t("npm.annual.transferred"), f.complaints.transferred],
            [t("npm.annual.included"), f.complaints.includedInReports],
          ]}
        />
      </Section>
      <Section title={t("npm.annual.recommendations")}>
        <Text>{t("npm.annual.recommendationsTotal", { count: f.recommendationsTotal })}</Text>
        <CountTable
          title={t("npm.annual.byStatus")}
          counts={f.recommendations}
          label={(k) => t(`npm.recStatus.${k}`, { defaultValue: k })}
          testId="npm-annual-rec-status"
        />
        <CountTable
          title={t("npm.annual.byAddressee")}
          counts={f.recommendationsByAddressee}
          label={(k) => k}
          testId="npm-annual-rec-addressee"
        />
      </Section>
      <Section title={t("npm.annual.costs")}>
        <Facts
          testId="npm-annual-costs"
          rows={[
            [t("npm.annual.totalKzt"), kzt(f.costs.totalKzt)],
            [t("npm.annual.visitsWithCost"), f.costs.visitsWithCost],
          ]}
        />
        <Table mt="xs" data-testid="npm-annual-cost-rows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.annual.costVisit")}</Table.Th>
              <Table.Th>{t("npm.annual.costDate")}</Table.Th>
              <Table.Th ta="right">{t("npm.annual.amountKzt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {f.costs.perVisit.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3} c="dimmed">
                  {t("npm.annual.noCosts")}
                </Table.Td>
              </Table.Tr>
            )}
            {f.costs.perVisit.map((c) => (
              <Table.Tr key={c.visitId}>
                <Table.Td>
                  <AnchorLink to="/npm/visits/$visitId" params={{ visitId: c.visitId }}>
                    {t(`npm.visitKind.${c.kind}`, { defaultValue: c.kind })}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDate(c.startsOn, lang)}</Table.Td>
                <Table.Td ta="right">{kzt(c.amountKzt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </SimpleGrid>
  );
}
