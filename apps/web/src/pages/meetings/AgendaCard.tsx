import { ActionIcon, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { formatDate, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { caseKeys } from "../minors-cases/casesApi.ts";
import { printLanguages } from "../family-support/fsDomain.ts";
import { moveItem, PROCEDURAL_DECISIONS } from "./meetingDomain.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { MeetingDetail, MeetingItem } from "./meetingTypes.ts";

interface Props {
  meeting: MeetingDetail;
  /** The secretary may order the agenda and record decisions (until the protocol is signed). */
  editable: boolean;
  /** The reader's member row: a voting member gives their own vote and dissent. */
  memberId: string | null;
  onDecide: (item: MeetingItem) => void;
  onVote: (item: MeetingItem) => void;
  onDissent: (item: MeetingItem) => void;
  onAddItem: () => void;
}

/**
 * The agenda (filled from the ready cases, urgent first then the oldest) which the secretary orders
 * with up and down buttons — the keyboard reaches them, each says what it moves — and saves; each
 * item's decision with its article, votes, dissents and duties once recorded.
 */
export function AgendaCard(props: Props) {
  const { meeting, editable } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = meeting.items.map((i) => i.id);
  const [order, setOrder] = useState<string[]>(saved);
  // A new answer (an item added or removed) starts from the server's order.
  const known = order.length === saved.length && saved.every((id) => order.includes(id));
  const ids = known ? order : saved;
  const byId = new Map(meeting.items.map((i) => [i.id, i]));
  const changed = ids.some((id, i) => id !== saved[i]);
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
    await queryClient.invalidateQueries({ queryKey: caseKeys.all });
  };
  const saveOrder = useMutation({
    mutationFn: () => meetingsApi.order(meeting.id, ids),
    onSuccess: async () => {
      notifySaved(t("meetings.orderSaved"));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (itemId: string) => meetingsApi.removeItem(meeting.id, itemId),
    onSuccess: refresh,
  });
  const reorderable = editable && meeting.items.every((i) => i.decision === null);
  return (
    <Card withBorder mb="md" data-testid="meeting-agenda">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("meetings.agenda")}
        </Title>
        {editable && (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={props.onAddItem} data-testid="meeting-add-item">
              {t("meetings.addItem")}
            </Button>
            {reorderable && (
              <Button
                size="xs"
                disabled={!changed}
                loading={saveOrder.isPending}
                onClick={() => saveOrder.mutate()}
                data-testid="meeting-agenda-save"
              >
                {t("meetings.saveOrder")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <ErrorAlert error={saveOrder.error ?? remove.error} testId="meeting-agenda-error" />
      {ids.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("meetings.noItems")}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {ids.map((id, index) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <Card
              component="li"
              key={id}
              withBorder
              padding="sm"
              data-testid="meeting-item"
              data-case-id={item.case?.id ?? ""}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  {reorderable && (
                    <Stack gap={2}>
                      <ActionIcon
                        variant="default"
                        size="sm"
                        disabled={index === 0}
                        aria-label={t("meetings.moveUp", { n: index + 1, title: item.title })}
                        onClick={() => setOrder(moveItem(ids, id, -1))}
                        data-testid="meeting-item-up"
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        size="sm"
                        disabled={index === ids.length - 1}
                        aria-label={t("meetings.moveDown", { n: index + 1, title: item.title })}
                        onClick={() => setOrder(moveItem(ids, id, 1))}
                        data-testid="meeting-item-down"
                      >
                        ↓
                      </ActionIcon>
                    </Stack>
                  )}
                  <ItemText item={item} n={index + 1} />
                </Group>
                <ItemActions
                  {...props}
                  item={item}
                  removing={remove.isPending}
                  onRemove={() => remove.mutate(id)}
                />
              </Group>
              {item.decision && <DecisionText item={item} />}
            </Card>
          );
        })}
      </Stack>
    </Card>
  );
}

function ItemText({ item, n }: { item: MeetingItem; n: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <div>
      <Text fw={500} size="sm">
        {n}. {item.title}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`meetings.itemKind.${item.kind}`)}
        {item.case && (
          <>
            {" · "}
            <AnchorLink to="/minors-cases/$caseId" params={{ caseId: item.case.id }} size="xs">
              {t("meetings.caseNumber", { number: item.case.number })}
            </AnchorLink>
            {" · "}
            {item.case.minor.fullName ?? t("minorsCases.withheld")}
            {item.case.urgent && ` · ${t("minorsCases.urgent")}`}
          </>
        )}
        {item.reportingBody && ` · ${localName(item.reportingBody.name, lang)}`}
      </Text>
    </div>
  );
}

function ItemActions(props: Props & { item: MeetingItem; removing: boolean; onRemove: () => void }) {
  const { meeting, item, editable, memberId } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const locked = meeting.protocol === "signed";
  return (
    <Group gap="xs" justify="flex-end">
      {editable && item.decision === null && (
        <Button size="xs" onClick={() => props.onDecide(item)} data-testid="meeting-item-decide">
          {t("meetings.recordDecision")}
        </Button>
      )}
      {editable && item.decision === null && meeting.state === "planned" && (
        <Button size="xs" variant="subtle" color="red" loading={props.removing} onClick={props.onRemove}>
          {t("meetings.removeItem")}
        </Button>
      )}
      {memberId && !locked && item.kind !== "other" && (
        <Button size="xs" variant="light" onClick={() => props.onVote(item)} data-testid="meeting-item-vote">
          {t("meetings.myVote")}
        </Button>
      )}
      {memberId && !locked && item.decision !== null && (
        <Button
          size="xs"
          variant="default"
          onClick={() => props.onDissent(item)}
          data-testid="meeting-item-dissent"
        >
          {t("meetings.dissent")}
        </Button>
      )}
      {item.decision !== null &&
        printLanguages(lang).map((l) => (
          <Anchor
            key={l}
            size="xs"
            href={meetingsApi.extractPdfUrl(meeting.id, item.id, l)}
            download
            data-testid={`meeting-item-extract-${l}`}
          >
            {t("meetings.extractPdf", { lang: t(`lang.${l}`) })}
          </Anchor>
        ))}
    </Group>
  );
}

function DecisionText({ item }: { item: MeetingItem }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = (v: string) => item.votes.filter((x) => x.vote === v).length;
  const d = item.decision!;
  return (
    <Stack gap={4} mt="xs" pl="xl" data-testid="meeting-item-decision" data-decision={d.code}>
      <Group gap="xs">
        <Badge
          variant="light"
          color={!d.adopted ? "red" : PROCEDURAL_DECISIONS.includes(d.code) ? "orange" : "green"}
        >
          {t(`meetings.decision.${d.code}`)}
        </Badge>
        {d.article && (
          <Text size="xs" c="dimmed">
            <LawCitation code={d.article} />
          </Text>
        )}
      </Group>
      {d.text && <Text size="sm">{d.text}</Text>}
      <Text size="xs" c="dimmed">
        {t("meetings.votesLine", { for: count("for"), against: count("against"), abstain: count("abstain") })}
      </Text>
      {item.heard.map((h, i) => (
        <Text size="xs" key={i}>
          {t("meetings.heardLine", { who: h.who, summary: h.summary })}
        </Text>
      ))}
      {item.dissents.map((x) => (
        <Text size="xs" key={`${x.memberId}-${x.text}`} c="orange.8" data-testid="meeting-item-dissent-text">
          {t("meetings.dissentLine", { name: x.fullName, text: x.text })}
        </Text>
      ))}
      {item.duties.map((x) => (
        <Text size="xs" key={x.id}>
          {t("meetings.dutyLine", {
            body: localName(x.responsibleBody.name, lang),
            what: x.what,
            due: formatDate(x.dueOn),
          })}
          {x.handoffId && (
            <>
              {" · "}
              <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: x.handoffId }} size="xs">
                {t("meetings.dutySent")}
              </AnchorLink>
            </>
          )}
        </Text>
      ))}
    </Stack>
  );
}
