import { Card, Group, Table, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { CASE_STATES } from "../minors-cases/caseDomain.ts";
import { commissionKeys, commissionsApi } from "./commissionsApi.ts";

/**
 * `/commissions/:bodyId/lower`: what a commission coordinates and monitors (001 Art. 79(6)(4)) — for
 * each lower commission its cases by state, the meetings held and the decisions by kind in a period,
 * and the list of decisions (date, commission, decision, case number; no names).
 */
export function LowerCommissionsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { bodyId } = useParams({ strict: false }) as { bodyId: string };
  const [from, setFrom] = useState("");
  const [until, setUntil] = useState("");
  const q = { from: from || undefined, until: until || undefined };
  const view = useQuery({
    queryKey: commissionKeys.lower(bodyId, q),
    queryFn: () => commissionsApi.lower(bodyId, q),
    placeholderData: keepPreviousData,
  });
  const names = new Map((view.data?.commissions ?? []).map((c) => [c.bodyId, localName(c.name, lang)]));
  const rows = view.data?.commissions ?? [];
  return (
    <>
      <PageTitle>{t("commissions.lowerTitle")}</PageTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t("commissions.lowerIntro")} <LawCitation code="001 Art. 79(6)(4)" />
      </Text>
      <AnchorLink to="/commissions" size="sm">
        {t("commissions.back")}
      </AnchorLink>
      <Group my="md" align="flex-end">
        <DateField
          label={t("commissions.field.periodFrom")}
          value={from}
          onChange={setFrom}
          data-testid="lower-from"
        />
        <DateField
          label={t("commissions.field.periodUntil")}
          value={until}
          min={from || undefined}
          onChange={setUntil}
          data-testid="lower-until"
        />
        {view.data && (
          <Text size="sm" c="dimmed">
            {formatDate(view.data.from)} — {formatDate(view.data.until)}
          </Text>
        )}
      </Group>
      <ErrorAlert error={view.error} />
      <Card withBorder mb="md">
        <Table.ScrollContainer minWidth={820}>
          <Table striped data-testid="lower-figures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("commissions.col.commission")}</Table.Th>
                {CASE_STATES.map((s) => (
                  <Table.Th key={s}>{t(`minorsCases.state.${s}`)}</Table.Th>
                ))}
                <Table.Th>{t("commissions.col.meetingsHeld")}</Table.Th>
                <Table.Th>{t("commissions.col.decisions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.isPending && <LoadingRow colSpan={CASE_STATES.length + 3} />}
              {view.data && rows.length === 0 && (
                <EmptyRow colSpan={CASE_STATES.length + 3} text={t("commissions.noLower")} />
              )}
              {rows.map((c) => (
                <Table.Tr key={c.bodyId} data-testid="lower-row">
                  <Table.Td>
                    <Text size="sm">{localName(c.name, lang)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`commissions.level.${c.level}`)}
                    </Text>
                  </Table.Td>
                  {CASE_STATES.map((s) => (
                    <Table.Td key={s}>{c.cases[s]}</Table.Td>
                  ))}
                  <Table.Td>{c.meetingsHeld}</Table.Td>
                  <Table.Td>
                    {Object.entries(c.decisionsByCode).length === 0
                      ? "—"
                      : Object.entries(c.decisionsByCode).map(([code, n]) => (
                          <Text size="xs" key={code}>
                            {t(`meetings.decision.${code}`)}: {n}
                          </Text>
                        ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      <Title order={2} size="h4" mb="xs">
        {t("commissions.lowerDecisions")}
      </Title>
      <Table striped data-testid="lower-decisions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("commissions.col.date")}</Table.Th>
            <Table.Th>{t("commissions.col.commission")}</Table.Th>
            <Table.Th>{t("commissions.col.decision")}</Table.Th>
            <Table.Th>{t("commissions.col.caseNumber")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.data && view.data.decisions.length === 0 && (
            <EmptyRow colSpan={4} text={t("commissions.noDecisions")} />
          )}
          {(view.data?.decisions ?? []).map((d, i) => (
            <Table.Tr key={`${d.commissionBodyId}-${d.caseNumber ?? ""}-${i}`}>
              <Table.Td>{formatDate(d.decidedOn)}</Table.Td>
              <Table.Td>{names.get(d.commissionBodyId) ?? "—"}</Table.Td>
              <Table.Td>
                {t(`meetings.decision.${d.decision}`)}
                {d.article && (
                  <Text size="xs" c="dimmed">
                    <LawCitation code={d.article} />
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{d.caseNumber ?? "—"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
