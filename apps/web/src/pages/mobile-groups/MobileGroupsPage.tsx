import { Badge, Button, Table, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { SavedTr } from "../../components/SavedTr.tsx";
import { EmptyRow, LoadingRow } from "../../components/tables.tsx";
import { formatDate } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { missingInOrder } from "./composition.ts";
import { GroupFormModal } from "./GroupFormModal.tsx";
import { mobileGroupKeys, mobileGroupsApi, type MobileGroupRow } from "./mobileGroupsApi.ts";

/** What a group lacks of the composition the law names (10(2)(8)), or that it is complete. */
export function CompositionBadge({ group }: { group: Pick<MobileGroupRow, "composition"> }) {
  const { t } = useTranslation();
  if (group.composition.complete)
    return (
      <Badge color="green" variant="light" data-testid="mg-composition-complete">
        {t("mobileGroups.composition.complete")}
      </Badge>
    );
  return (
    <Badge color="orange" variant="light" data-testid="mg-composition-incomplete">
      {t("mobileGroups.composition.missingShort", {
        parts: missingInOrder(group.composition)
          .map((p) => t(`mobileGroups.part.${p}`))
          .join(", "),
      })}
    </Badge>
  );
}

/**
 * The mobile groups of the user's territory (001 Art. 11; 10(2)(8)): each with its organiser, since
 * when, and whether the bodies the law names all take part. The centre's specialist forms a group.
 */
export function MobileGroupsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const groups = useQuery({ queryKey: mobileGroupKeys.list, queryFn: mobileGroupsApi.list });
  const items = groups.data?.items ?? [];
  const canCreate = user.roles.includes("family_centre_specialist");
  return (
    <>
      <PageTitle
        actions={
          canCreate && (
            <Button onClick={() => setCreating(true)} data-testid="mg-create">
              {t("mobileGroups.create")}
            </Button>
          )
        }
      >
        {t("mobileGroups.title")}
      </PageTitle>
      <Text size="sm" c="dimmed" mb="md">
        {t("mobileGroups.intro")}
      </Text>
      <ErrorAlert error={groups.error} />
      <Table.ScrollContainer minWidth={760}>
        <Table striped data-testid="mg-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("mobileGroups.name")}</Table.Th>
              <Table.Th>{t("mobileGroups.organiser")}</Table.Th>
              <Table.Th>{t("mobileGroups.territory")}</Table.Th>
              <Table.Th>{t("mobileGroups.formedOn")}</Table.Th>
              <Table.Th>{t("mobileGroups.composition.title")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.isPending && <LoadingRow colSpan={5} />}
            {groups.isSuccess && items.length === 0 && (
              <EmptyRow colSpan={5} text={t(canCreate ? "mobileGroups.emptyCentre" : "mobileGroups.empty")} />
            )}
            {items.map((g) => (
              <SavedTr recordId={g.id} key={g.id} data-testid="mg-row">
                <Table.Td>
                  <AnchorLink to="/mobile-groups/$groupId" params={{ groupId: g.id }} data-testid="mg-link">
                    {g.name}
                  </AnchorLink>
                  {g.dissolvedOn && (
                    <Text size="xs" c="dimmed">
                      {t("mobileGroups.dissolvedOn", { date: formatDate(g.dissolvedOn) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{localName(g.organiserBody.name, lang)}</Table.Td>
                <Table.Td>{localName(g.territory.name, lang)}</Table.Td>
                <Table.Td>{formatDate(g.formedOn)}</Table.Td>
                <Table.Td>
                  <CompositionBadge group={g} />
                </Table.Td>
              </SavedTr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {creating && <GroupFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
