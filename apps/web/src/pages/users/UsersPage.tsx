import { Button, Group, Table, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { keys, usersApi } from "../../api/endpoints.ts";
import type { User } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { usePagedSearch } from "../../components/usePagedSearch.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { ResetPasswordModal } from "./ResetPasswordModal.tsx";
import { ServiceTokenModal } from "./ServiceTokenModal.tsx";
import { GrantsModal } from "./GrantsModal.tsx";
import { UserFormModal } from "./UserFormModal.tsx";

type Dialog =
  { kind: "create" } | { kind: "edit" | "reset" | "toggle" | "token" | "grants"; user: User } | null;

/** The administrators' user list: search, create, edit, reset password, grants, (de)activate, tokens. */
export function UsersPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const paging = usePagedSearch();
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useQuery({
    queryKey: [...keys.users, paging.q, paging.page],
    queryFn: () => usersApi.list({ q: paging.q || undefined, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });
  const toggle = useMutation({
    mutationFn: (user: User) => usersApi.update(user.id, { active: !user.active, version: user.version }),
    onSuccess: () => setDialog(null),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.users }),
  });
  const close = () => {
    toggle.reset();
    setDialog(null);
  };

  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          <Button onClick={() => setDialog({ kind: "create" })} data-testid="user-create">
            {t("users.create")}
          </Button>
        }
      >
        {t("users.title")}
      </PageTitle>
      <TextInput
        type="search"
        label={t("common.search")}
        placeholder={t("users.searchPlaceholder")}
        value={paging.search}
        onChange={(e) => paging.setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
        data-testid="users-search"
      />
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover aria-busy={list.isFetching} data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("users.username")}</Table.Th>
              <Table.Th>{t("users.fullName")}</Table.Th>
              <Table.Th>{t("users.body")}</Table.Th>
              <Table.Th>{t("users.roles")}</Table.Th>
              <Table.Th>{t("users.status")}</Table.Th>
              <Table.Th>{t("common.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={6} />}
            {list.isSuccess && rows.length === 0 && <EmptyRow colSpan={6} text={t("users.empty")} />}
            {rows.map((user) => (
              <Table.Tr key={user.id} data-testid="user-row">
                <Table.Td>{user.username}</Table.Td>
                <Table.Td>{user.fullName}</Table.Td>
                <Table.Td>{localName(user.bodyName, lang)}</Table.Td>
                <Table.Td>{user.roles.map((role) => t(`role.${role}`)).join(", ")}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={user.active ? "green.8" : "dimmed"}>
                    {user.active ? t("users.active") : t("users.inactive")}
                  </Text>
                  {user.service && <Text size="xs">{t("users.service")}</Text>}
                  {user.mustChangePassword && (
                    <Text size="xs" c="orange.9">
                      {t("users.mustChange")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <RowButton
                      label={t("common.edit")}
                      name={user.username}
                      onClick={() => setDialog({ kind: "edit", user })}
                    />
                    {user.service ? (
                      <RowButton
                        label={t("users.issueToken")}
                        name={user.username}
                        onClick={() => setDialog({ kind: "token", user })}
                      />
                    ) : (
                      <>
                        <RowButton
                          label={t("users.resetPassword")}
                          name={user.username}
                          onClick={() => setDialog({ kind: "reset", user })}
                        />
                        <RowButton
                          label={t("grants.open")}
                          name={user.username}
                          onClick={() => setDialog({ kind: "grants", user })}
                        />
                      </>
                    )}
                    <RowButton
                      label={user.active ? t("users.deactivate") : t("users.activate")}
                      name={user.username}
                      color={user.active ? "red" : undefined}
                      onClick={() => setDialog({ kind: "toggle", user })}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && (
        <TablePager
          total={list.data.total}
          page={paging.page}
          pageSize={paging.pageSize}
          onChange={paging.setPage}
        />
      )}

      {dialog?.kind === "create" && <UserFormModal user={null} onClose={close} />}
      {dialog?.kind === "edit" && <UserFormModal user={dialog.user} onClose={close} />}
      {dialog?.kind === "reset" && <ResetPasswordModal user={dialog.user} onClose={close} />}
      {dialog?.kind === "token" && <ServiceTokenModal user={dialog.user} onClose={close} />}
      {dialog?.kind === "grants" && <GrantsModal user={dialog.user} onClose={close} />}
      {dialog?.kind === "toggle" && (
        <ConfirmModal
          opened
          title={dialog.user.active ? t("users.deactivate") : t("users.activate")}
          message={t(dialog.user.active ? "users.confirmDeactivate" : "users.confirmActivate", {
            name: dialog.user.username,
          })}
          confirmLabel={dialog.user.active ? t("users.deactivate") : t("users.activate")}
          danger={dialog.user.active}
          loading={toggle.isPending}
          error={toggle.error}
          onConfirm={() => toggle.mutate(dialog.user)}
          onClose={close}
        />
      )}
    </>
  );
}

interface RowButtonProps {
  label: string;
  name: string;
  color?: string | undefined;
  onClick: () => void;
}

/** A row action; its spoken name says which user it acts on ("Edit: aliya"). */
function RowButton({ label, name, color, onClick }: RowButtonProps) {
  return (
    <Button
      size="compact-xs"
      variant="light"
      color={color}
      aria-label={`${label}: ${name}`}
      onClick={onClick}
    >
      {label}
    </Button>
  );
}
