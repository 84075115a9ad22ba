import { Anchor, Group, Select, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { useCriterionLabel } from "../school/CriteriaChecklist.tsx";
import { schoolApi, schoolKeys } from "../school/schoolApi.ts";
import { parseQuarter, quarterValue, recentQuarters } from "../school/schoolDomain.ts";
import { figureLabelKey } from "./analysisDomain.ts";

/**
 * `/school-analysis`: the education management body's quarterly analysis of the schools' prevention
 * work (001 Art. 21(10)) — per school the figures the records give (pupils under attention by the
 * criteria of 78(2), supports assigned (78(3)), refusals referred to the commission (78(4)), pupils
 * meeting 78(2)(4)); downloaded as XLSX, printed in kk and ru. Aggregates only: no pupil is named.
 */
export function SchoolAnalysisPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labelOf = useCriterionLabel();
  const quarters = recentQuarters(todayIso());
  const [value, setValue] = useState(quarterValue(quarters[0]!));
  const q = parseQuarter(value) ?? quarters[0]!;
  const params = { year: q.year, quarter: q.quarter };
  const analysis = useQuery({
    queryKey: schoolKeys.analysis(q.year, q.quarter, ""),
    queryFn: () => schoolApi.analysis(params),
    placeholderData: keepPreviousData,
  });
  const figures = analysis.data?.figures ?? [];
  const label = (code: string) => {
    const k = figureLabelKey(code);
    return k.criterion
      ? t("schoolAnalysis.byCriterion", { criterion: labelOf(k.criterion) })
      : t(k.key, { defaultValue: code });
  };
  return (
    <>
      <PageTitle
        actions={
          <>
            <Anchor href={schoolApi.analysisXlsxUrl(params)} download data-testid="school-analysis-xlsx">
              {t("schoolAnalysis.xlsx")}
            </Anchor>
            {(["kk", "ru"] as const).map((l) => (
              <Anchor
                key={l}
                href={schoolApi.analysisPdfUrl(params, l)}
                download
                data-testid={`school-analysis-pdf-${l}`}
              >
                {t("schoolAnalysis.pdf", { lang: t(`lang.${l}`) })}
              </Anchor>
            ))}
          </>
        }
      >
        {t("schoolAnalysis.title")}
      </PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("schoolAnalysis.intro")} <LawCitation code="001 Art. 21(10)" />
      </Text>
      <Group mb="md" align="flex-end">
        <Select
          label={t("schoolAnalysis.quarter")}
          data={quarters.map((x) => ({
            value: quarterValue(x),
            label: t("schoolAnalysis.quarterLabel", { year: x.year, quarter: x.quarter }),
          }))}
          value={value}
          onChange={(v) => v && setValue(v)}
          allowDeselect={false}
          w={260}
          data-testid="school-analysis-quarter"
        />
        {analysis.data && (
          <Text size="sm" c="dimmed">
            {formatDate(analysis.data.from)} — {formatDate(analysis.data.until)}
          </Text>
        )}
      </Group>
      <ErrorAlert error={analysis.error} testId="school-analysis-error" />
      <Table.ScrollContainer minWidth={900}>
        <Table striped withColumnBorders data-testid="school-analysis-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("schoolAnalysis.school")}</Table.Th>
              {figures.map((f) => (
                <Table.Th key={f.code} title={f.article}>
                  <Text size="sm" fw={600}>
                    {label(f.code)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    <LawCitation code={f.article} />
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {analysis.isPending && <LoadingRow colSpan={figures.length + 1} />}
            {analysis.data?.schools.length === 0 && (
              <EmptyRow colSpan={figures.length + 1} text={t("schoolAnalysis.empty")} />
            )}
            {analysis.data?.schools.map((s) => (
              <Table.Tr key={s.school.id} data-testid="school-analysis-row">
                <Table.Td>
                  <Text size="sm">{localName(s.school.name, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    {localName(s.school.territoryName, lang)}
                  </Text>
                </Table.Td>
                {figures.map((f) => (
                  <Table.Td key={f.code} ta="right">
                    {s.values[f.code] ?? "—"}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {analysis.data && analysis.data.schools.length > 1 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t("schoolAnalysis.total")}</Table.Th>
                {figures.map((f) => (
                  <Table.Th key={f.code} ta="right">
                    {analysis.data.totals[f.code] ?? "—"}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
