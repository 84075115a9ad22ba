import {
  Anchor,
  Badge,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { hasPrintedForm } from "@aldyn/contract/printed-forms";
import { CITED_ACTS } from "@aldyn/law/citation";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import type { Measure } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, formatDateTime, lawCitation } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { canIssueMeasures } from "../../shell/abilities.ts";
import { AttachmentsPanel } from "../../components/AttachmentsPanel.tsx";
import { WithheldNotice } from "../../components/Withheld.tsx";
import { FactPanel } from "./FactPanel.tsx";
import { groundLabel, labelOf, statusColor } from "./labels.ts";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/** `/measures/$measureId`: status, validity, duties, control schedule, register placement, facts. */
export function MeasurePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { measureId } = useParams({ from: "/measures/$measureId" });
  const measure = useQuery({
    queryKey: measureKeys.one(measureId),
    queryFn: () => measuresApi.get(measureId),
  });
  const m = measure.data;
  return (
    <>
      <PageTitle>{m ? t(`measureKind.${m.kind}`) : t("measures.pageTitle")}</PageTitle>
      <ErrorAlert error={measure.error} />
      {measure.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {m && (
        <Stack gap="md">
          <MeasureSummary measure={m} />
          <WithheldNotice parts={m.withheld} />
          <DutiesCard measure={m} />
          {canIssueMeasures(user.roles) && <FactPanel measure={m} />}
          <FactsCard measure={m} />
          <AttachmentsPanel recordType="measure" recordId={m.id} canUpload={canIssueMeasures(user.roles)} />
        </Stack>
      )}
    </>
  );
}

function MeasureSummary({ measure: m }: { measure: Measure }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="measure-card">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Badge size="lg" color={statusColor(m.status)} data-testid="measure-status" data-status={m.status}>
            {labelOf(t, "measureStatus", m.status)}
          </Badge>
          {m.awaiting && <Badge variant="light">{labelOf(t, "awaiting", m.awaiting)}</Badge>}
        </Group>
        <Group gap="xs">
          {m.personId && (
            <AnchorLink to="/persons/$personId" params={{ personId: m.personId }}>
              {t("measures.openPerson")}
            </AnchorLink>
          )}
          {/* Only the kinds with a printed form (the contract's PRINTED_MEASURE_KINDS; others 404).
              The forms print in Kazakh and Russian: first the page's language (Russian for English). */}
          {hasPrintedForm(m.kind) &&
            (lang === "kk" ? (["kk", "ru"] as const) : (["ru", "kk"] as const)).map((docLang, i) => (
              <Anchor
                key={docLang}
                href={measuresApi.documentUrl(m.id, docLang)}
                download
                data-testid={i === 0 ? "download-pdf" : "download-pdf-alt"}
                data-lang={docLang}
              >
                {t("measures.downloadPdf", { lang: t(`lang.${docLang}`) })}
              </Anchor>
            ))}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Item label={t("measures.issuedAt")}>{formatDateTime(m.issuedAt, lang)}</Item>
        <Item label={t("measures.validity")}>
          <span data-testid="measure-validity">
            {m.validFrom || m.validUntil
              ? `${formatDate(m.validFrom, lang)} — ${formatDate(m.validUntil, lang)}`
              : t("measures.notYetValid")}
          </span>
        </Item>
        <Item label={t("measures.servedAt")}>{formatDateTime(m.servedAt, lang)}</Item>
        <Item label={t("measures.signature")}>{labelOf(t, "signatureStatus", m.signature)}</Item>
        <Item label={t("measures.legalGround")}>{labelOf(t, "legalGround", m.input.legalGround)}</Item>
        <Item label={t("measures.justification")}>{m.input.justification.text}</Item>
        <Item label={t("measures.lawVersion")}>
          {/* The text in force by its title, not its file code ("001"). */}
          {CITED_ACTS[m.lawVersion as keyof typeof CITED_ACTS]?.[lang].title ?? m.lawVersion}
        </Item>
        <Item label={t("measures.register")}>
          <span data-testid="measure-register">
            {m.register.places
              ? t("measures.placesOnRegister", {
                  ground: m.register.ground ? groundLabel(t, m.register.ground) : (m.register.article ?? ""),
                  since: formatDate(m.register.since, lang),
                })
              : t("measures.noRegister")}
          </span>
          {m.register.entryIds.map((entryId) => (
            <AnchorLink
              key={entryId}
              to="/register/$entryId"
              params={{ entryId }}
              ml="xs"
              data-testid="measure-register-entry"
            >
              {t("register.open")}
            </AnchorLink>
          ))}
        </Item>
        {m.termination && (
          <Item label={t("measures.terminated")}>
            {formatDateTime(m.termination.at, lang)} · {labelOf(t, "terminationGround", m.termination.ground)}
          </Item>
        )}
      </SimpleGrid>
    </Card>
  );
}

