import { Anchor, Badge, Button, Card, Center, Group, Loader, SimpleGrid, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { printLanguages } from "../family-support/fsDomain.ts";
import { caseKeys } from "../minors-cases/casesApi.ts";
import { AgendaCard } from "./AgendaCard.tsx";
import { AttendanceCard } from "./AttendanceCard.tsx";
import { DecisionModal } from "./DecisionModal.tsx";
import { InvitationsCard } from "./InvitationsCard.tsx";
import { AddItemModal, DissentModal, VoteModal } from "./ItemModals.tsx";
import { isLocked, meetingStateColor } from "./meetingLabels.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { MeetingDetail, MeetingItem } from "./meetingTypes.ts";

/**
 * `/meetings/:meetingId`: one meeting of the commission (001 Art. 79(6), procedure of 79(7) as the
 * system reads it). The secretary orders the agenda, marks attendance (the quorum follows live),
 * records invitations and their delivery, each item's decision, and signs the protocol with the
 * chair; the decisions' duties go to their bodies when both have signed. A member reads the
 * materials and gives their own vote and dissent. The invitation, protocol and extract print in kk/ru.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = useParams({ strict: false }) as { meetingId: string };
  const one = useQuery({ queryKey: meetingKeys.one(meetingId), queryFn: () => meetingsApi.one(meetingId) });
  if (one.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t("common.loading")} />
      </Center>
    );
  if (!one.data) return <ErrorAlert error={one.error} testId="meeting-load-error" />;
  return <MeetingView meeting={one.data} />;
}

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const locked = isLocked(meeting);
  const editable = !locked && meeting.me.secretary;
  const memberId = meeting.me.memberId;
  const signAs = [...(meeting.me.chair ? ["chair"] : []), ...(meeting.me.secretary ? ["secretary"] : [])];
  const [deciding, setDeciding] = useState<MeetingItem | null>(null);
  const [voting, setVoting] = useState<MeetingItem | null>(null);
  const [dissenting, setDissenting] = useState<MeetingItem | null>(null);
  const [adding, setAdding] = useState(false);
  const sign = useMutation({
    mutationFn: (as: "chair" | "secretary") => meetingsApi.sign(meeting.id, as),
    onSuccess: async (_, as) => {
      const other = as === "chair" ? meeting.signatures.secretary : meeting.signatures.chair;
      notifySaved(t(other ? "meetings.protocolSigned" : "meetings.signed"));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
  const signed = (as: "chair" | "secretary") => meeting.signatures[as]?.at ?? null;
  const decided = meeting.items.some((i) => i.decision !== null);
  return (
    <>
      <PageTitle
        actions={printLanguages(lang).map((l, i) => (
          <Anchor
            key={l}
            href={meetingsApi.protocolPdfUrl(meeting.id, l)}
            download
            data-testid={i === 0 ? "meeting-protocol-pdf" : "meeting-protocol-pdf-alt"}
          >
            {t("meetings.protocolPdf", { lang: t(`lang.${l}`) })}
          </Anchor>
        ))}
      >
        {t("meetings.meetingOf", { number: meeting.label, date: formatDateTime(meeting.scheduledAt) })}
      </PageTitle>
      <Card withBorder mb="md" data-testid="meeting-card">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Item label={t("meetings.field.place")}>{meeting.place}</Item>
          <Item label={t("meetings.col.state")}>
            <Badge
              variant="light"
              color={meetingStateColor(meeting.state)}
              data-testid="meeting-state"
              data-state={meeting.state}
            >
              {t(`meetings.state.${meeting.state}`)}
            </Badge>
          </Item>
          <Item label={t("meetings.col.protocol")}>
            <Badge
              variant="light"
              color={meetingStateColor(meeting.protocol)}
              data-testid="meeting-protocol-state"
              data-state={meeting.protocol}
            >
              {t(`meetings.protocolState.${meeting.protocol}`)}
            </Badge>
          </Item>
          <Item label={t("meetings.signatures")}>
            {(["chair", "secretary"] as const).map((as) => (
              <Text size="sm" key={as}>
                {t(`meetings.signedAs.${as}`)}:{" "}
                {meeting.signatures[as]
                  ? `${formatDateTime(meeting.signatures[as].at)} · ${meeting.signatures[as].by}`
                  : "—"}
              </Text>
            ))}
          </Item>
        </SimpleGrid>
        {!locked && signAs.length > 0 && (
          <Group mt="md" gap="xs">
            {(["chair", "secretary"] as const)
              .filter((as) => signAs.includes(as) && !signed(as))
              .map((as) => (
                <Button
                  key={as}
                  size="sm"
                  disabled={!decided}
                  title={decided ? undefined : t("meetings.signNeedsDecision")}
                  loading={sign.isPending && sign.variables === as}
                  onClick={() => sign.mutate(as)}
                  data-testid={`meeting-sign-${as}`}
                >
                  {t(`meetings.signAs.${as}`)}
                </Button>
              ))}
            <Text size="xs" c="dimmed">
              {t("meetings.signNote")}
            </Text>
          </Group>
        )}
        <ErrorAlert error={sign.error} testId="meeting-sign-error" />
      </Card>
      <AgendaCard
        meeting={meeting}
        editable={editable}
        memberId={memberId}
        onDecide={setDeciding}
        onVote={setVoting}
        onDissent={setDissenting}
        onAddItem={() => setAdding(true)}
      />
      <InvitationsCard meeting={meeting} editable={editable} />
      <AttendanceCard key={`${meeting.id}-${meeting.version}`} meeting={meeting} editable={editable} />
      {deciding && <DecisionModal meeting={meeting} item={deciding} onClose={() => setDeciding(null)} />}
      {voting && memberId && (
        <VoteModal meeting={meeting} item={voting} memberId={memberId} onClose={() => setVoting(null)} />
      )}
      {dissenting && <DissentModal meeting={meeting} item={dissenting} onClose={() => setDissenting(null)} />}
      {adding && <AddItemModal meeting={meeting} onClose={() => setAdding(false)} />}
    </>
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
