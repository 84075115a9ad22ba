import { Badge, Card, Group, List, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { WithheldNotice } from "../../components/Withheld.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { STATE_COLOR, stateLabel } from "../handoffs/handoffLabels.ts";
import { mobileGroupKeys, mobileGroupsApi, type OutreachVisitDetail } from "./mobileGroupsApi.ts";
import { VisitActions } from "./VisitActions.tsx";

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function Handoffs({ visit }: { visit: OutreachVisitDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const handoffs = visit.handoffs;
  return (
    <Card withBorder data-testid="mg-visit-handoffs">
      <Title order={2} size="h4" mb="xs">
        {t("mobileGroups.visit.handoffs")}
      </Title>
      {handoffs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("mobileGroups.visit.noHandoffs")}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {handoffs.map((h) => (
            <List.Item key={h.id} data-testid="mg-visit-handoff">
              <AnchorLink to="/handoffs/$handoffId" params={{ handoffId: h.id }}>
                {localName(h.receiverBody.name, lang)}
              </AnchorLink>{" "}
              <Badge size="sm" variant="light" color={STATE_COLOR[h.state] ?? "gray"}>
                {stateLabel(t, h.state)}
              </Badge>
              <Text span size="xs" c={h.overdue ? "red" : "dimmed"}>
                {" "}
                {t(h.overdue ? "mobileGroups.visit.overdueSince" : "mobileGroups.visit.dueAt", {
                  at: formatDateTime(h.dueAt),
                })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/**
 * One outreach visit (001 Art. 11): what the group found and whom, what is withheld from this reader
 * (the victim barrier, 83(2)), what it sent on — a hand-off informing the police or another body of
 * violence (11(2)), a referral to the centre for registration (54(1)) — and the actions to send more.
 */
export function OutreachVisitPage() {
  const { t } = useTranslation();
  const { visitId } = useParams({ strict: false }) as { visitId: string };
  const visit = useQuery({
    queryKey: mobileGroupKeys.visit(visitId),
    queryFn: () => mobileGroupsApi.visit(visitId),
  });
  const v = visit.data;
  return (
    <>
      <PageTitle>
        {v ? t("mobileGroups.visit.titleOn", { date: formatDate(v.visitedOn) }) : t("mobileGroups.visit.one")}
      </PageTitle>
      <ErrorAlert error={visit.error} />
      {visit.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
      {v && (
        <Stack gap="md">
          <WithheldNotice parts={v.withheld} />
          <Card withBorder data-testid="mg-visit">
            <Stack gap="sm">
              <Group gap="xl" wrap="wrap">
                {v.group && (
                  <Field label={t("mobileGroups.group")}>
                    <AnchorLink to="/mobile-groups/$groupId" params={{ groupId: v.group.id }}>
                      {v.group.name}
                    </AnchorLink>
                  </Field>
                )}
                <Field label={t("mobileGroups.visit.visitedOn")}>{formatDate(v.visitedOn)}</Field>
                <Field label={t("mobileGroups.visit.place")}>
                  {v.place ?? t("mobileGroups.visit.placeWithheld")}
                </Field>
                <Field label={t("mobileGroups.visit.signsShort")}>
                  {v.signsOfViolence ? (
                    <Badge color="red" variant="light" data-testid="mg-visit-signs-yes">
                      {t("mobileGroups.visit.signsYes")}
                    </Badge>
                  ) : (
                    t("mobileGroups.visit.signsNo")
                  )}
                </Field>
                {v.family && (
                  <Field label={t("mobileGroups.visit.family")}>
                    <AnchorLink
                      to="/families/$familyId"
                      params={{ familyId: v.family.id }}
                      data-testid="mg-visit-family"
                    >
                      {v.family.label ?? t("mobileGroups.visit.openFamily")}
                    </AnchorLink>
                  </Field>
                )}
              </Group>
              <Field label={t("mobileGroups.visit.findings")}>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="mg-visit-findings-text">
                  {v.findings ?? t("mobileGroups.visit.placeWithheld")}
                </Text>
              </Field>
              <Field label={t("mobileGroups.visit.persons")}>
                {v.persons.length === 0 ? (
                  t("mobileGroups.visit.noPersons")
                ) : (
                  <List size="sm">
                    {v.persons.map((p) => (
                      <List.Item key={`${p.id}/${p.role}`}>
                        <AnchorLink to="/persons/$personId" params={{ personId: p.id }}>
                          {p.fullName ?? t("mobileGroups.visit.personWithheld")}
                        </AnchorLink>{" "}
                        — {t(`mobileGroups.personRole.${p.role}`)}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Field>
            </Stack>
          </Card>
          <VisitActions visit={v} />
          <Handoffs visit={v} />
        </Stack>
      )}
    </>
  );
}
