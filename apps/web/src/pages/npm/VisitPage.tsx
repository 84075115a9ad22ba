import {
  Anchor,
  Badge,
  Blockquote,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmDocLang, type NpmVisit } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { useLanguage } from "../../i18n/index.ts";
import { detailText } from "../../api/errors.ts";
import { formatDate, formatDateTime, LawCitation, withLawCitations } from "../../format.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { ComplaintsPanel } from "./ComplaintsPanel.tsx";
import { InterviewsPanel } from "./InterviewsPanel.tsx";
import { RecommendationRow } from "./RecommendationRow.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { useNpmNames } from "./useNpmNames.ts";
import { VisitCostsPanel } from "./VisitCostsPanel.tsx";
import { VisitFactForm } from "./VisitFactForm.tsx";
import { ReportDue } from "./VisitsPage.tsx";

/** Adds a member to the group; a fourth (a third on a special visit) is refused under 003 p.8. */
function AddMember({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { participants } = useNpmNames();
  const candidates = participants.filter(
    (p) => p.powersActive && !visit.members.some((m) => m.participantId === p.id),
  );
  const [id, setId] = useState("");
  const add = useMutation({
    mutationFn: () => npmApi.addMember(visit.id, visit.version, id || (candidates[0]?.id ?? "")),
    onSuccess: (updated) => queryClient.setQueryData(npmKeys.visit(visit.id), updated),
  });
  return (
    <Stack gap="xs" mt="sm">
      <Group align="end">
        <NativeSelect
          label={t("npm.visit.addMember")}
          value={id}
          onChange={(e) => setId(e.currentTarget.value)}
          data={candidates.map((p) => ({ value: p.id, label: p.fullName }))}
          data-testid="npm-member-select"
        />
        <Button onClick={() => add.mutate()} loading={add.isPending} data-testid="npm-member-add">
          {t("npm.visit.add")}
        </Button>
      </Group>
      <ErrorAlert error={add.error} testId="npm-member-error" />
    </Stack>
  );
}

function Duties({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  if (visit.duties.length === 0) return <Text c="dimmed">{t("npm.duty.none")}</Text>;
  return (
    <Table data-testid="npm-duties">
      <Table.Tbody>
        {visit.duties.map((d) => (
          <Table.Tr key={d.kind} data-testid="npm-duty" data-kind={d.kind} data-done={d.doneAt !== null}>
            <Table.Td>{t(`npm.duty.${d.kind}`, { defaultValue: d.kind })}</Table.Td>
            <Table.Td>
              <LawCitation code={d.article} />
            </Table.Td>
            <Table.Td>{d.dueAt ? t("npm.duty.dueAt", { date: formatDateTime(d.dueAt) }) : "—"}</Table.Td>
            <Table.Td>
              {d.doneAt ? (
                <Badge color={d.late ? "orange" : "green"} variant="light">
                  {t("npm.duty.done")}
                </Badge>
              ) : (
                <Badge color={d.overdue ? "red" : "blue"} variant="light">
                  {t(d.overdue ? "npm.duty.overdue" : "npm.duty.open")}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A fact of the visit as it happened: the day or time entered (a start on the day it started, a
 * signature at the hour signed — not when it was typed in, which shows on hover) and who signed,
 * dissented or gave the opinion (003 pp.15, 27).
 */
function FactLine({ fact: f }: { fact: NpmVisit["facts"][number] }) {
  const { t } = useTranslation();
  const when = f.on ? formatDate(f.on) : formatDateTime(f.at ?? f.recordedAt);
  return (
    <Text size="sm" span title={t("npm.fact.recordedAt", { date: formatDateTime(f.recordedAt) })}>
      {t(`npm.factType.${f.type}`, { defaultValue: f.type })} ·{" "}
      <span data-testid="npm-fact-when">{when}</span>
      {f.by && (
        <>
          {" · "}
          <span data-testid="npm-fact-by">{f.by}</span>
        </>
      )}
    </Text>
  );
}

/** Roles that read the group's report (server policy `npm_report` read; 003 p.27, 000 Art. 35). */
const REPORT_READERS = ["npm_participant", "commissioner_representative", "coordinating_council_member"];

/** The printed report in both languages, the page language first. */
function ReportPdfLinks({ visitId }: { visitId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const langs: NpmDocLang[] = lang === "kk" ? ["kk", "ru"] : ["ru", "kk"];
  return (
    <Group gap="md" mt="xs" data-testid="npm-report-pdf">
      {langs.map((l) => (
        <Anchor key={l} href={npmApi.reportPdfUrl(visitId, l)} download data-testid={`npm-report-pdf-${l}`}>
          {t("npm.report.pdf", { lang: t(`lang.${l}`) })}
        </Anchor>
      ))}
    </Group>
  );
}

/** A visit: status, report due, group, duties (003 p.26), facts, the report and the complaints. */
export function VisitPage() {
  const { t } = useTranslation();
  const { visitId } = useParams({ from: "/npm/visits/$visitId" });
  const { user } = useSession();
  const { institutionName, participantName } = useNpmNames();
  const visit = useQuery({ queryKey: npmKeys.visit(visitId), queryFn: () => npmApi.visit(visitId) });
  const v = visit.data;
  const rep = user.roles.includes("commissioner_representative");
  const participant = user.roles.includes("npm_participant");
  return (
    <>
      <PageTitle>{t("npm.visit.pageTitle")}</PageTitle>
      <ErrorAlert error={visit.error} />
      {v && (
        <Stack>
          <Card withBorder data-testid="npm-visit-card">
            <Group gap="sm">
              <Badge data-testid="npm-visit-status" data-status={v.status}>
                {t(`npm.visitStatus.${v.status}`, { defaultValue: v.status })}
              </Badge>
              <Text>
                {t(`npm.visitKind.${v.kind}`)} · {t(`npm.visitForm.${v.form}`)} · {formatDate(v.startsOn)} –{" "}
                {formatDate(v.endsOn)}
              </Text>
              <ReportDue visit={v} />
            </Group>
            <Text mt="xs">{v.institutionIds.map(institutionName).join(", ")}</Text>
            {v.representativeName && (
              <Text size="sm" c="dimmed">
                {t("npm.visit.representative")}: {v.representativeName}
              </Text>
            )}
            {v.durationRefusals.map((r) => (
              <Text key={r.code} c="red" size="sm">
                {detailText(t, { code: r.code, message: withLawCitations(t, r.message), field: "" })} (
                <LawCitation code={r.article} />)
              </Text>
            ))}
          </Card>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card withBorder>
              <Title order={2} size="h4">
                {t("npm.visit.group")}
              </Title>
              <List data-testid="npm-members">
                {v.members.map((m) => (
                  <List.Item key={m.participantId} data-testid="npm-member">
                    {participantName(m.participantId)}
                    {v.missingSignatures.includes(m.participantId) && ` · ${t("npm.visit.notSigned")}`}
                    {v.missingDissentingOpinions.includes(m.participantId) &&
                      ` · ${t("npm.visit.opinionMissing")}`}
                  </List.Item>
                ))}
              </List>
              {rep && !v.reportSubmittedAt && <AddMember visit={v} />}
            </Card>
            <Card withBorder>
              <Title order={2} size="h4">
                {t("npm.duty.title")}
              </Title>
              <Duties visit={v} />
            </Card>
          </SimpleGrid>
          <Card withBorder>
            <Title order={2} size="h4">
              {t("npm.fact.list")}
            </Title>
            <List size="sm" data-testid="npm-facts">
              {v.facts.length === 0 && <Text c="dimmed">{t("npm.fact.none")}</Text>}
              {v.facts.map((f, i) => (
                <List.Item key={i} data-testid="npm-fact" data-type={f.type}>
                  <FactLine fact={f} />
                </List.Item>
              ))}
            </List>
          </Card>
          {v.report && (
            <Card withBorder data-testid="npm-report">
              <Title order={2} size="h4">
                {t("npm.report.title")}
              </Title>
              <Text style={{ whiteSpace: "pre-wrap" }}>{v.report.findings}</Text>
              {user.roles.some((r) => REPORT_READERS.includes(r)) && <ReportPdfLinks visitId={v.id} />}
              {v.report.dissentingOpinions.map((o) => (
                <Blockquote key={o.participantId} mt="sm" data-testid="npm-report-dissent">
                  <Text fw={500} size="sm">
                    {t("npm.report.dissentingOpinion", { name: participantName(o.participantId) })}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{o.text}</Text>
                </Blockquote>
              ))}
              {v.report.expertOpinions.map((o) => (
                <Blockquote key={o.expertId} mt="sm" color="gray" data-testid="npm-report-expert-opinion">
                  <Text fw={500} size="sm">
                    {t("npm.report.expertOpinion", { name: o.expertName })}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{o.text}</Text>
                </Blockquote>
              ))}
              <List size="sm" mt="xs">
                {v.recommendations.map((r) => (
                  <RecommendationRow key={r.id} rec={r} editable={rep} />
                ))}
              </List>
            </Card>
          )}
          {(participant || rep) && v.status !== "reported" && v.status !== "cancelled" && (
            <Card withBorder>
              <VisitFactForm visit={v} />
            </Card>
          )}
          {participant && !v.report && (
            <Card withBorder>
              <ReportForm visit={v} />
            </Card>
          )}
          <InterviewsPanel visit={v} />
          <ComplaintsPanel visitId={v.id} />
          <Card withBorder>
            <VisitCostsPanel visit={v} canRecord={participant || rep} />
          </Card>
        </Stack>
      )}
    </>
  );
}
