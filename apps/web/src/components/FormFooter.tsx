import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * The foot of a form in a modal: Cancel, then the submit button (Save unless `label` says otherwise),
 * busy while the request runs so a second click cannot send it twice.
 */
export function FormFooter(props: {
  onCancel: () => void;
  saving: boolean;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={props.saving} data-testid={props.testId}>
        {props.label ?? t("common.save")}
      </Button>
    </Group>
  );
}
