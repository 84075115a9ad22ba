import { Accordion, Anchor, Button, Group, Loader, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, lawCitation, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { handoffFiguresApi, handoffFiguresKeys, type FiguresFilter } from "./handoffFiguresApi.ts";
import { HandoffsSection } from "./HandoffsSection.tsx";
import { ReportsSection } from "./ReportsSection.tsx";

/** Roles that may take statistics away as files (policy.ts: `export` of aggregate_report). */
const EXPORT_ROLES: readonly string[] = ["police_head", "prosecutor", "analyst"];

/**
 * The figures of hand-offs between bodies and of reports from citizens (R6, R8): a territory — the
 * user's own, or one of its parts — and a period; the hand-offs' times to acknowledge and to answer
 * and the share overdue (001 Art. 39(3)), the reports by category and channel (001 Art. 6(4)); CSV and
 * XLSX in the user's language for those who may export. Counts only; small cells read "suppressed".
 */
export function HandoffFiguresPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const today = todayIso();
  const [filter, setFilter] = useState<FiguresFilter>({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const [own, setOwn] = useState<{ code: string; name: string } | null>(null);
  const valid = filter.from !== "" && filter.to !== "" && filter.from <= filter.to;
  const handoffs = useQuery({
    queryKey: handoffFiguresKeys.handoffs(filter),
    queryFn: () => handoffFiguresApi.handoffs(filter),
    enabled: valid,
  });
  const reports = useQuery({
    queryKey: handoffFiguresKeys.reports(filter),
    queryFn: () => handoffFiguresApi.reports(filter),
    enabled: valid,
  });
  const f = handoffs.data;
  if (f && own === null && filter.territory === undefined)
    setOwn({ code: f.territory.code, name: localName(f.territory.name, lang) });
  const mayExport = user.roles.some((r) => EXPORT_ROLES.includes(r));
  const files = (what: "handoffs" | "reports") =>
    mayExport &&
    valid && (
      <Group gap="sm">
        {(["csv", "xlsx"] as const).map((format) => (
          <Anchor
            key={format}
            href={handoffFiguresApi.fileUrl(what, format, filter, lang)}
            download
            fz="sm"
            data-testid={`${what}-figures-${format}`}
          >
            {t("handoffFigures.download")} {t(`handoffFigures.${format}`)}
          </Anchor>
        ))}
      </Group>
    );
  const territories = f
    ? [
        { value: f.territory.code, label: localName(f.territory.name, lang) },
        ...f.parts.map((p) => ({ value: p.territory.code, label: `— ${localName(p.territory.name, lang)}` })),
      ]
    : [];

  return (
    <>
      <PageTitle>{t("handoffFigures.title")}</PageTitle>
      <Text mb="md" maw={900}>
        {t("handoffFigures.intro", {
          article: lawCitation(t, "001 Art. 39(3)"),
          reportArticle: lawCitation(t, "001 Art. 6(4)"),
          min: f?.minCell ?? 5,
        })}
      </Text>
      <Group align="flex-end" mb="md" wrap="wrap">
        <Select
          label={t("handoffFigures.territory")}
          data={territories}
          value={f?.territory.code ?? null}
          onChange={(code) => code && setFilter({ ...filter, territory: code })}
          allowDeselect={false}
          searchable
          w={280}
          data-testid="figures-territory"
        />
        {own && filter.territory !== undefined && filter.territory !== own.code && (
          <Button variant="subtle" onClick={() => setFilter({ ...filter, territory: undefined })}>
            {own.name}
          </Button>
        )}
        <DateField
          label={t("handoffFigures.from")}
          value={filter.from}
          max={filter.to || today}
          onChange={(from) => setFilter({ ...filter, from })}
          w={170}
          data-testid="figures-from"
        />
        <DateField
          label={t("handoffFigures.to")}
          value={filter.to}
          min={filter.from || undefined}
          max={today}
          onChange={(to) => setFilter({ ...filter, to })}
          w={170}
          data-testid="figures-to"
        />
      </Group>
      {f && (
        <Text fz="sm" c="dimmed" mb="sm" data-testid="figures-period">
          {t("handoffFigures.period", {
            territory: localName(f.territory.name, lang),
            from: formatDate(f.period.from),
            to: formatDate(f.period.to),
            asOf: formatDate(f.asOf),
          })}
        </Text>
      )}
      <Stack gap="lg">
        <Paper withBorder p="md" radius="sm" data-testid="handoff-figures">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t("handoffFigures.handoffsTitle")}
            </Title>
            {files("handoffs")}
          </Group>
          {handoffs.isPending && valid && <Loader size="sm" />}
          <ErrorAlert error={handoffs.error} />
          {f && <HandoffsSection f={f} />}
        </Paper>
        <Paper withBorder p="md" radius="sm" data-testid="report-figures">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t("handoffFigures.reportsTitle")}
            </Title>
            {files("reports")}
          </Group>
          {reports.isPending && valid && <Loader size="sm" />}
          <ErrorAlert error={reports.error} />
          {reports.data && <ReportsSection f={reports.data} />}
        </Paper>
        <Accordion variant="contained">
          <Accordion.Item value="method">
            <Accordion.Control>{t("handoffFigures.methodTitle")}</Accordion.Control>
            <Accordion.Panel>
              <Text fz="sm" mb="xs">
                {t("handoffFigures.method.handoffs")}
              </Text>
              <Text fz="sm">{t("handoffFigures.method.reports")}</Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </>
  );
}
