import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { keys, usersApi } from "../../api/endpoints.ts";
import type { RoleId, User } from "../../api/types.ts";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ROLES } from "../../domain.ts";

interface Props {
  /** The user to edit, or null to create one. */
  user: User | null;
  onClose: () => void;
}

function isRole(value: string): value is RoleId {
  return (ROLES as readonly string[]).includes(value);
}

/** Create a user (person or service account) or edit one's name, body and roles. */
export function UserFormModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState(user?.username ?? "");
  const [fullName, setFullName] = useState(user?.fullName ?? "");
  const [body, setBody] = useState<BodyOption | null>(user ? { id: user.bodyId, name: user.bodyName } : null);
  const [roles, setRoles] = useState<RoleId[]>(user?.roles ?? []);
  const [service, setService] = useState(false);
  const [password, setPassword] = useState("");

  const save = useMutation({
    mutationFn: () => {
      if (user) {
        return usersApi.update(user.id, {
          fullName: fullName.trim(),
          bodyId: body?.id,
          roles,
          version: user.version,
        });
      }
      return usersApi.create({
        username: username.trim(),
        fullName: fullName.trim(),
        bodyId: body?.id ?? "",
        roles,
        ...(service ? { service: true } : { password }),
      });
    },
    onSuccess: () => onClose(),
    // Saved or refused as stale, the list must show the current rows.
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.users }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const err = (field: string) => fieldError(t, save.error, field);

  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? t("users.editTitle", { name: user.username }) : t("users.createTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={save.error} fields={["username", "fullName", "bodyId", "roles", "password"]} />
          {user ? (
            <Text size="sm">
              {t("users.username")}: <b>{user.username}</b>
            </Text>
          ) : (
            <TextInput
              label={t("users.username")}
              description={t("users.usernameHint")}
              required
              autoComplete="off"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              error={err("username")}
              data-testid="user-username"
            />
          )}
          <TextInput
            label={t("users.fullName")}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={err("fullName")}
            data-testid="user-fullname"
          />
          <BodySelect
            label={t("users.body")}
            required
            value={body}
            onChange={setBody}
            error={err("bodyId")}
            testId="user-body-select"
          />
          <MultiSelect
            label={t("users.roles")}
            required
            searchable
            data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
            value={roles}
            onChange={(values) => setRoles(values.filter(isRole))}
            error={err("roles")}
            nothingFoundMessage={t("common.nothingFound")}
            data-testid="user-roles"
          />
          {!user && (
            <>
              <Checkbox
                label={t("users.serviceAccount")}
                description={t("users.serviceHint")}
                checked={service}
                onChange={(e) => setService(e.currentTarget.checked)}
                data-testid="user-service"
              />
              {!service && (
                <PasswordInput
                  label={t("users.initialPassword")}
                  description={`${t("users.initialPasswordHint")} ${t("password.hint")}`}
                  required
                  autoComplete="new-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={err("password")}
                  visibilityToggleButtonProps={{ "aria-label": t("login.togglePassword") }}
                  data-testid="user-password"
                />
              )}
            </>
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="user-save">
              {user ? t("common.save") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
