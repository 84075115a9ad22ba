import { Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./ErrorAlert.tsx";

interface Props {
  opened: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
  /** Extra inputs under the question (e.g. a reason). */
  children?: ReactNode;
}

/** A yes/no question before an action that changes someone's access. */
export function ConfirmModal(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Text mb="md">{props.message}</Text>
      {props.children}
      <ErrorAlert error={props.error} />
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.onClose}>
          {t("common.cancel")}
        </Button>
        <Button
          color={props.danger ? "red" : undefined}
          loading={props.loading}
          onClick={props.onConfirm}
          data-testid="confirm-submit"
        >
          {props.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