function DutiesCard({ measure: m }: { measure: Measure }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("measures.duties")}
      </Title>
      {m.duties.length === 0 && <Text c="dimmed">{t("measures.noDuties")}</Text>}
      <Stack gap={4}>
        {m.duties.map((d) => (
          <Group key={d.code} gap="xs" data-testid="measure-duty">
            <Text>{labelOf(t, "duty", d.code)}</Text>
            <Text size="xs" c="dimmed">
              ({lawCitation(t, d.article)})
            </Text>
            {d.doneAt ? (
              <Badge color={d.late ? "orange" : "green"} variant="light">
                {t(d.late ? "measures.doneLate" : "measures.done")} {formatDateTime(d.doneAt, lang)}
              </Badge>
            ) : (
              <Badge
                color={d.overdue ? "red" : "orange"}
                data-testid={d.overdue ? "badge-overdue" : "badge-due"}
              >
                {t(d.overdue ? "worklists.overdue" : "worklists.due")} {formatDateTime(d.dueAt, lang)}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
      {m.control && (
        <div data-testid="measure-control">
          <Title order={3} size="h5" mt="md" mb={4}>
            {t("measures.control")}
          </Title>
          <Text size="sm">
            {m.control.frequency.per === "month"
              ? t("measures.perMonth", { times: m.control.frequency.times })
              : t("measures.everyDays", { days: m.control.frequency.days })}{" "}
            ({lawCitation(t, m.control.article)}) ·{" "}
            {t("measures.checksDone", { count: m.control.checksDone })}
          </Text>
          <Group gap="xs" mt={4}>
            <Text size="sm">{t("measures.nextCheck")}:</Text>
            <Badge color={m.control.overdue ? "red" : "blue"} data-testid="measure-next-check">
              {formatDate(m.control.nextDue, lang)}
            </Badge>
            {m.control.missed.length > 0 && (
              <Text size="sm" c="red.8">
                {t("measures.missed", { dates: m.control.missed.map((x) => formatDate(x, lang)).join(", ") })}
              </Text>
            )}
          </Group>
        </div>
      )}
    </Card>
  );
}

function FactsCard({ measure: m }: { measure: Measure }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("measures.facts")}
      </Title>
      <Table data-testid="measure-facts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("measures.factAt")}</Table.Th>
            <Table.Th>{t("measures.factType")}</Table.Th>
            <Table.Th>{t("measures.factData")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.facts.map((f) => (
            <Table.Tr key={f.seq} data-testid="measure-fact">
              <Table.Td>{formatDateTime(f.at, lang)}</Table.Td>
              <Table.Td>{labelOf(t, "factType", f.type)}</Table.Td>
              <Table.Td>
                {Object.entries(f.data)
                  .filter(([k]) => k !== "type" && k !== "at")
                  .map(([k, v]) => `${k}: ${String(v)}`)
                  .join("; ")}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
