import { Alert, Badge, Button, Group, Modal, Select, Stack, Table, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConfidentialGrant } from "@aldyn/contract";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { grantKeys, grantsApi, type GrantBarrier } from "../../api/grants.ts";
import type { User } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";

const BARRIERS: readonly GrantBarrier[] = ["victim", "health"];

/**
 * A user's grants to confidential data (R11.1; 001 Art. 83(2)): victims' data and health data beyond
 * what the roles open. The administrator gives one with a reason and revokes it after a confirmation;
 * it applies from the user's next request. NPM data are never granted (000 Art. 35; 003 p.29).
 */
export function GrantsModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [barrier, setBarrier] = useState<GrantBarrier | null>(null);
  const [reason, setReason] = useState("");
  const [revoking, setRevoking] = useState<ConfidentialGrant | null>(null);
  const [done, setDone] = useState<"given" | "revoked" | null>(null);
  const grants = useQuery({ queryKey: grantKeys.ofUser(user.id), queryFn: () => grantsApi.list(user.id) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: grantKeys.ofUser(user.id) });
  const give = useMutation({
    mutationFn: () => grantsApi.give(user.id, barrier!, reason.trim()),
    onSuccess: () => {
      setDone("given");
      setBarrier(null);
      setReason("");
    },
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (g: ConfidentialGrant) => grantsApi.revoke(user.id, g.id),
    onSuccess: () => {
      setDone("revoked");
      setRevoking(null);
    },
    onSettled: refresh,
  });

  const items = grants.data?.items ?? [];
  const active = items.filter((g) => g.revokedAt === null);
  const free = BARRIERS.filter((b) => !active.some((g) => g.barrier === b));
  const barrierName = (b: GrantBarrier) => t(`grants.barrier.${b}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    give.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t("grants.title", { name: user.username })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="sm">
        <Text size="sm">{t("grants.intro")}</Text>
        <ErrorAlert error={grants.error} />
        {done && (
          <Alert color="green" role="status" data-testid="grant-done">
            {t(done === "given" ? "grants.givenDone" : "grants.revokedDone")}
          </Alert>
        )}
        <Table data-testid="grants-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("grants.barrierLabel")}</Table.Th>
              <Table.Th>{t("grants.reason")}</Table.Th>
              <Table.Th>{t("grants.history")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grants.isSuccess && items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed" size="sm">
                    {t("grants.none")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {items.map((g) => (
              <Table.Tr
                key={g.id}
                data-testid="grant-row"
                data-barrier={g.barrier}
                data-active={!g.revokedAt}
              >
                <Table.Td>
                  <Group gap={4}>
                    {barrierName(g.barrier)}
                    <Badge size="sm" variant="light" color={g.revokedAt ? "gray" : "green"}>
                      {t(g.revokedAt ? "grants.revoked" : "grants.active")}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>{g.reason}</Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {t("grants.givenBy", { at: formatDateTime(g.givenAt, lang), by: g.givenBy.fullName })}
                  </Text>
                  {g.revokedAt && g.revokedBy && (
                    <Text size="xs">
                      {t("grants.revokedBy", {
                        at: formatDateTime(g.revokedAt, lang),
                        by: g.revokedBy.fullName,
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {!g.revokedAt && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      aria-label={`${t("grants.revoke")}: ${barrierName(g.barrier)}`}
                      onClick={() => {
                        setDone(null);
                        setRevoking(g);
                      }}
                      data-testid="grant-revoke"
                    >
                      {t("grants.revoke")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {free.length > 0 && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <ErrorAlert error={give.error} fields={["barrier", "reason"]} />
              <Select
                label={t("grants.barrierLabel")}
                data={free.map((b) => ({ value: b, label: barrierName(b) }))}
                value={barrier}
                onChange={(v) => setBarrier(v as GrantBarrier | null)}
                required
                error={fieldError(t, give.error, "barrier")}
                data-testid="grant-barrier"
              />
              <Textarea
                label={t("grants.reason")}
                description={t("grants.reasonHint")}
                required
                autosize
                minRows={2}
                maxLength={1000}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(t, give.error, "reason")}
                data-testid="grant-reason"
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t("common.close")}
                </Button>
                <Button
                  type="submit"
                  loading={give.isPending}
                  disabled={!barrier || reason.trim() === ""}
                  data-testid="grant-submit"
                >
                  {t("grants.give")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
      {revoking && (
        <ConfirmModal
          opened
          title={t("grants.revoke")}
          message={t("grants.confirmRevoke", { what: barrierName(revoking.barrier), name: user.username })}
          confirmLabel={t("grants.revoke")}
          danger
          loading={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate(revoking)}
          onClose={() => {
            revoke.reset();
            setRevoking(null);
          }}
        />
      )}
    </Modal>
  );
}
