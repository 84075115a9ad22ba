import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ButtonLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { AddMemberModal, EndMemberModal } from "./CommissionModals.tsx";
import { RegisterCommissionModal } from "./RegisterCommissionModal.tsx";
import { commissionKeys, commissionsApi } from "./commissionsApi.ts";
import { compositionOrder, termState, treeRows } from "./commissionDomain.ts";
import type { CommissionMember, MinorsCommissionDetail, MinorsCommissionRow } from "./commissionTypes.ts";

/**
 * `/commissions`: the commissions on minors' affairs within the user's territory as a tree — the
 * interdepartmental, region and city, district and settlement commissions (001 Art. 79(2),(3)) —
 * and the chosen one's composition: chair (a deputy akim), deputy, members by the bodies of 79(5)
 * and one secretary (79(4)), with their terms and what the composition lacks. The secretary and the
 * akimat add and end members; the akimat registers a commission.
 */
export function CommissionsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const session = useSession();
  const list = useQuery({ queryKey: commissionKeys.list, queryFn: commissionsApi.list });
  const [chosen, setChosen] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);
  const items = list.data?.items ?? [];
  const own = items.find((c) => c.bodyId === session.user.body.id);
  const selected = chosen ?? own?.bodyId ?? items[0]?.bodyId ?? null;
  return (
    <>
      <PageTitle
        actions={
          list.data?.canCreate &&
          list.data.unregisteredBodies.length > 0 && (
            <Button onClick={() => setRegistering(true)} data-testid="commission-register">
              {t("commissions.register")}
            </Button>
          )
        }
      >
        {t("commissions.title")}
      </PageTitle>
      <ErrorAlert error={list.error} />
      {list.isPending && <Loader aria-label={t("common.loading")} />}
      {list.data && items.length === 0 && <Alert variant="light">{t("commissions.empty")}</Alert>}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Card withBorder padding="xs" data-testid="commissions-tree">
            <Stack gap={2} component="ul" style={{ listStyle: "none", margin: 0, padding: 0 }}>
              {treeRows(items).map(({ node, depth }) => (
                <li key={node.bodyId}>
                  <UnstyledButton
                    onClick={() => setChosen(node.bodyId)}
                    aria-current={node.bodyId === selected ? "true" : undefined}
                    data-testid="commissions-tree-item"
                    w="100%"
                    p={6}
                    pl={8 + depth * 18}
                    style={{
                      borderRadius: 4,
                      background: node.bodyId === selected ? "var(--mantine-color-blue-light)" : undefined,
                    }}
                  >
                    <Text size="sm" fw={node.bodyId === selected ? 600 : 400}>
                      {localName(node.name, lang)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`commissions.level.${node.level}`)}
                      {node.settlementName ? ` · ${node.settlementName}` : ""} ·{" "}
                      {t("commissions.treeCounts", {
                        members: node.activeMembers,
                        open: node.cases.gathering + node.cases.ready + node.cases.scheduled,
                      })}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {selected && <CommissionCard bodyId={selected} row={items.find((i) => i.bodyId === selected)} />}
        </Grid.Col>
      </Grid>
      {registering && list.data && (
        <RegisterCommissionModal list={list.data} onClose={() => setRegistering(false)} />
      )}
    </>
  );
}

function CommissionCard({ bodyId, row }: { bodyId: string; row: MinorsCommissionRow | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const one = useQuery({ queryKey: commissionKeys.one(bodyId), queryFn: () => commissionsApi.one(bodyId) });
  if (one.isPending) return <Loader aria-label={t("common.loading")} />;
  if (!one.data) return <ErrorAlert error={one.error} />;
  const c = one.data;
  return (
    <Card withBorder data-testid="commission-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h3">
            {localName(c.name, lang)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`commissions.level.${c.level}`)}
            {c.settlementName ? ` · ${c.settlementName}` : ""} · {localName((row ?? c).territory.name, lang)}
          </Text>
          <Text size="xs" c="dimmed">
            {t("commissions.established", { on: formatDate(c.establishedOn), by: c.establishedBy })}
            {c.maslikhatApproval ? ` · ${t("commissions.maslikhat", { act: c.maslikhatApproval })}` : ""}
          </Text>
          {c.parent && (
            <Text size="xs" c="dimmed">
              {t("commissions.parent")}: {localName(c.parent.name, lang)}
            </Text>
          )}
        </div>
        {c.lower.length > 0 && (
          <ButtonLink
            to="/commissions/$bodyId/lower"
            params={{ bodyId: c.bodyId }}
            variant="light"
            size="xs"
            data-testid="commission-lower-link"
          >
            {t("commissions.lowerLink", { count: c.lower.length })}
          </ButtonLink>
        )}
      </Group>
      <Gaps c={c} />
      <Composition c={c} />
    </Card>
  );
}

function Gaps({ c }: { c: MinorsCommissionDetail }) {
  const { t } = useTranslation();
  const { missingRoles, missingBodies } = c.gaps;
  if (missingRoles.length === 0 && missingBodies.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      mt="sm"
      title={t("commissions.gapsTitle")}
      data-testid="commission-gaps"
    >
      {missingRoles.length > 0 && (
        <Text size="sm">
          {t("commissions.missingRoles")}: {missingRoles.map((r) => t(`commissions.role.${r}`)).join(", ")}
        </Text>
      )}
      {missingBodies.length > 0 && (
        <Text size="sm">
          {t("commissions.missingBodies")}:{" "}
          {missingBodies.map((r) => t(`commissions.represents.${r}`)).join(", ")}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        <LawCitation code={c.gaps.article} />
      </Text>
    </Alert>
  );
}

function Composition({ c }: { c: MinorsCommissionDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const today = todayIso();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<CommissionMember | null>(null);
  return (
    <>
      <Group justify="space-between" mt="md" mb="xs">
        <Title order={3} size="h4">
          {t("commissions.composition")}
        </Title>
        {c.canManage && (
          <Button size="xs" onClick={() => setAdding(true)} data-testid="commission-add-member">
            {t("commissions.addMember")}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped data-testid="commission-members">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("commissions.col.member")}</Table.Th>
              <Table.Th>{t("commissions.col.role")}</Table.Th>
              <Table.Th>{t("commissions.col.represents")}</Table.Th>
              <Table.Th>{t("commissions.col.term")}</Table.Th>
              {c.canManage && <Table.Th>{t("common.actions")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {compositionOrder(c.members).map((m) => {
              const state = termState(m, today);
              return (
                <Table.Tr
                  key={m.id}
                  data-testid="commission-member-row"
                  data-active={m.active}
                  style={{ opacity: m.active ? 1 : 0.6 }}
                >
                  <Table.Td>
                    <Text size="sm">{m.fullName}</Text>
                    <Text size="xs" c="dimmed">
                      {m.position}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t(`commissions.role.${m.role}`)}
                    {m.role === "chair" && m.chairIsDeputyAkim && (
                      <Text size="xs" c="dimmed">
                        {t(c.level === "settlement" ? "commissions.akim" : "commissions.deputyAkim")}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {t(`commissions.represents.${m.represents}`)}
                    {m.representsBody && (
                      <Text size="xs" c="dimmed">
                        {localName(m.representsBody.name, lang)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Text size="sm">
                      {formatDate(m.since)} — {m.until ? formatDate(m.until) : t("commissions.noEnd")}
                    </Text>
                    {state !== "active" && (
                      <Badge size="sm" variant="light" color="gray">
                        {t(`commissions.term.${state}`)}
                        {m.endedOn ? ` ${formatDate(m.endedOn)}` : ""}
                      </Badge>
                    )}
                    {m.endedReason && (
                      <Text size="xs" c="dimmed">
                        {m.endedReason}
                      </Text>
                    )}
                  </Table.Td>
                  {c.canManage && (
                    <Table.Td>
                      {m.active && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setEnding(m)}
                          aria-label={t("commissions.endOf", { name: m.fullName })}
                          data-testid="commission-end-member"
                        >
                          {t("commissions.endShort")}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        {t("commissions.compositionNote")} <LawCitation code="001 Art. 79(4)" />
      </Text>
      {adding && <AddMemberModal commission={c} onClose={() => setAdding(false)} />}
      {ending && <EndMemberModal commission={c} member={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
