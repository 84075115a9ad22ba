import { Badge, Card, Group, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel, STATE_COLOR, stateLabel } from "../handoffs/handoffLabels.ts";
import type { DvIncidentHandoff } from "./incidentsApi.ts";

/**
 * The interested subjects notified of the incident within 24 hours (001 Art. 72(3)(2)): each
 * hand-off with its receiving body, ground, state, the due instant of receipt and whether it is
 * overdue; each opens the hand-off's own page.
 */
export function IncidentHandoffsCard({ handoffs }: { handoffs: readonly DvIncidentHandoff[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="incident-handoffs">
      <Title order={2} size="h4" mb="xs">
        {t("incidents.notified")}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        <LawCitation code="001 Art. 72(3)(2)" />
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incidents.col.receiver")}</Table.Th>
              <Table.Th>{t("incidents.col.ground")}</Table.Th>
              <Table.Th>{t("incidents.col.state")}</Table.Th>
              <Table.Th>{t("incidents.col.due")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {handoffs.length === 0 && <EmptyRow colSpan={4} text={t("incidents.noHandoffs")} />}
            {handoffs.map((h) => (
              <Table.Tr
                key={h.id}
                data-testid="incident-handoff"
                data-state={h.state}
                data-overdue={h.overdue}
              >
                <Table.Td>
                  <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.id }} size="sm">
                    {localName(h.receiver.name, lang)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{groundLabel(t, h.ground)}</Text>
                  <Text size="xs" c="dimmed">
                    <LawCitation code={h.article} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge
                      color={STATE_COLOR[h.state] ?? "gray"}
                      variant="light"
                      data-testid="incident-handoff-state"
                    >
                      {stateLabel(t, h.state)}
                    </Badge>
                    {h.overdue && !h.receivedAt && <Badge color="red">{t("incidents.notify.overdue")}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={h.overdue && !h.receivedAt ? "red" : undefined}>
                    {formatDateTime(h.dueAt)}
                  </Text>
                  {h.receivedAt && (
                    <Text size="xs" c="dimmed">
                      {t("incidents.receivedAt", { at: formatDateTime(h.receivedAt) })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
