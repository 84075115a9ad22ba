import { Badge, Button, Card, Group, Table, Text, Title } from "@mantine/core";
import type { ReportDetail } from "@aldyn/contract";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { groundLabel, STATE_COLOR, stateLabel } from "../handoffs/handoffLabels.ts";
import { EmptyRow } from "../../components/tables.tsx";

/**
 * The bodies told of the report (001 Art. 39(3)): each hand-off with its ground, state, due time of
 * receipt and whether it is overdue; "route" opens the routing dialog (or the re-route once routed).
 */
export function HandoffsCard({
  report,
  canRoute,
  onRoute,
}: {
  report: ReportDetail;
  canRoute: boolean;
  onRoute: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const routed = report.status === "routed" || report.status === "answered";
  return (
    <Card withBorder data-testid="report-handoffs">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("report.handoffs")}
        </Title>
        {canRoute && (
          <Button
            variant={routed ? "default" : "filled"}
            onClick={onRoute}
            disabled={!report.category}
            title={report.category ? undefined : t("report.triageFirst")}
            data-testid="report-route"
          >
            {t(routed ? "report.reroute" : "report.route")}
          </Button>
        )}
      </Group>
      {canRoute && !report.category && (
        <Text size="sm" c="dimmed" mb="xs">
          {t("report.triageFirst")}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("report.routeBody")}</Table.Th>
              <Table.Th>{t("report.routeGround")}</Table.Th>
              <Table.Th>{t("report.handoffState")}</Table.Th>
              <Table.Th>{t("report.handoffSent")}</Table.Th>
              <Table.Th>{t("report.handoffDue")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.handoffs.length === 0 && <EmptyRow colSpan={5} text={t("report.noHandoffs")} />}
            {report.handoffs.map((h) => (
              <Table.Tr key={h.id} data-testid="report-handoff" data-state={h.state}>
                <Table.Td>
                  <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.id }}>
                    {localName(h.receiverBody.name, lang)}
                  </AnchorLink>
                  {h.reroutedFromId && (
                    <Text size="xs" c="dimmed">
                      {t("report.handoffRerouted")}
                    </Text>
                  )}
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
                      data-testid="report-handoff-state"
                    >
                      {stateLabel(t, h.state)}
                    </Badge>
                    {h.overdue && !h.receivedAt && <Badge color="red">{t("report.handoffOverdue")}</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(h.sentAt, lang)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={h.overdue && !h.receivedAt ? "red" : undefined}>
                    {formatDateTime(h.dueAt, lang)}
                  </Text>
                  {h.receivedAt && (
                    <Text size="xs" c="dimmed">
                      {t("report.handoffReceived", { at: formatDateTime(h.receivedAt, lang) })}
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
