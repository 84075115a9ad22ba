import { Anchor, Button, Card, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { notifySaved } from "../../components/notify.ts";
import { lawCitation } from "../../format.ts";
import { RegisterFamilyButton } from "../family-support/RegisterFamilyButton.tsx";
import { mobileGroupKeys, mobileGroupsApi, type OutreachVisitDetail } from "./mobileGroupsApi.ts";

/**
 * What a visit sends on. Facts of violence are told to the police and the other competent bodies
 * (001 Art. 11(2)) as a hand-off on its clock; a person (family) in a difficult life situation is
 * referred to the family support centre for registration (54(1)) — or, when the user is the centre's
 * own specialist, registered from the family's page directly.
 */
export function VisitActions({ visit }: { visit: OutreachVisitDetail }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  // The server lists the bodies the law names that this visit has not told yet (11(2)).
  const [chosen, setBodyType] = useState<string | null>(null);
  const bodyType = chosen !== null && visit.mayInform.includes(chosen) ? chosen : (visit.mayInform[0] ?? "");
  const done = async (message: string) => {
    notifySaved(message);
    await queryClient.invalidateQueries({ queryKey: mobileGroupKeys.visit(visit.id) });
  };
  const inform = useMutation({
    mutationFn: () => mobileGroupsApi.inform(visit.id, bodyType),
    onSuccess: () => done(t("mobileGroups.visit.informed")),
  });
  const refer = useMutation({
    mutationFn: () => mobileGroupsApi.refer(visit.id),
    onSuccess: () => done(t("mobileGroups.visit.referred")),
  });
  // A body other than the centre refers the family to it; the centre's own specialist registers it.
  const centre = user.body.type === "family_support_centre";
  const showRefer = visit.mayRefer || centre;
  return (
    <Card withBorder data-testid="mg-visit-actions">
      <Title order={2} size="h4" mb="xs">
        {t("mobileGroups.visit.actions")}
      </Title>
      <Stack gap="md">
        <div>
          <Text size="sm" mb={4}>
            {t("mobileGroups.visit.informIntro", { article: lawCitation(t, "001 Art. 11(2)") })}
          </Text>
          {visit.mayInform.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="mg-visit-all-informed">
              {t("mobileGroups.visit.allInformed")}
            </Text>
          ) : (
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label={t("mobileGroups.visit.informWhom")}
                value={bodyType}
                onChange={(e) => setBodyType(e.currentTarget.value)}
                data={visit.mayInform.map((b) => ({ value: b, label: t(`bodyType.${b}`) }))}
                data-testid="mg-visit-inform-body"
              />
              <Button
                onClick={() => inform.mutate()}
                loading={inform.isPending}
                data-testid="mg-visit-inform"
              >
                {t("mobileGroups.visit.inform")}
              </Button>
            </Group>
          )}
          <ErrorAlert error={inform.error} />
        </div>
        {showRefer && (
          <div>
            <Text size="sm" mb={4}>
              {t(!visit.mayRefer ? "mobileGroups.visit.registerIntro" : "mobileGroups.visit.referIntro", {
                article: lawCitation(t, "001 Art. 54(1)"),
              })}
            </Text>
            {!visit.mayRefer ? (
              visit.family ? (
                <RegisterFamilyButton familyId={visit.family.id} size="sm" />
              ) : (
                <Anchor href="/family-support/victims" data-testid="mg-visit-register">
                  {t("mobileGroups.visit.register")}
                </Anchor>
              )
            ) : (
              <Button
                variant="light"
                onClick={() => refer.mutate()}
                loading={refer.isPending}
                data-testid="mg-visit-refer"
              >
                {t("mobileGroups.visit.refer")}
              </Button>
            )}
            <ErrorAlert error={refer.error} />
          </div>
        )}
      </Stack>
    </Card>
  );
}
