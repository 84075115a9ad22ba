import { Button, Fieldset, Group, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { victimRows, type VictimRow } from "./victims.ts";

/**
 * The protected person(s) of a protective order: the victim(s) named on the order (Art. 60(1), (4)).
 * At least one is required; the form starts with one empty row (victimRows), and a refusal for
 * `details.victims` (none named, or a row without a name) shows under the first name.
 */
export function VictimsFields({
  value,
  onChange,
  error,
}: {
  value: unknown;
  onChange: (rows: VictimRow[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const rows = victimRows(value);
  const setRow = (i: number, row: VictimRow) => onChange(rows.map((r, j) => (j === i ? row : r)));
  return (
    <Fieldset legend={t("measures.protective.victims")} data-testid="protective-victims">
      <Stack gap="xs">
        {rows.map((row, i) => (
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t("measures.protective.victimName")}
              // A new order names at least one victim (Art. 60(1), (4)); the law's refusal shows here.
              required={i === 0}
              value={row.fullName}
              onChange={(e) => setRow(i, { ...row, fullName: e.currentTarget.value })}
              error={i === 0 ? error : undefined}
              data-testid={`protective-victim-name-${i}`}
            />
            <TextInput
              style={{ flex: 1 }}
              label={t("measures.protective.victimAddress")}
              value={row.address}
              onChange={(e) => setRow(i, { ...row, address: e.currentTarget.value })}
              data-testid={`protective-victim-address-${i}`}
            />
            {rows.length > 1 && (
              <Button variant="subtle" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
                {t("measures.protective.removeVictim")}
              </Button>
            )}
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...rows, { fullName: "", address: "" }])}
            data-testid="protective-add-victim"
          >
            {t("measures.protective.addVictim")}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
