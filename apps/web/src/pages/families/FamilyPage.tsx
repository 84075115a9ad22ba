import { Badge, Center, Group, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { RoleId } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { WithheldNotice } from "../../components/Withheld.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { RegisterFamilyButton } from "../family-support/RegisterFamilyButton.tsx";
import { canRecordIncidents } from "../incidents/incidentDomain.ts";
import { navFor } from "../../shell/nav.ts";
import { familiesApi, familyKeys } from "./familiesApi.ts";
import { useFamilyExtras } from "./familyExtras.ts";
import { FamilyMembersCard } from "./FamilyMembersCard.tsx";
import { familyTimeline } from "./familyTimeline.ts";
import { FamilyTimelineCard } from "./FamilyTimelineCard.tsx";

// Who changes a family's members (the server's policy: family_case update).
const FAMILY_EDITORS: readonly string[] = [
  "police_inspector_dv",
  "family_centre_specialist",
  "mobile_group_member",
];
const canEditFamilies = (roles: readonly RoleId[]) => roles.some((r) => FAMILY_EDITORS.includes(r));

/**
 * `/families/$familyId`: one family (001 Art. 54(1)) — its members and one timeline of its
 * incidents (72), measures (54, 55…), shelter stays, services and visits, the repeat incidents
 * counted (72(4)); from here the police record a new incident of the family. A reader without the
 * victim barrier gets the family withheld (R11.1; 001 Art. 83(2)).
 */
export function FamilyPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { familyId } = useParams({ from: "/families/$familyId" });
  const { user } = useSession();
  const family = useQuery({ queryKey: familyKeys.one(familyId), queryFn: () => familiesApi.get(familyId) });
  const f = family.data;
  const { extras, error: extrasError } = useFamilyExtras(familyId, f !== undefined);
  return (
    <>
      <PageTitle
        actions={
          f && (
            <>
              {canRecordIncidents(user.roles) && (
                <ButtonLink
                  to="/incidents/new"
                  search={{ familyId: f.id }}
                  data-testid="family-record-incident"
                >
                  {t("families.recordIncident")}
                </ButtonLink>
              )}
              {/* The centre registers the family in a difficult life situation (001 Art. 54(1)); it
                  renders for the centre's specialist only. */}
              <RegisterFamilyButton familyId={f.id} />
              {/* The centre opens an individual assistance plan for the family (001 Art. 55(1)). */}
              {navFor(user.roles).some((i) => (i.id as string) === "familySupport") && (
                <ButtonLink
                  variant="light"
                  to="/family-support/plans/new"
                  search={{ familyId: f.id }}
                  data-testid="family-new-plan"
                >
                  {t("families.newPlan")}
                </ButtonLink>
              )}
            </>
          )
        }
      >
        {f ? t("families.named", { label: f.label }) : t("families.pageTitleLoading")}
      </PageTitle>
      <ErrorAlert error={family.error} testId="family-error" />
      {family.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {f && (
        <Stack gap="md">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {localName(f.territory.name, lang)}
            </Text>
            <Badge variant="light" data-testid="family-incidents-count">
              {t("families.incidentsCount", { n: f.incidents.length })}
            </Badge>
            {f.repeatIncidents > 0 && (
              <Badge color="grape" variant="light" data-testid="family-repeat">
                {t("families.repeatCount", { n: f.repeatIncidents })}
              </Badge>
            )}
          </Group>
          <WithheldNotice parts={f.withheld} />
          <FamilyMembersCard family={f} canEdit={canEditFamilies(user.roles)} />
          <ErrorAlert error={extrasError} />
          <FamilyTimelineCard family={f} entries={familyTimeline(f, extras)} />
        </Stack>
      )}
    </>
  );
}
