import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { PersonSelect } from "../family-support/FsPickers.tsx";
import { printLanguages } from "../family-support/fsDomain.ts";
import type { PersonRef } from "../family-support/fsTypes.ts";
import { INVITATION_CHANNELS, INVITATION_ROLES } from "./meetingLabels.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import type { MeetingDetail, MeetingInvitation, MeetingInvitationCreate } from "./meetingTypes.ts";

/**
 * The invitations of the minor and the legal representatives to the items that concern them, with
 * their delivery: an item on a minor is decided only when both were invited and the invitation
 * delivered (001 Art. 79(6)(9), the procedure of 79(7) as the system reads it). Each prints in kk/ru.
 */
export function InvitationsCard({ meeting, editable }: { meeting: MeetingDetail; editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [inviting, setInviting] = useState(false);
  const [delivering, setDelivering] = useState<MeetingInvitation | null>(null);
  const titleOf = new Map(meeting.items.map((i, n) => [i.id, `${n + 1}. ${i.title}`]));
  const invitations = meeting.items.flatMap((i) => i.invitations);
  const caseItems = meeting.items.filter((i) => i.kind === "case");
  return (
    <Card withBorder mb="md" data-testid="meeting-invitations">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("meetings.invitations")}
        </Title>
        {editable && caseItems.length > 0 && (
          <Button size="xs" variant="default" onClick={() => setInviting(true)} data-testid="meeting-invite">
            {t("meetings.invite")}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {t("meetings.invitationRule")} <LawCitation code="001 Art. 79(6)(9)" />
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("meetings.col.item")}</Table.Th>
              <Table.Th>{t("meetings.col.person")}</Table.Th>
              <Table.Th>{t("meetings.col.channel")}</Table.Th>
              <Table.Th>{t("meetings.col.sentOn")}</Table.Th>
              <Table.Th>{t("meetings.col.delivered")}</Table.Th>
              <Table.Th>{t("meetings.col.print")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.length === 0 && <EmptyRow colSpan={6} text={t("meetings.noInvitations")} />}
            {invitations.map((inv) => (
              <Table.Tr
                key={inv.id}
                data-testid="meeting-invitation-row"
                data-delivered={inv.deliveredOn !== null}
              >
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {titleOf.get(inv.itemId) ?? "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{inv.person.fullName ?? t("minorsCases.withheld")}</Text>
                  <Text size="xs" c="dimmed">
                    {t(`meetings.invitationRole.${inv.role}`)}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`meetings.channel.${inv.channel}`)}</Table.Td>
                <Table.Td>{formatDate(inv.sentOn)}</Table.Td>
                <Table.Td>
                  {inv.deliveredOn ? (
                    <Badge color="green" variant="light">
                      {formatDate(inv.deliveredOn)}
                    </Badge>
                  ) : editable ? (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setDelivering(inv)}
                      data-testid="meeting-invitation-delivered"
                    >
                      {t("meetings.markDelivered")}
                    </Button>
                  ) : (
                    <Badge color="orange" variant="light">
                      {t("meetings.notDelivered")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {printLanguages(lang).map((l) => (
                      <Anchor
                        key={l}
                        size="xs"
                        href={meetingsApi.invitationPdfUrl(meeting.id, inv.id, l)}
                        download
                        data-testid={`meeting-invitation-pdf-${l}`}
                      >
                        {t(`lang.${l}`)}
                      </Anchor>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {inviting && (
        <InviteModal
          meeting={meeting}
          onClose={() => setInviting(false)}
          onSaved={() => queryClient.invalidateQueries({ queryKey: meetingKeys.all })}
        />
      )}
      {delivering && (
        <DeliveredModal meeting={meeting} invitation={delivering} onClose={() => setDelivering(null)} />
      )}
    </Card>
  );
}

function InviteModal({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: MeetingDetail;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const items = meeting.items.filter((i) => i.kind === "case");
  const [itemId, setItemId] = useState(items[0]?.id ?? "");
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [role, setRole] = useState<MeetingInvitationCreate["role"]>("minor");
  const [channel, setChannel] = useState<MeetingInvitationCreate["channel"]>("hand");
  const [sentOn, setSentOn] = useState(() => todayIso());
  const current: MeetingInvitationCreate = { itemId, personId: person?.id ?? "", role, channel, sentOn };
  const save = useMutation({
    mutationFn: (body: MeetingInvitationCreate) => meetingsApi.invite(meeting.id, body),
    onSuccess: async () => {
      await onSaved();
      notifySaved(t("meetings.invited"));
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "meeting-invite",
    fields: ["itemId", "personId", "role", "channel", "sentOn"],
    checks: {
      itemId: itemId ? undefined : t("forms.required", { label: t("meetings.col.item") }),
      personId: person ? undefined : t("forms.required", { label: t("meetings.col.person") }),
      sentOn: sentOn ? undefined : t("forms.required", { label: t("meetings.col.sentOn") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.invite")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="meeting-invite-error" />
          <NativeSelect
            id={form.id("itemId")}
            label={t("meetings.col.item")}
            value={itemId}
            onChange={(e) => setItemId(e.currentTarget.value)}
            data={items.map((i) => ({ value: i.id, label: i.title }))}
            error={form.err("itemId")}
          />
          <PersonSelect
            id={form.id("personId")}
            label={t("meetings.col.person")}
            required
            value={person}
            onChange={setPerson}
            error={form.err("personId")}
            testId="meeting-invite-person"
          />
          <NativeSelect
            id={form.id("role")}
            label={t("meetings.field.invitedAs")}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as MeetingInvitationCreate["role"])}
            data={INVITATION_ROLES.map((r) => ({ value: r, label: t(`meetings.invitationRole.${r}`) }))}
            error={form.err("role")}
            data-testid="meeting-invite-role"
          />
          <NativeSelect
            id={form.id("channel")}
            label={t("meetings.col.channel")}
            value={channel}
            onChange={(e) => setChannel(e.currentTarget.value as MeetingInvitationCreate["channel"])}
            data={INVITATION_CHANNELS.map((c) => ({ value: c, label: t(`meetings.channel.${c}`) }))}
            error={form.err("channel")}
          />
          <DateField
            id={form.id("sentOn")}
            label={t("meetings.col.sentOn")}
            required
            value={sentOn}
            max={todayIso()}
            onChange={setSentOn}
            error={form.err("sentOn")}
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="meeting-invite-save" />
        </Stack>
      </form>
    </Modal>
  );
}

function DeliveredModal({
  meeting,
  invitation,
  onClose,
}: {
  meeting: MeetingDetail;
  invitation: MeetingInvitation;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(() => todayIso());
  const save = useMutation({
    mutationFn: () => meetingsApi.delivered(meeting.id, invitation.id, { deliveredOn: on }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      notifySaved(t("meetings.deliveredSaved"));
      onClose();
    },
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.markDelivered")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack>
        <Text size="sm">
          {invitation.person.fullName ?? t("minorsCases.withheld")} ·{" "}
          {t(`meetings.invitationRole.${invitation.role}`)}
        </Text>
        <DateField
          label={t("meetings.field.deliveredOn")}
          required
          value={on}
          min={invitation.sentOn}
          max={todayIso()}
          onChange={setOn}
          data-testid="meeting-delivered-on"
        />
        <ErrorAlert error={save.error} testId="meeting-delivered-error" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            disabled={!on}
            loading={save.isPending}
            onClick={() => save.mutate()}
            data-testid="meeting-delivered-save"
          >
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
