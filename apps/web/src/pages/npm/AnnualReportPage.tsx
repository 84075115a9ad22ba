import { Anchor, Badge, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { npmAnnualApi, npmKeys, type NpmDocLang } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useLanguage } from "../../i18n/index.ts";
import { annualRights, yearOptions } from "./annual.ts";
import { AnnualDraftForm } from "./AnnualDraftForm.tsx";
import { AnnualFiguresView } from "./AnnualFiguresView.tsx";
import { AnnualPublication } from "./AnnualPublication.tsx";
import { AnnualRecipients } from "./AnnualRecipients.tsx";
import { AnnualRecommendations } from "./AnnualRecommendations.tsx";
import { AnnualSuggestions } from "./AnnualSuggestions.tsx";

/** PDF and HTML copies for publication; the documents print in Kazakh and Russian, page language first. */
function Downloads({ year }: { year: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const langs: NpmDocLang[] = lang === "kk" ? ["kk", "ru"] : ["ru", "kk"];
  return (
    <Group gap="md" data-testid="npm-annual-downloads">
      {langs.map((l) => (
        <Group key={l} gap="sm">
          <Anchor href={npmAnnualApi.pdfUrl(year, l)} download data-testid={`npm-annual-pdf-${l}`}>
            {t("npm.annual.pdf", { lang: t(`lang.${l}`) })}
          </Anchor>
          <Anchor href={npmAnnualApi.htmlUrl(year, l)} target="_blank" data-testid={`npm-annual-html-${l}`}>
            {t("npm.annual.html", { lang: t(`lang.${l}`) })}
          </Anchor>
        </Group>
      ))}
    </Group>
  );
}

/** The year's figures before a draft exists, so the office sees what the draft will contain. */
function Preview({ year }: { year: number }) {
  const { t } = useTranslation();
  const figures = useQuery({
    queryKey: npmKeys.annualFigures(year),
    queryFn: () => npmAnnualApi.figures(year),
  });
  return (
    <Stack>
      <Title order={2} size="h4">
        {t("npm.annual.preview", { year })}
      </Title>
      <ErrorAlert error={figures.error} />
      {figures.data && <AnnualFiguresView figures={figures.data} />}
    </Stack>
  );
}

/**
 * The annual consolidated report (issue 5 item 7; 000 Arts. 34, 36(2)): pick a year, generate the
 * draft, read its figures, the Council approves, the office records the publication within a month
 * and the state bodies' answers within three months; PDF and HTML for the website. Roles follow the
 * server's policy (`annualRights`): the Council and participants draft and edit the suggestions until
 * approval, the Council approves, the Commissioner's office records, everyone in the NPM reads.
 */
export function AnnualReportPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const report = useQuery({
    queryKey: npmKeys.annual(year),
    queryFn: () => npmAnnualApi.report(year),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const missing = report.error instanceof ApiError && report.error.status === 404;
  const may = annualRights(user.roles);
  const r = report.data;
  return (
    <>
      <PageTitle>{t("npm.annual.title")}</PageTitle>
      <Group align="end" mb="md">
        <NativeSelect
          label={t("npm.annual.year")}
          value={String(year)}
          onChange={(e) => setYear(Number(e.currentTarget.value))}
          data={yearOptions(thisYear).map((y) => String(y))}
          data-testid="npm-annual-year"
        />
        {r && (
          <Badge
            size="lg"
            color={r.approvedOn ? "green" : "gray"}
            data-testid="npm-annual-status"
            data-status={r.status}
          >
            {t(`npm.annual.status_${r.status}`)}
          </Badge>
        )}
      </Group>
      {!missing && <ErrorAlert error={report.error} />}
      {missing && (
        <Stack data-testid="npm-annual-missing">
          <Text>{t("npm.annual.none", { year })}</Text>
          {may.draft && <AnnualDraftForm year={year} />}
          <Preview year={year} />
        </Stack>
      )}
      {r && (
        <Stack data-testid="npm-annual-report" data-year={r.year}>
          <Downloads year={r.year} />
          <AnnualPublication report={r} canApprove={may.approve} canRecord={may.record} />
          <AnnualRecommendations report={r} canEdit={may.draft} />
          <AnnualSuggestions report={r} canEdit={may.draft} />
          <Title order={2} size="h4">
            {t("npm.annual.figures")}
          </Title>
          <AnnualFiguresView figures={r.figures} />
          <AnnualRecipients report={r} canRecord={may.record} />
        </Stack>
      )}
    </>
  );
}
