import { Card, Center, Group, Loader, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { HandoffActions } from "./HandoffActions.tsx";
import { DueCell, StateBadges } from "./HandoffBits.tsx";
import { clockLabel, factLabel, groundLabel } from "./handoffLabels.ts";
import { handoffKeys, handoffsApi, type HandoffDetail, type HandoffFactView } from "./handoffsApi.ts";
import { RecordLink } from "./RecordLink.tsx";

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

/**
 * `/handoffs/$handoffId`: what was sent, by whom, to whom, on what ground and clock; the record it
 * concerns; the facts so far; and, for the receiving body, the next act (acknowledge, accept or
 * decline, answer).
 */
export function HandoffPage() {
  const { t } = useTranslation();
  const { handoffId } = useParams({ from: "/handoffs/$handoffId" });
  const q = useQuery({ queryKey: handoffKeys.one(handoffId), queryFn: () => handoffsApi.get(handoffId) });
  const h = q.data;
  // The server says whether the reader's body is the receiver (it alone acts on the hand-off).
  const isReceiver = h?.receiverSide === true;
  return (
    <>
      <PageTitle>{h ? groundLabel(t, h.ground) : t("handoff.pageTitle")}</PageTitle>
      <ErrorAlert error={q.error} testId="handoff-error" />
      {q.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {h && (
        <Stack gap="md">
          <Summary h={h} isReceiver={isReceiver} />
          {isReceiver && <HandoffActions handoff={h} />}
          <Facts h={h} isReceiver={isReceiver} />
        </Stack>
      )}
    </>
  );
}

function Summary({ h, isReceiver }: { h: HandoffDetail; isReceiver: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="handoff-card" data-state={h.state}>
      <Group justify="space-between" mb="sm" align="flex-start">
        <StateBadges row={h} />
        <Text size="sm" c="dimmed">
          {t(isReceiver ? "handoff.youReceive" : "handoff.youSent")}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Item label={t("handoff.field.ground")}>
          <Text size="sm">{groundLabel(t, h.ground)}</Text>
          <Text size="xs" c="dimmed">
            <LawCitation code={h.article} testId="handoff-article" />
          </Text>
        </Item>
        <Item label={t("handoff.field.record")}>
          <RecordLink record={h.record} />
        </Item>
        <Item label={t("handoff.field.clock")}>
          <Text size="sm">{clockLabel(t, h.clock)}</Text>
        </Item>
        <Item label={t("handoff.field.from")}>
          <Text size="sm" data-testid="handoff-sender">
            {localName(h.senderBody.name, lang)}
          </Text>
        </Item>
        <Item label={t("handoff.field.to")}>
          <Text size="sm" data-testid="handoff-receiver">
            {localName(h.receiverBody.name, lang)}
          </Text>
        </Item>
        <Item label={t("handoff.field.sent")}>
          <Text size="sm">{formatDateTime(h.sentAt, lang)}</Text>
        </Item>
        <Item label={t("handoff.field.due")}>
          <DueCell row={h} now={new Date()} />
        </Item>
        <Item label={t("handoff.field.received")}>
          <Text size="sm" data-testid="handoff-received-at">
            {formatDateTime(h.receivedAt, lang)}
          </Text>
        </Item>
        <Item label={t("handoff.field.answered")}>
          <Text size="sm">{formatDateTime(h.answeredAt, lang)}</Text>
        </Item>
        {h.declineReason && (
          <Item label={t("handoff.field.declineReason")}>
            <Text size="sm">{h.declineReason}</Text>
          </Item>
        )}
        {h.outcome && (
          <Item label={t("handoff.field.outcome")}>
            <Text size="sm" data-testid="handoff-outcome">
              {h.outcome}
            </Text>
          </Item>
        )}
        {h.reroutedFromId && (
          <Item label={t("handoff.field.reroutedFrom")}>
            <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.reroutedFromId }} size="sm">
              {t("handoff.openEarlier")}
            </AnchorLink>
          </Item>
        )}
      </SimpleGrid>
    </Card>
  );
}

function Facts({ h, isReceiver }: { h: HandoffDetail; isReceiver: boolean }) {
  const { t } = useTranslation();
  const facts = [...h.facts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t("handoff.timeline")}
      </Title>
      {facts.length === 0 ? (
        <Text c="dimmed">{t("handoff.noFacts")}</Text>
      ) : (
        <Timeline active={facts.length - 1} bulletSize={14} lineWidth={2} data-testid="handoff-timeline">
          {facts.map((f, i) => (
            <Timeline.Item
              key={`${f.type}:${f.at}:${i}`}
              title={factLabel(t, f.type)}
              data-testid="handoff-fact"
              data-type={f.type}
            >
              <Fact f={f} isReceiver={isReceiver} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}

/**
 * One fact: when, who and of which body, the reason or outcome. A decline's re-route is linked for
 * the sender, who follows the new hand-off; the declining body no longer reaches it.
 */
function Fact({ f, isReceiver }: { f: HandoffFactView; isReceiver: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const who = [f.byName, f.byBody ? localName(f.byBody.name, lang) : null].filter(Boolean).join(", ");
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {formatDateTime(f.at, lang)}
        {who && ` · ${who}`}
      </Text>
      {f.reason && <Text size="sm">{t("handoff.factReason", { reason: f.reason })}</Text>}
      {f.reroutedToId && isReceiver && <Text size="sm">{t("handoff.rerouted")}</Text>}
      {f.reroutedToId && !isReceiver && (
        <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: f.reroutedToId }} size="sm">
          {t("handoff.openRerouted")}
        </AnchorLink>
      )}
      {f.outcome && <Text size="sm">{t("handoff.factOutcome", { outcome: f.outcome })}</Text>}
    </Stack>
  );
}
