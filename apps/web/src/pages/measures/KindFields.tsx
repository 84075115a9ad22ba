import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { list, str, type Details } from "./fieldKit.tsx";
import { CONVERSATION_PLACES, PRESENT_PERSONS, PROHIBITIONS, type MeasureKind } from "./measureDomain.ts";
import { MORE_SHOWN, moreDetails, MoreKindFields } from "./MoreKindFields.tsx";
import { sentVictims } from "./victims.ts";
import { VictimsFields } from "./VictimsFields.tsx";

export type { Details };

/** The fields each kind's form shows with their own message (the summary above leaves them out). */
const SHOWN: Partial<Record<MeasureKind, readonly string[]>> = {
  preventive_conversation: ["details.place", "details.durationMinutes", "details.present"],
  protective_order: [
    "details.placeOfIssue",
    "details.placeOfViolence",
    "details.timeOfViolence",
    "details.circumstances",
    "details.prohibitions",
    "details.coversFamilyMembers",
    "details.subjectSane",
    "details.consequencesStated",
    "details.appealRightStated",
    "details.victims",
  ],
  statutory_notice: ["organisation.name", "organisation.headOrOfficial", "organisation.address", "subject"],
};
export const KIND_FIELDS = (kind: MeasureKind): readonly string[] => SHOWN[kind] ?? MORE_SHOWN[kind] ?? [];

export interface Organisation {
  name: string;
  headOrOfficial: string;
  /** Where the notice is sent (Art. 57(1)); printed on the form. */
  address?: string;
}

interface Props {
  kind: MeasureKind;
  details: Details;
  onDetails: (details: Details) => void;
  organisation: Organisation;
  onOrganisation: (organisation: Organisation) => void;
  /** The message for a field (path inside the body, e.g. `details.place`), with its article. */
  err: (field: string) => string | undefined;
}

/**
 * The fields each kind's article asks for: preventive conversation (Art. 50), protective order
 * (Art. 60), statutory notice (Art. 57) here, every other kind in MoreKindFields.tsx. The law
 * answers for what is missing.
 */
export function KindFields({ kind, details, onDetails, organisation, onOrganisation, err }: Props) {
  const { t } = useTranslation();
  const set = (key: string, value: unknown) => onDetails({ ...details, [key]: value });

  if (kind === "preventive_conversation") {
    return (
      <Fieldset legend={t("measures.kindFields")} data-testid="measure-details">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t("measures.conversation.place")}
            value={str(details.place)}
            data={[
              { value: "", label: "—" },
              ...CONVERSATION_PLACES.map((p) => ({
                value: p,
                label: t(`conversationPlace.${p}`),
              })),
            ]}
            onChange={(e) => set("place", e.currentTarget.value || undefined)}
            error={err("details.place")}
            data-testid="conversation-place"
          />
          <NumberInput
            label={t("measures.conversation.duration")}
            min={1}
            max={600}
            value={typeof details.durationMinutes === "number" ? details.durationMinutes : ""}
            onChange={(v) => set("durationMinutes", typeof v === "number" ? v : undefined)}
            error={err("details.durationMinutes")}
            data-testid="conversation-duration"
          />
        </SimpleGrid>
        <Checkbox.Group
          mt="sm"
          label={t("measures.conversation.present")}
          value={list(details.present)}
          onChange={(v) => set("present", v)}
          error={err("details.present")}
        >
          <Group mt={4}>
            {PRESENT_PERSONS.map((p) => (
              <Checkbox key={p} value={p} label={t(`presentPerson.${p}`)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Fieldset>
    );
  }

  if (kind === "protective_order") {
    const flag = (key: string, label: string) => (
      <Checkbox
        label={label}
        checked={details[key] === true}
        onChange={(e) => set(key, e.currentTarget.checked)}
        error={err(`details.${key}`)}
        data-testid={`protective-${key}`}
      />
    );
    return (
      <Fieldset legend={t("measures.kindFields")} data-testid="measure-details">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("measures.protective.placeOfIssue")}
              value={str(details.placeOfIssue)}
              onChange={(e) => set("placeOfIssue", e.currentTarget.value)}
              error={err("details.placeOfIssue")}
            />
            <TextInput
              label={t("measures.protective.placeOfViolence")}
              value={str(details.placeOfViolence)}
              onChange={(e) => set("placeOfViolence", e.currentTarget.value)}
              error={err("details.placeOfViolence")}
            />
            <TextInput
              type="datetime-local"
              label={t("measures.protective.timeOfViolence")}
              value={str(details.timeOfViolenceLocal)}
              onChange={(e) => set("timeOfViolenceLocal", e.currentTarget.value)}
              error={err("details.timeOfViolence")}
            />
          </SimpleGrid>
          <VictimsFields
            value={details.victims}
            onChange={(rows) => set("victims", rows)}
            error={err("details.victims")}
          />
          <Textarea
            label={t("measures.protective.circumstances")}
            autosize
            minRows={2}
            value={str(details.circumstances)}
            onChange={(e) => set("circumstances", e.currentTarget.value)}
            error={err("details.circumstances")}
          />
          <Checkbox.Group
            label={t("measures.protective.prohibitions")}
            value={list(details.prohibitions)}
            onChange={(v) => set("prohibitions", v)}
            error={err("details.prohibitions")}
          >
            <Stack gap={4} mt={4}>
              {PROHIBITIONS.map((p) => (
                <Checkbox key={p} value={p} label={t(`prohibition.${p}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          {flag("coversFamilyMembers", t("measures.protective.coversFamilyMembers"))}
          {flag("subjectSane", t("measures.protective.subjectSane"))}
          {flag("consequencesStated", t("measures.protective.consequencesStated"))}
          {flag("appealRightStated", t("measures.protective.appealRightStated"))}
        </Stack>
      </Fieldset>
    );
  }

  if (kind === "statutory_notice") {
    return (
      <Fieldset legend={t("measures.notice.addressee")} data-testid="measure-details">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t("measures.notice.organisation")}
            required
            value={organisation.name}
            onChange={(e) => onOrganisation({ ...organisation, name: e.currentTarget.value })}
            error={err("organisation.name") ?? err("subject")}
            data-testid="notice-organisation"
          />
          <TextInput
            label={t("measures.notice.head")}
            required
            value={organisation.headOrOfficial}
            onChange={(e) => onOrganisation({ ...organisation, headOrOfficial: e.currentTarget.value })}
            error={err("organisation.headOrOfficial")}
            data-testid="notice-head"
          />
          <TextInput
            label={t("measures.notice.address")}
            value={organisation.address ?? ""}
            onChange={(e) => onOrganisation({ ...organisation, address: e.currentTarget.value })}
            error={err("organisation.address")}
            data-testid="notice-address"
          />
        </SimpleGrid>
      </Fieldset>
    );
  }
  return <MoreKindFields kind={kind} details={details} set={set} err={err} />;
}

/** The details as sent: form-only values (a local time) turned into the law's shape. */
export function detailsForKind(kind: MeasureKind, details: Details): Details | undefined {
  if (kind === "protective_order") {
    const { timeOfViolenceLocal, victims, ...rest } = details;
    const local = str(timeOfViolenceLocal);
    const named = sentVictims(victims);
    return {
      ...rest,
      ...(named.length > 0 ? { victims: named } : {}),
      ...(local ? { timeOfViolence: new Date(local).toISOString() } : {}),
    };
  }
  if (kind === "preventive_conversation") return details;
  return moreDetails(kind, details);
}
