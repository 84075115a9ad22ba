import { Alert, Button, Center, Loader, Stack } from "@mantine/core";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import { useSession } from "../../auth/session.ts";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { canEditPersons, canIssueMeasures, canRecordChecks } from "../../shell/abilities.ts";
import { AttachmentsPanel } from "../../components/AttachmentsPanel.tsx";
import { PlaceOnRegisterModal } from "../register/PlaceOnRegisterModal.tsx";
import { FamilyPanel } from "./FamilyPanel.tsx";
import { VIEWER_ROLES, ViewersPanel } from "./ViewersPanel.tsx";
import { DuplicatesPanel } from "./DuplicatesPanel.tsx";
import { PersonCard } from "./PersonCard.tsx";
import { cyrName } from "./personName.ts";
import { PersonTimeline } from "./PersonTimeline.tsx";

/** `/persons/$personId`: the header card, likely duplicates, and one timeline of the person's case. */
export function PersonPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { personId } = useParams({ from: "/persons/$personId" });
  const person = useQuery({ queryKey: personKeys.one(personId), queryFn: () => personsApi.get(personId) });
  const editable = canEditPersons(user.roles);
  const [placing, setPlacing] = useState(false);

  return (
    <>
      <PageTitle>{t("persons.pageTitle")}</PageTitle>
      <ErrorAlert error={person.error} />
      {person.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {person.data && (
        <Stack gap="md">
          {person.data.mergedInto && (
            <Alert color="orange" data-testid="person-merged">
              {t("persons.mergedInto")}{" "}
              <AnchorLink to="/persons/$personId" params={{ personId: person.data.mergedInto }}>
                {t("persons.openKept")}
              </AnchorLink>
            </Alert>
          )}
          <PersonCard
            person={person.data}
            actions={
              <>
                {editable && person.data.personal && !person.data.mergedInto && (
                  <ButtonLink
                    variant="default"
                    to="/persons/$personId/edit"
                    params={{ personId }}
                    data-testid="person-edit"
                  >
                    {t("common.edit")}
                  </ButtonLink>
                )}
                {canIssueMeasures(user.roles) && !person.data.mergedInto && (
                  <ButtonLink
                    to="/persons/$personId/measures/new"
                    params={{ personId }}
                    data-testid="measure-new"
                  >
                    {t("measures.issueTitle")}
                  </ButtonLink>
                )}
                {canRecordChecks(user.roles) && !person.data.mergedInto && (
                  <Button variant="light" onClick={() => setPlacing(true)} data-testid="register-place">
                    {t("register.placeTitle")}
                  </Button>
                )}
              </>
            }
          />
          <DuplicatesPanel person={person.data} canMerge={editable} />
          <PersonTimeline
            personId={personId}
            personName={person.data.personal ? cyrName(person.data.personal) : ""}
          />
          <FamilyPanel person={person.data} canEdit={editable} />
          <AttachmentsPanel recordType="person" recordId={personId} canUpload={editable} />
          {user.roles.some((r) => (VIEWER_ROLES as readonly string[]).includes(r)) && (
            <ViewersPanel personId={personId} />
          )}
        </Stack>
      )}
      {placing && <PlaceOnRegisterModal personId={personId} onClose={() => setPlacing(false)} />}
    </>
  );
}
