import { Button, Checkbox, Center, Loader, Modal, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { formatDateTime, LawCitation, todayIso } from "../../format.ts";
import { cyrName } from "../persons/personName.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import type { DvIncident } from "@aldyn/contract";

/** The roles of an incident's persons the centre takes on record as victims (001 Art. 10(2)(10)). */
const VICTIM_ROLES: ReadonlySet<string> = new Set(["victim", "child_victim"]);

/**
 * Takes the victims of an incident the police notified the centre of (001 Art. 72(3)(2)) on the
 * centre's record of victims (001 Art. 10(2)(10)), each with the incident and the family as source:
 * one record per victim chosen.
 */
export function IncidentVictimsModal({ incidentId, onClose }: { incidentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const incident = useQuery({
    queryKey: ["dv-incidents", "one", incidentId],
    queryFn: () => api.get<DvIncident>(`/dv-incidents/${encodeURIComponent(incidentId)}`),
  });
  const victims = (incident.data?.persons ?? []).filter((p) => VICTIM_ROLES.has(p.role));
  const [chosen, setChosen] = useState<string[] | null>(null);
  const picked = chosen ?? victims.map((v) => v.person.id);
  const [openedOn, setOpenedOn] = useState(() => todayIso());
  const save = useMutation({
    mutationFn: async () => {
      // One record per victim; a victim already on record is refused alone (victim_record.already_open).
      for (const personId of picked)
        await fsApi.openVictim({
          personId,
          familyId: incident.data!.family.id,
          incidentId,
          openedOn,
          source: "incident",
        });
    },
    onSuccess: () => {
      notifySaved(t("familySupport.victims.opened"));
      onClose();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: fsKeys.all }),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.incident.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {incident.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label={t("common.loading")} />
        </Center>
      )}
      <ErrorAlert error={incident.error} />
      {incident.data && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (picked.length > 0 && openedOn && !save.isPending) save.mutate();
          }}
        >
          <Stack>
            <Text size="sm">
              {t("familySupport.incident.summary", {
                family: incident.data.family.label,
                at: formatDateTime(incident.data.occurredAt),
              })}{" "}
              <AnchorLink to="/incidents/$incidentId" params={{ incidentId }} size="sm">
                {t("familySupport.incident.open")}
              </AnchorLink>
            </Text>
            <Text size="xs" c="dimmed">
              {t("familySupport.incident.intro")} <LawCitation code="001 Art. 10(2)(10)" />
            </Text>
            {victims.length === 0 ? (
              <Text c="dimmed" data-testid="fs-incident-no-victims">
                {t("familySupport.incident.noVictims")}
              </Text>
            ) : (
              <Checkbox.Group
                label={t("familySupport.incident.victims")}
                value={picked}
                onChange={setChosen}
                error={picked.length === 0 ? t("familySupport.incident.chooseOne") : undefined}
              >
                <Stack gap={6} mt={4}>
                  {victims.map((v) => (
                    <Checkbox
                      key={v.person.id}
                      value={v.person.id}
                      label={`${v.person.personal ? cyrName(v.person.personal) : t("familySupport.personWithheld")} — ${t(`familySupport.incident.role.${v.role}`)}`}
                      data-testid="fs-incident-victim"
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            <DateField
              label={t("familySupport.field.openedOn")}
              required
              value={openedOn}
              max={todayIso()}
              onChange={setOpenedOn}
            />
            <ErrorAlert error={save.error} />
            {victims.length > 0 ? (
              <FormFooter
                onCancel={onClose}
                saving={save.isPending}
                label={t("familySupport.victims.open")}
                testId="fs-incident-save"
              />
            ) : (
              <Button variant="default" onClick={onClose}>
                {t("common.close")}
              </Button>
            )}
          </Stack>
        </form>
      )}
    </Modal>
  );
}
