import { Button, Card, Group, Table, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { notifySaved } from "../../components/notify.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDate, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { MemberFormModal } from "./MemberFormModal.tsx";
import {
  mobileGroupKeys,
  mobileGroupsApi,
  type MobileGroupDetail,
  type MobileGroupMember,
} from "./mobileGroupsApi.ts";

/** The group's members, current first, each with their body; the organiser adds and ends them. */
export function MembersPanel({ group, canEdit }: { group: MobileGroupDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<MobileGroupMember | null>(null);
  const today = todayIso();
  const end = useMutation({
    mutationFn: (m: MobileGroupMember) => mobileGroupsApi.endMember(group.id, m.id, today),
    onSuccess: async () => {
      notifySaved(t("mobileGroups.member.ended"));
      setEnding(null);
      await queryClient.invalidateQueries({ queryKey: mobileGroupKeys.all });
    },
  });
  const members = [...group.members].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.since.localeCompare(b.since),
  );
  return (
    <Card withBorder data-testid="mg-members">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("mobileGroups.member.title")}
        </Title>
        {canEdit && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="mg-member-add">
            {t("mobileGroups.member.add")}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("mobileGroups.member.fullName")}</Table.Th>
              <Table.Th>{t("mobileGroups.member.body")}</Table.Th>
              <Table.Th>{t("mobileGroups.member.period")}</Table.Th>
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.length === 0 && (
              <EmptyRow colSpan={canEdit ? 4 : 3} text={t("mobileGroups.member.empty")} />
            )}
            {members.map((m) => {
              const current = m.active;
              return (
                <Table.Tr key={m.id} data-testid="mg-member-row" data-current={current}>
                  <Table.Td>
                    <Text size="sm" c={current ? undefined : "dimmed"}>
                      {m.fullName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{localName(m.body.name, lang)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`bodyType.${m.body.type}`, { defaultValue: m.body.type })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {m.until
                      ? t("mobileGroups.member.fromUntil", {
                          from: formatDate(m.since),
                          until: formatDate(m.until),
                        })
                      : t("mobileGroups.member.since", { date: formatDate(m.since) })}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td ta="right">
                      {current && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setEnding(m)}
                          data-testid="mg-member-end"
                        >
                          {t("mobileGroups.member.end")}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {adding && <MemberFormModal groupId={group.id} onClose={() => setAdding(false)} />}
      {ending && (
        <ConfirmModal
          opened
          title={t("mobileGroups.member.end")}
          message={t("mobileGroups.member.endConfirm", { name: ending.fullName, date: formatDate(today) })}
          confirmLabel={t("mobileGroups.member.end")}
          danger
          loading={end.isPending}
          error={end.error}
          onConfirm={() => end.mutate(ending)}
          onClose={() => setEnding(null)}
        />
      )}
    </Card>
  );
}
