import { Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api/errors.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { summaryName } from "../../components/withheldText.ts";
import { formatDate, todayIso } from "../../format.ts";
import { PersonPick, type Picked } from "../incidents/PersonPick.tsx";
import { FAMILY_RELATIONS, familiesApi, familyKeys, type Family } from "./familiesApi.ts";
import { currentFirst } from "./familyTimeline.ts";

type Member = Family["members"][number];

/**
 * The family's members with how each belongs (victim, the person who committed violence, child…),
 * since when and until when; the DV inspector and the centre add a member or end one's membership
 * (a family's make-up changes: 001 Art. 54(1) registers persons (families)).
 */
export function FamilyMembersCard({ family, canEdit }: { family: Family; canEdit: boolean }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<Member | null>(null);
  return (
    <Card withBorder data-testid="family-members">
      <Title order={2} size="h4" mb="xs">
        {t("families.members")}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("families.col.person")}</Table.Th>
              <Table.Th>{t("families.col.relation")}</Table.Th>
              <Table.Th>{t("families.col.since")}</Table.Th>
              <Table.Th>{t("families.col.until")}</Table.Th>
              {canEdit && <Table.Th aria-label={t("common.actions")} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {family.members.length === 0 && (
              <EmptyRow colSpan={canEdit ? 5 : 4} text={t("families.noMembers")} />
            )}
            {currentFirst(family.members).map((m) => (
              <Table.Tr
                key={`${m.person.id}/${m.since}`}
                data-testid="family-member"
                data-relation={m.relation}
              >
                <Table.Td>
                  {m.person.personal ? (
                    <AnchorLink to="/persons/$personId" params={{ personId: m.person.id }} size="sm">
                      {summaryName(t, m.person, "—")}
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed" data-testid="family-member-withheld">
                      {summaryName(t, m.person, t("incidents.personWithheld"))}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`families.relation.${m.relation}`)}</Table.Td>
                <Table.Td>{formatDate(m.since)}</Table.Td>
                <Table.Td>{m.until ? formatDate(m.until) : "—"}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    {m.until === null && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setEnding(m)}
                        data-testid="family-member-end"
                      >
                        {t("families.endMember")}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canEdit && <AddMember family={family} />}
      {ending && <EndMember family={family} member={ending} onClose={() => setEnding(null)} />}
    </Card>
  );
}

function AddMember({ family }: { family: Family }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<Picked | null>(null);
  const [relation, setRelation] = useState<string>("child");
  const add = useMutation({
    mutationFn: () =>
      familiesApi.addMember(family.id, {
        personId: person?.personId ?? "",
        relation: FAMILY_RELATIONS.find((r) => r === relation) ?? "other",
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(familyKeys.one(family.id), next);
      void queryClient.invalidateQueries({ queryKey: familyKeys.all });
      setPerson(null);
      notifySaved(t("families.memberAdded"));
    },
  });
  const present = family.members.filter((m) => m.until === null).map((m) => m.person.id);
  return (
    <Stack gap={4} mt="sm" data-testid="family-add-member">
      <Text size="sm" fw={500}>
        {t("families.addMember")}
      </Text>
      {person ? (
        <Group align="flex-end" gap="sm">
          <Text size="sm" fw={500}>
            {person.label}
          </Text>
          <NativeSelect
            label={t("families.col.relation")}
            value={relation}
            data={FAMILY_RELATIONS.map((r) => ({ value: r, label: t(`families.relation.${r}`) }))}
            onChange={(e) => setRelation(e.currentTarget.value)}
            data-testid="family-member-relation"
          />
          <Button loading={add.isPending} onClick={() => add.mutate()} data-testid="family-member-save">
            {t("families.add")}
          </Button>
          <Button variant="default" onClick={() => setPerson(null)}>
            {t("common.cancel")}
          </Button>
        </Group>
      ) : (
        <PersonPick
          label={t("families.findMember")}
          exclude={present}
          onPick={(p) => {
            setPerson(p);
            setRelation(p.minor ? "child" : "other");
          }}
          testId="family-member-search"
        />
      )}
      {add.error !== null && (
        <Text size="sm" c="red.8" role="alert">
          {errorText(t, add.error)}
        </Text>
      )}
    </Stack>
  );
}

function EndMember({ family, member, onClose }: { family: Family; member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [until, setUntil] = useState(todayIso());
  const end = useMutation({
    mutationFn: () => familiesApi.endMember(family.id, member.person.id, { until }),
    onSuccess: (next) => {
      queryClient.setQueryData(familyKeys.one(family.id), next);
      void queryClient.invalidateQueries({ queryKey: familyKeys.all });
      notifySaved(t("families.memberEnded"));
      onClose();
    },
  });
  return (
    <ConfirmModal
      opened
      title={t("families.endMemberTitle")}
      message={t("families.endMemberQuestion", { name: summaryName(t, member.person, "—") })}
      confirmLabel={t("families.endMember")}
      loading={end.isPending}
      error={end.error}
      onConfirm={() => until && end.mutate()}
      onClose={onClose}
    >
      <DateField
        label={t("families.col.until")}
        required
        value={until}
        min={member.since}
        max={todayIso()}
        onChange={setUntil}
        data-testid="family-member-until"
      />
    </ConfirmModal>
  );
}
