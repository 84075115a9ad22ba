import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, registerApi } from "../../api/measures.ts";
import type { RegisterEntry } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";
import { AttachmentsPanel } from "../../components/AttachmentsPanel.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, LawCitation } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { canRecordChecks } from "../../shell/abilities.ts";
import { groundLabel, labelOf, registerFactLabel, statusColor } from "../measures/labels.ts";
import { RecordCheckModal } from "../worklists/RecordCheckModal.tsx";
import { LikelihoodPanel } from "./LikelihoodPanel.tsx";
import { MinorPanel } from "./MinorPanel.tsx";
import { RegisterFactModal, type RegisterAction } from "./RegisterFactModal.tsx";
import { frequencyText, measureName } from "./registerDomain.ts";

/** `/register/$entryId`: one entry of the preventive register (001 Art. 59), its facts and actions. */
export function RegisterEntryPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { entryId } = useParams({ from: "/register/$entryId" });
  const entry = useQuery({
    queryKey: measureKeys.registerEntry(entryId),
    queryFn: () => registerApi.get(entryId),
  });
  const [action, setAction] = useState<RegisterAction | "check" | null>(null);
  const e = entry.data;
  const writable = canRecordChecks(user.roles) && e?.status === "active";

  return (
    <>
      <PageTitle>
        {e?.personName ? t("register.pageTitleOf", { name: e.personName }) : t("register.pageTitle")}
      </PageTitle>
      <ErrorAlert error={entry.error} />
      {entry.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {e && (
        <Stack gap="md">
          <EntryCard entry={e} />
          {writable && (
            <Group gap="xs" data-testid="register-actions">
              <Button onClick={() => setAction("check")} data-testid="record-check">
                {t("worklists.recordCheck")}
              </Button>
              <Button variant="default" onClick={() => setAction("extended")} data-testid="register-extend">
                {t("register.extend")}
              </Button>
              {e.appeal.status === "pending" ? (
                <Button
                  variant="default"
                  onClick={() => setAction("appeal_decided")}
                  data-testid="register-appeal-decide"
                >
                  {t("register.appealDecide")}
                </Button>
              ) : (
                <Button variant="default" onClick={() => setAction("appealed")} data-testid="register-appeal">
                  {t("register.appeal")}
                </Button>
              )}
              <Button
                color="red"
                variant="light"
                onClick={() => setAction("terminated")}
                data-testid="register-terminate"
              >
                {t("register.terminate")}
              </Button>
            </Group>
          )}
          <ControlCard entry={e} />
          <LikelihoodPanel entry={e} canDecide={writable} />
          <MinorPanel entryId={e.id} writable={writable} />
          <FactsCard entry={e} />
          <AttachmentsPanel
            recordType="register_entry"
            recordId={e.id}
            canUpload={canRecordChecks(user.roles)}
          />
        </Stack>
      )}
      {e && action === "check" && (
        <RecordCheckModal
          target={{ source: "register_entry", id: e.id, label: e.personName ?? groundLabel(t, e.ground) }}
          onClose={() => setAction(null)}
        />
      )}
      {e && action && action !== "check" && (
        <RegisterFactModal entry={e} action={action} onClose={() => setAction(null)} />
      )}
    </>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th w={260} scope="row">
        {label}
      </Table.Th>
      <Table.Td data-testid={testId}>{children}</Table.Td>
    </Table.Tr>
  );
}

