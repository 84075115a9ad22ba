import { Badge, Card, Group, Table, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { AnchorLink } from "../../components/links.tsx";
import { navFor } from "../../shell/nav.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { summaryName } from "../../components/withheldText.ts";
import { formatDate, formatDateTime } from "../../format.ts";
import { hasText } from "../../i18n/index.ts";
import { formsText, NOTIFY_COLOR, notifyLabel } from "../incidents/incidentLabels.ts";
import { labelOf, statusColor } from "../measures/labels.ts";
import type { Family } from "./familiesApi.ts";
import type { TimelineEntry } from "./familyTimeline.ts";

/** A code's name under `families.<group>`; the code itself where a newer server knows more codes. */
const named = (t: TFunction, group: string, code: string) =>
  hasText(`families.${group}.${code}`) ? t(`families.${group}.${code}`) : code;

/** When an entry happened: an instant with its time, a legal date as the day. */
const when = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? formatDate(at) : formatDateTime(at));

/** Which of the other parts' pages the reader's menu opens (the centre's plans and stays, the groups' visits). */
interface Opens {
  familySupport: boolean;
  mobileGroups: boolean;
}

function Entry({ entry, family, opens }: { entry: TimelineEntry; family: Family; opens: Opens }): ReactNode {
  const { t } = useTranslation();
  switch (entry.kind) {
    case "incident":
      return (
        <>
          <AnchorLink to="/incidents/$incidentId" params={{ incidentId: entry.id }} size="sm" fw={500}>
            {t("families.entry.incident")}
          </AnchorLink>
          <Text size="sm">{formsText(t, entry.forms)}</Text>
          <Group gap={4} mt={2}>
            {entry.repeatNumber > 1 && (
              <Badge size="sm" color="grape" variant="light">
                {t("incidents.repeat", { n: entry.repeatNumber })}
              </Badge>
            )}
            <Badge size="sm" color={NOTIFY_COLOR[entry.notifyState] ?? "gray"} variant="light">
              {t("incidents.notifyTitle", { state: notifyLabel(t, entry.notifyState) })}
            </Badge>
          </Group>
        </>
      );
    case "measure":
      return (
        <Group gap="xs">
          {/* An assistance plan opens in the centre's plan editor (001 Art. 55), for the centre. */}
          {entry.measureKind === "social_adaptation_plan" && opens.familySupport ? (
            <AnchorLink
              to="/family-support/plans/$measureId"
              params={{ measureId: entry.id }}
              size="sm"
              fw={500}
            >
              {labelOf(t, "measureKind", entry.measureKind)}
            </AnchorLink>
          ) : (
            <AnchorLink to="/measures/$measureId" params={{ measureId: entry.id }} size="sm" fw={500}>
              {labelOf(t, "measureKind", entry.measureKind)}
            </AnchorLink>
          )}
          <Badge size="sm" color={statusColor(entry.state)} variant="light">
            {labelOf(t, "measureStatus", entry.state)}
          </Badge>
        </Group>
      );
    case "stay":
      return (
        <>
          {opens.familySupport ? (
            <AnchorLink to="/family-support/shelters" search={{ stay: entry.id }} size="sm" fw={500}>
              {t("families.entry.stay", { shelter: entry.shelter })}
            </AnchorLink>
          ) : (
            <Text size="sm" fw={500}>
              {t("families.entry.stay", { shelter: entry.shelter })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {entry.departedOn
              ? t("families.entry.stayDeparted", { on: formatDate(entry.departedOn) })
              : t("families.entry.stayUntil", { on: formatDate(entry.until) })}{" "}
            · {named(t, "stayState", entry.state)}
          </Text>
        </>
      );
    case "service":
      return (
        <>
          <Text size="sm" fw={500}>
            {t("families.entry.service", { area: named(t, "area", entry.area) })}
          </Text>
          {entry.note && (
            <Text size="xs" c="dimmed">
              {entry.note}
            </Text>
          )}
        </>
      );
    case "visit":
      return (
        <Group gap="xs">
          {opens.mobileGroups ? (
            <AnchorLink to="/outreach-visits/$visitId" params={{ visitId: entry.id }} size="sm" fw={500}>
              {t("families.entry.visit")}
            </AnchorLink>
          ) : (
            <Text size="sm" fw={500}>
              {t("families.entry.visit")}
            </Text>
          )}
          {entry.signsOfViolence && (
            <Badge size="sm" color="red" variant="light">
              {t("families.entry.signsOfViolence")}
            </Badge>
          )}
        </Group>
      );
    case "member": {
      const member = family.members.find((m) => m.person.id === entry.personId);
      const name = member ? summaryName(t, member.person, t("incidents.personWithheld")) : "—";
      return (
        <Text size="sm">
          {t(entry.event === "joined" ? "families.entry.joined" : "families.entry.left", {
            name,
            relation: t(`families.relation.${entry.relation}`).toLocaleLowerCase(),
          })}
        </Text>
      );
    }
  }
}

/**
 * Everything recorded about the family in one list, newest first: incidents (001 Art. 72), measures
 * (registration 54, assistance plan 55, protective order…), shelter stays (10(2)(4)), services
 * (10(2)(3)), outreach visits (11) and members joining or leaving; each links to its own page.
 */
export function FamilyTimelineCard({
  family,
  entries,
}: {
  family: Family;
  entries: readonly TimelineEntry[];
}) {
  const { t } = useTranslation();
  const menu = navFor(useSession().user.roles).map((i) => i.id as string);
  const opens = {
    familySupport: menu.includes("familySupport"),
    mobileGroups: menu.includes("mobileGroups"),
  };
  return (
    <Card withBorder data-testid="family-timeline">
      <Title order={2} size="h4" mb="xs">
        {t("families.timeline")}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{t("families.col.when")}</Table.Th>
              <Table.Th>{t("families.col.what")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.length === 0 && <EmptyRow colSpan={2} text={t("families.noEntries")} />}
            {entries.map((e, i) => (
              <Table.Tr
                key={`${e.kind}/${"id" in e ? e.id : `${e.personId}/${e.event}`}/${i}`}
                data-testid="family-entry"
                data-kind={e.kind}
              >
                <Table.Td>
                  <Text size="sm">{when(e.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Entry entry={e} family={family} opens={opens} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
