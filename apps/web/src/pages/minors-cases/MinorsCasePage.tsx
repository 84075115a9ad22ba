import {
  Badge,
  Button,
  Card,
  Center,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel, stateLabel } from "../handoffs/handoffLabels.ts";
import { caseKeys, casesApi } from "./casesApi.ts";
import { caseActions, caseStateColor, eventNote } from "./caseDomain.ts";
import type { MinorsCaseDetail } from "./caseTypes.ts";
import { AddMaterialModal, CloseCaseModal } from "./CaseModals.tsx";

/**
 * `/minors-cases/:caseId`: one case of the commission (001 Art. 79(6)(9)) — the minor and the persons,
 * the materials gathered, the meetings that considered it with their decisions and articles, the
 * decisions' duties sent as hand-offs, and its events; the secretary adds materials, marks it ready
 * (it then fills the next meeting's agenda) and closes it once decided.
 */
export function MinorsCasePage() {
  const { t } = useTranslation();
  const { caseId } = useParams({ strict: false }) as { caseId: string };
  const one = useQuery({ queryKey: caseKeys.one(caseId), queryFn: () => casesApi.one(caseId) });
  if (one.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  if (!one.data) return <ErrorAlert error={one.error} testId="minors-case-load-error" />;
  return <CaseView c={one.data} />;
}

function CaseView({ c }: { c: MinorsCaseDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const writer = c.canWrite;
  const acts = caseActions(c.state);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState(false);
  const ready = useMutation({
    mutationFn: () => casesApi.ready(c.id, c.version),
    onSuccess: async () => {
      notifySaved(t("minorsCases.markedReady"));
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
  return (
    <>
      <PageTitle
        actions={
          writer && (
            <>
              {acts.addMaterial && (
                <Button
                  variant="default"
                  onClick={() => setAdding(true)}
                  data-testid="minors-case-add-material"
                >
                  {t("minorsCases.addMaterial")}
                </Button>
              )}
              {acts.ready && (
                <Button
                  loading={ready.isPending}
                  onClick={() => ready.mutate()}
                  data-testid="minors-case-ready"
                >
                  {t("minorsCases.markReady")}
                </Button>
              )}
              {acts.close && (
                <Button variant="light" onClick={() => setClosing(true)} data-testid="minors-case-close">
                  {t("minorsCases.close")}
                </Button>
              )}
            </>
          )
        }
      >
        {t("minorsCases.caseTitle", { number: c.number })}
      </PageTitle>
      <ErrorAlert error={ready.error} testId="minors-case-ready-error" />
      <Card withBorder mb="md" data-testid="minors-case-card">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Item label={t("minorsCases.field.minor")}>
            <AnchorLink to="/persons/$personId" params={{ personId: c.minor.id }}>
              {c.minor.fullName}
            </AnchorLink>
          </Item>
          <Item label={t("minorsCases.field.subject")}>{t(`minorsCases.subject.${c.subject}`)}</Item>
          <Item label={t("minorsCases.field.source")}>{t(`minorsCases.source.${c.source}`)}</Item>
          <Item label={t("minorsCases.col.state")}>
            <Badge
              color={caseStateColor(c.state)}
              variant="light"
              data-testid="minors-case-state"
              data-state={c.state}
            >
              {t(`minorsCases.state.${c.state}`)}
            </Badge>
            {c.urgent && (
              <Badge color="red" variant="light" ml="xs">
                {t("minorsCases.urgent")}
              </Badge>
            )}
          </Item>
          <Item label={t("minorsCases.field.commission")}>{localName(c.commission.name, lang)}</Item>
          <Item label={t("minorsCases.col.openedOn")}>{formatDate(c.openedOn)}</Item>
          <Item label={t("minorsCases.field.readyAt")}>{formatDateTime(c.readyAt)}</Item>
          <Item label={t("minorsCases.field.persons")}>
            {c.persons.length === 0
              ? "—"
              : c.persons.map((p) => (
                  <div key={`${p.id}-${p.role}`}>
                    {p.fullName} ({t(`minorsCases.personRole.${p.role}`)})
                  </div>
                ))}
          </Item>
        </SimpleGrid>
        {c.summary && (
          <Text mt="sm" size="sm" data-testid="minors-case-summary-text">
            {c.summary}
          </Text>
        )}
        {c.closedReason && (
          <Text mt="xs" size="sm">
            {t("minorsCases.closedOn", { date: formatDate(c.closedOn) })}: {c.closedReason}
          </Text>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t("minorsCases.basis")} <LawCitation code="001 Art. 79(6)(9)" />
        </Text>
      </Card>

      <Section title={t("minorsCases.materials")}>
        <Table striped data-testid="minors-case-materials">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t("minorsCases.field.kind")}</Table.Th>
              <Table.Th>{t("minorsCases.field.title")}</Table.Th>
              <Table.Th>{t("minorsCases.field.receivedOn")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.materialsList.length === 0 && <EmptyRow colSpan={4} text={t("minorsCases.noMaterials")} />}
            {c.materialsList.map((m) => (
              <Table.Tr key={m.id} data-testid="minors-case-material-row">
                <Table.Td>{m.seq}</Table.Td>
                <Table.Td>{t(`minorsCases.materialKind.${m.kind}`)}</Table.Td>
                <Table.Td>
                  {m.handoff ? (
                    <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: m.handoff.id }}>
                      {m.title}
                    </AnchorLink>
                  ) : m.measureId ? (
                    <AnchorLink to="/measures/$measureId" params={{ measureId: m.measureId }}>
                      {m.title}
                    </AnchorLink>
                  ) : (
                    m.title
                  )}
                  {m.handoff && (
                    <Text size="xs" c="dimmed">
                      {localName(m.handoff.senderBody.name, lang)} · <LawCitation code={m.handoff.article} />
                    </Text>
                  )}
                  {m.note && <Text size="xs">{m.note}</Text>}
                </Table.Td>
                <Table.Td>{formatDate(m.receivedOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>

      <Section title={t("minorsCases.decisions")}>
        {c.decisions.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("minorsCases.noDecisions")}
          </Text>
        )}
        <Stack gap="xs">
          {c.decisions.map((i) => (
            <Card key={i.itemId} withBorder padding="sm" data-testid="minors-case-decision">
              <Group justify="space-between">
                <AnchorLink to="/meetings/$meetingId" params={{ meetingId: i.meetingId }}>
                  {t("meetings.meetingOf", {
                    number: i.meetingNumber ?? "",
                    date: formatDateTime(i.meetingOn),
                  })}
                </AnchorLink>
                {i.decision && (
                  <Badge variant="light" color={i.final ? "green" : "orange"}>
                    {t(i.final ? "minorsCases.final" : "minorsCases.notFinal")}
                  </Badge>
                )}
              </Group>
              {i.decision ? (
                <>
                  <Text size="sm" fw={500}>
                    {t(`meetings.decision.${i.decision}`)}
                    {i.article && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        — <LawCitation code={i.article} />
                      </Text>
                    )}
                  </Text>
                  {i.text && <Text size="sm">{i.text}</Text>}
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("meetings.notDecided")}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      </Section>

      <Section title={t("minorsCases.duties")}>
        <Table striped data-testid="minors-case-duties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("minorsCases.col.receiver")}</Table.Th>
              <Table.Th>{t("minorsCases.col.ground")}</Table.Th>
              <Table.Th>{t("minorsCases.col.due")}</Table.Th>
              <Table.Th>{t("minorsCases.col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.duties.length === 0 && <EmptyRow colSpan={4} text={t("minorsCases.noDuties")} />}
            {c.duties.map((h) => (
              <Table.Tr key={h.handoffId}>
                <Table.Td>{localName(h.receiverBody.name, lang)}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.handoffId }}>
                    {groundLabel(t, "minors_commission.decision_duty")}
                  </AnchorLink>
                  {h.outcome && <Text size="xs">{h.outcome}</Text>}
                </Table.Td>
                <Table.Td>{formatDate(h.dueAt)}</Table.Td>
                <Table.Td>{stateLabel(t, h.state)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>

      <Section title={t("minorsCases.events")}>
        <Timeline bulletSize={14} lineWidth={2} data-testid="minors-case-events">
          {c.events.map((e) => (
            <Timeline.Item key={e.seq} title={t(`minorsCases.event.${e.type}`)}>
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at)}
                {e.byName ? ` · ${e.byName}` : ""}
              </Text>
              {e.note && <Text size="sm">{eventNote(t, e.note)}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      </Section>
      {adding && <AddMaterialModal caseId={c.id} onClose={() => setAdding(false)} />}
      {closing && <CloseCaseModal caseId={c.id} version={c.version} onClose={() => setClosing(false)} />}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" mb="lg">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
