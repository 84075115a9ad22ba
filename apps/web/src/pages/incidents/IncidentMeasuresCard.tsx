import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../api/errors.ts";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDateTime } from "../../format.ts";
import { labelOf, statusColor } from "../measures/labels.ts";
import { incidentKeys, incidentsApi, type DvIncident } from "./incidentsApi.ts";

/**
 * The measures taken on the incident (a protective order, a restraining order, an administrative
 * penalty, a registration): each links to its page. The DV inspector issues a protective order to the
 * person who committed it from here (the measure form then links it to the incident and the family,
 * and the incident's notification stands for the order's copy), or links a measure already issued.
 */
export function IncidentMeasuresCard({ incident, canWork }: { incident: DvIncident; canWork: boolean }) {
  const { t } = useTranslation();
  const offender = incident.persons.find((p) => p.role === "offender")?.person ?? null;
  return (
    <Card withBorder data-testid="incident-measures">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("incidents.measures")}
        </Title>
        {canWork &&
          (offender ? (
            <ButtonLink
              size="xs"
              to="/persons/$personId/measures/new"
              params={{ personId: offender.id }}
              search={{ incidentId: incident.id, familyId: incident.family.id, kind: "protective_order" }}
              data-testid="incident-issue-protective-order"
            >
              {t("incidents.issueProtectiveOrder")}
            </ButtonLink>
          ) : (
            <Text size="xs" c="dimmed">
              {t("incidents.noOffender")}
            </Text>
          ))}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("incidents.col.measure")}</Table.Th>
              <Table.Th>{t("incidents.col.issued")}</Table.Th>
              <Table.Th>{t("incidents.col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {incident.measures.length === 0 && <EmptyRow colSpan={3} text={t("incidents.noMeasures")} />}
            {incident.measures.map((m) => (
              <Table.Tr key={m.id} data-testid="incident-measure" data-kind={m.kind}>
                <Table.Td>
                  <AnchorLink to="/measures/$measureId" params={{ measureId: m.id }} size="sm">
                    {labelOf(t, "measureKind", m.kind)}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDateTime(m.issuedAt)}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor(m.state)} variant="light">
                    {labelOf(t, "measureStatus", m.state)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canWork && offender && <LinkMeasure incident={incident} offenderId={offender.id} />}
    </Card>
  );
}

/** Links a measure already issued to the person who committed it (001 Art. 72(3)(1): the measures taken). */
function LinkMeasure({ incident, offenderId }: { incident: DvIncident; offenderId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [measureId, setMeasureId] = useState("");
  const measures = useQuery({
    queryKey: measureKeys.ofPerson(offenderId),
    queryFn: () => measuresApi.ofPerson(offenderId),
  });
  const linked = new Set(incident.measures.map((m) => m.id));
  const offered = (measures.data?.items ?? []).filter((m) => !linked.has(m.id));
  const link = useMutation({
    mutationFn: () => incidentsApi.linkMeasure(incident.id, measureId),
    onSuccess: (next) => {
      queryClient.setQueryData(incidentKeys.one(incident.id), next);
      void queryClient.invalidateQueries({ queryKey: incidentKeys.all });
      setMeasureId("");
      notifySaved(t("incidents.measureLinked"));
    },
  });
  if (offered.length === 0) return null;
  return (
    <Stack gap={4} mt="sm">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t("incidents.linkMeasure")}
          value={measureId}
          data={[
            { value: "", label: "—" },
            ...offered.map((m) => ({
              value: m.id,
              label: `${labelOf(t, "measureKind", m.kind)} · ${formatDateTime(m.issuedAt)}`,
            })),
          ]}
          onChange={(e) => setMeasureId(e.currentTarget.value)}
          w={{ base: "100%", sm: 600 }}
          data-testid="incident-link-measure"
        />
        <Button
          variant="default"
          disabled={!measureId}
          loading={link.isPending}
          onClick={() => link.mutate()}
          data-testid="incident-link-measure-save"
        >
          {t("incidents.link")}
        </Button>
      </Group>
      {link.error !== null && (
        <Text size="sm" c="red.8" role="alert">
          {errorText(t, link.error)}
        </Text>
      )}
    </Stack>
  );
}
