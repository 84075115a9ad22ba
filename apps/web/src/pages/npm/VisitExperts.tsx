import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

/**
 * The experts the Commissioner's office invites to a visit (003 p.15), by name; at most ten. The
 * decision that invites them is asked for next to them (VisitFormModal).
 */
export function VisitExperts({
  experts,
  onChange,
  id,
  err,
}: {
  experts: string[];
  onChange: (update: (experts: string[]) => string[]) => void;
  /** The element id and the message of an input, by its path in the request (`experts.0.name`). */
  id: (field: string) => string;
  err: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t("npm.visit.experts")}
      </Text>
      {experts.map((name, i) => (
        <Group key={i} gap="xs" align="flex-start">
          <TextInput
            id={id(`experts.${i}.name`)}
            style={{ flex: 1 }}
            aria-label={t("npm.visit.expertName")}
            placeholder={t("npm.visit.expertName")}
            value={name}
            onChange={(e) => {
              const value = e.currentTarget.value;
              onChange((xs) => xs.map((x, j) => (j === i ? value : x)));
            }}
            error={err(`experts.${i}.name`)}
            data-testid="npm-visit-expert"
          />
          <Button variant="subtle" color="red" onClick={() => onChange((xs) => xs.filter((_, j) => j !== i))}>
            {t("npm.visit.removeExpert")}
          </Button>
        </Group>
      ))}
      {experts.length < 10 && (
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange((xs) => [...xs, ""])}
            data-testid="npm-visit-add-expert"
          >
            {t("npm.visit.addExpert")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
