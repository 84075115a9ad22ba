import { ActionIcon, Checkbox, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { lawLabel } from "../../components/LawLabel.tsx";
import { AnchorLink } from "../../components/links.tsx";
import type { FormErrors } from "../../components/useFormErrors.ts";
import type { ChosenPerson, IncidentDraft } from "./incidentDomain.ts";
import { PersonPick } from "./PersonPick.tsx";

interface Props {
  draft: IncidentDraft;
  set: (change: Partial<IncidentDraft>) => void;
  form: FormErrors;
}

function PersonLine({
  person,
  onRemove,
  children,
}: {
  person: ChosenPerson;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" data-testid="incident-person" data-id={person.personId}>
      <AnchorLink to="/persons/$personId" params={{ personId: person.personId }} size="sm" target="_blank">
        {person.label}
      </AnchorLink>
      {children}
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t("incidents.removePerson", { name: person.label })}
        onClick={onRemove}
      >
        ×
      </ActionIcon>
    </Group>
  );
}

/**
 * Who the incident concerns: the victims (at least one; a minor marked as a child victim, ticked by
 * the birth date on the card), the person who committed it, and the children present (001 Art. 72(1),
 * (3)(2): a child involved brings guardianship and the commission on minors into the notification).
 */
export function IncidentPersonsFields({ draft, set, form }: Props) {
  const { t } = useTranslation();
  const chosen = [
    ...draft.victims.map((v) => v.personId),
    ...(draft.offender ? [draft.offender.personId] : []),
    ...draft.childrenPersons.map((c) => c.personId),
  ];
  return (
    <Fieldset legend={t("incidents.persons")}>
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {lawLabel(t("incidents.victims"), "001 Art. 72(1)")}
            <span aria-hidden="true" style={{ color: "var(--mantine-color-error)" }}>
              {" *"}
            </span>
          </Text>
          {draft.victims.length === 0 && (
            <Text size="sm" c="dimmed">
              {t("incidents.noVictims")}
            </Text>
          )}
          {draft.victims.map((v) => (
            <PersonLine
              key={v.personId}
              person={v}
              onRemove={() => set({ victims: draft.victims.filter((x) => x !== v) })}
            >
              <Checkbox
                size="xs"
                label={t("incidents.childVictim")}
                checked={v.child}
                onChange={(e) => {
                  const child = e.currentTarget.checked;
                  set({ victims: draft.victims.map((x) => (x === v ? { ...x, child } : x)) });
                }}
                data-testid="incident-victim-child"
              />
            </PersonLine>
          ))}
          <PersonPick
            id={form.id("victims")}
            label={t("incidents.findVictim")}
            exclude={chosen}
            error={form.err("victims")}
            onPick={(p) =>
              set({
                victims: [
                  ...draft.victims,
                  { personId: p.personId, label: p.label, child: p.minor === true },
                ],
              })
            }
            testId="incident-victim-search"
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t("incidents.offender")}
          </Text>
          {draft.offender ? (
            <PersonLine person={draft.offender} onRemove={() => set({ offender: null })} />
          ) : (
            <PersonPick
              id={form.id("offenderPersonId")}
              label={t("incidents.findOffender")}
              exclude={chosen}
              onPick={(p) => set({ offender: { personId: p.personId, label: p.label } })}
              testId="incident-offender-search"
            />
          )}
          {draft.offender && form.err("offenderPersonId") && (
            <Text size="sm" c="red.8">
              {form.err("offenderPersonId")}
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Checkbox
            label={t("incidents.childrenPresent")}
            description={t("incidents.childrenPresentHint")}
            checked={draft.childrenPresent}
            onChange={(e) => set({ childrenPresent: e.currentTarget.checked })}
            data-testid="incident-children-present"
          />
          {draft.childrenPresent && (
            <Stack gap={4} pl="xl">
              <TextInput
                id={form.id("childrenPresentCount")}
                label={t("incidents.childrenCount")}
                inputMode="numeric"
                w={200}
                value={draft.childrenCount}
                error={form.err("childrenPresentCount")}
                onChange={(e) => set({ childrenCount: e.currentTarget.value })}
                data-testid="incident-children-count"
              />
              {draft.childrenPersons.map((c) => (
                <PersonLine
                  key={c.personId}
                  person={c}
                  onRemove={() => set({ childrenPersons: draft.childrenPersons.filter((x) => x !== c) })}
                />
              ))}
              <PersonPick
                label={t("incidents.findChild")}
                exclude={chosen}
                onPick={(p) =>
                  set({
                    childrenPersons: [...draft.childrenPersons, { personId: p.personId, label: p.label }],
                  })
                }
                testId="incident-child-search"
              />
            </Stack>
          )}
        </Stack>
      </Stack>
    </Fieldset>
  );
}