function EntryCard({ entry: e }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const end = e.termination ?? e.scheduledTermination;
  return (
    <Card withBorder data-testid="register-card">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" data-testid="register-ground">
          {groundLabel(t, e.ground)}
        </Title>
        <Group gap="xs">
          {/* The notice prints in Kazakh and Russian: first the page's language (Russian for English). */}
          {(lang === "kk" ? (["kk", "ru"] as const) : (["ru", "kk"] as const)).map((docLang, i) => (
            <Anchor
              key={docLang}
              href={registerApi.noticeUrl(e.id, docLang)}
              download
              data-testid={i === 0 ? "register-notice-pdf" : "register-notice-pdf-alt"}
              data-lang={docLang}
            >
              {t("register.noticePdf", { lang: t(`lang.${docLang}`) })}
            </Anchor>
          ))}
          <Badge color={statusColor(e.status)} data-testid="register-status" data-status={e.status}>
            {labelOf(t, "registerStatus", e.status)}
          </Badge>
        </Group>
      </Group>
      <Table variant="vertical" withTableBorder={false}>
        <Table.Tbody>
          <Row label={t("register.article")} testId="register-article">
            <LawCitation code={e.groundArticle} />
          </Row>
          <Row label={t("register.person")}>
            <AnchorLink
              to="/persons/$personId"
              params={{ personId: e.personId }}
              fw={500}
              data-testid="register-person"
            >
              {e.personName ?? t("measures.openPerson")}
            </AnchorLink>
          </Row>
          <Row label={t("register.placedOn")}>{formatDate(e.placedOn, lang)}</Row>
          <Row label={t("register.term")} testId="register-term">
            {e.lastDay ? t("register.until", { date: formatDate(e.lastDay, lang) }) : t("register.openEnded")}
          </Row>
          {end && (
            <Row
              label={e.termination ? t("register.terminatedOn") : t("register.endsOn")}
              testId="register-termination"
            >
              {formatDate(end.on, lang)} — {labelOf(t, "registerTermination", end.ground)}
            </Row>
          )}
          <Row label={t("register.appealStatus")} testId="register-appeal-status">
            {labelOf(t, "registerAppeal", e.appeal.status)}
            {e.appeal.lodgedOn ? ` · ${formatDate(e.appeal.lodgedOn, lang)}` : ""} (
            <LawCitation code={e.appeal.article} />)
          </Row>
          {e.measures.length > 0 && (
            <Row label={t("register.measures")}>
              <Stack gap={2}>
                {e.measures.map((m) => (
                  <AnchorLink
                    key={m.id}
                    to="/measures/$measureId"
                    params={{ measureId: m.id }}
                    data-testid="register-measure"
                  >
                    {measureName(t, m)}
                  </AnchorLink>
                ))}
              </Stack>
            </Row>
          )}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function ControlCard({ entry: e }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="register-control">
      <Title order={2} size="h4" mb="xs">
        {t("measures.control")}
      </Title>
      {!e.control ? (
        <Text c="dimmed">{t("register.noControl")}</Text>
      ) : (
        <Stack gap={4}>
          <Text>{frequencyText(t, e.control.frequency)}</Text>
          <Text data-testid="register-next-check">
            {t("measures.nextCheck")}: {formatDate(e.control.nextDue, lang)}{" "}
            {e.control.overdue && <Badge color="red">{t("worklists.overdue")}</Badge>}
          </Text>
          {e.control.missed.length > 0 && (
            <Alert color="orange">
              {t("measures.missed", { dates: e.control.missed.map((d) => formatDate(d, lang)).join(", ") })}
            </Alert>
          )}
        </Stack>
      )}
    </Card>
  );
}

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : undefined);

function FactsCard({ entry: e }: { entry: RegisterEntry }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const facts = [...e.facts].sort((a, b) => b.seq - a.seq);
  return (
    <Card withBorder data-testid="register-facts">
      <Title order={2} size="h4" mb="xs">
        {t("measures.facts")}
      </Title>
      {facts.length === 0 && <Text c="dimmed">{t("register.noFacts")}</Text>}
      <Stack gap={4} component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {facts.map((f) => {
          const d = f.data;
          const parts = [
            text(d.place),
            d.outcome !== undefined
              ? labelOf(
                  t,
                  f.type === "appeal_decided" ? "registerAppealOutcome" : "checkOutcome",
                  String(d.outcome),
                )
              : undefined,
            text(d.violation),
            d.ground !== undefined ? labelOf(t, "registerTermination", String(d.ground)) : undefined,
            d.until !== undefined
              ? d.until
                ? t("register.until", { date: formatDate(String(d.until), lang) })
                : t("register.openEnded")
              : undefined,
            d.level !== undefined ? labelOf(t, "likelihoodLevel", String(d.level)) : undefined,
            text(d.reason),
            text(d.note),
          ].filter((p): p is string => Boolean(p));
          return (
            <li key={f.seq} data-testid="register-fact" data-type={f.type}>
              <Group gap="xs" align="baseline">
                <Text size="sm" c="dimmed" w={110}>
                  {formatDate(f.on, lang)}
                </Text>
                <Text size="sm" fw={500}>
                  {registerFactLabel(t, f.type)}
                </Text>
                <Text size="sm">{parts.join(" · ")}</Text>
              </Group>
            </li>
          );
        })}
      </Stack>
    </Card>
  );
}
