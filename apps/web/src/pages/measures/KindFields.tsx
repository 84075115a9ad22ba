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
import { lawLabel } from "../../components/LawLabel.tsx";
import { list, str, type Details, type FieldKit } from "./fieldKit.tsx";
import {
  CONVERSATION_PLACES,
  localToInstant,
  PRESENT_PERSONS,
  PROHIBITIONS,
  type MeasureKind,
} from "./measureDomain.ts";
import { MORE_SHOWN, moreDetails, MoreKindFields } from "./MoreKindFields.tsx";
import { sentVictims } from "./victims.ts";
import { VictimsFields } from "./VictimsFields.tsx";
import { DateTimeField } from "../../components/DateTimeField.tsx";

export type { Details };

/** The `details.*` and `organisation.*` inputs of these kinds, in the order they appear. */
const SHOWN: Partial<Record<MeasureKind, readonly string[]>> = {
  preventive_conversation: ["details.place", "details.durationMinutes", "details.present"],
  protective_order: [
    "details.placeOfIssue",
    "details.placeOfViolence",
    "details.timeOfViolence",
    "details.victims",
    "details.circumstances",
    "details.prohibitions",
    "details.coversFamilyMembers",
    "details.subjectSane",
    "details.consequencesStated",
    "details.appealRightStated",
  ],
  statutory_notice: ["organisation.name", "organisation.headOrOfficial", "organisation.address"],
};
export const KIND_FIELDS = (kind: MeasureKind): readonly string[] => SHOWN[kind] ?? MORE_SHOWN[kind] ?? [];

export interface Organisation {
  name: string;
  headOrOfficial: string;
  /** Where the notice is sent (Art. 57(1)); printed on the form. */
  address?: string;
}

interface Props extends FieldKit {
  kind: MeasureKind;
  details: Details;
  onDetails: (details: Details) => void;
  organisation: Organisation;
  onOrganisation: (organisation: Organisation) => void;
}

/**
 * The fields each kind's article asks for: preventive conversation (Art. 50), protective order
 * (Art. 60), statutory notice (Art. 57) here, every other kind in MoreKindFields.tsx. Each input the
 * law requires is marked, with its article on hover; the law answers for the rest.
 */
export function KindFields({ kind, details, onDetails, organisation, onOrganisation, ...kit }: Props) {
  const { t } = useTranslation();
  const { err, id, req } = kit;
  const set = (key: string, value: unknown) => onDetails({ ...details, [key]: value });
  /** id, message, required mark and label with its article for the input at `path`. */
  const field = (path: string, label: string) => ({
    id: id(path),
    error: err(path),
    required: req(path) !== undefined,
    label: lawLabel(label, req(path)),
  });

  if (kind === "preventive_conversation") {
    return (
      <Fieldset legend={t("measures.kindFields")} data-testid="measure-details">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            {...field("details.place", t("measures.conversation.place"))}
            value={str(details.place)}
            data={[
              { value: "", label: "—" },
              ...CONVERSATION_PLACES.map((p) => ({
                value: p,
                label: t(`conversationPlace.${p}`),
              })),
            ]}
            onChange={(e) => set("place", e.currentTarget.value || undefined)}
            data-testid="conversation-place"
          />
          <NumberInput
            {...field("details.durationMinutes", t("measures.conversation.duration"))}
            min={1}
            value={typeof details.durationMinutes === "number" ? details.durationMinutes : ""}
            onChange={(v) => set("durationMinutes", typeof v === "number" ? v : undefined)}
            data-testid="conversation-duration"
          />
        </SimpleGrid>
        <Checkbox.Group
          mt="sm"
          {...field("details.present", t("measures.conversation.present"))}
          value={list(details.present)}
          onChange={(v) => set("present", v)}
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
        {...field(`details.${key}`, label)}
        label={lawLabel(label, req(`details.${key}`), true)}
        checked={details[key] === true}
        onChange={(e) => set(key, e.currentTarget.checked)}
        data-testid={`protective-${key}`}
      />
    );
    return (
      <Fieldset legend={t("measures.kindFields")} data-testid="measure-details">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...field("details.placeOfIssue", t("measures.protective.placeOfIssue"))}
              value={str(details.placeOfIssue)}
              onChange={(e) => set("placeOfIssue", e.currentTarget.value)}
              data-testid="protective-placeOfIssue"
            />
            <TextInput
              {...field("details.placeOfViolence", t("measures.protective.placeOfViolence"))}
              value={str(details.placeOfViolence)}
              onChange={(e) => set("placeOfViolence", e.currentTarget.value)}
              data-testid="protective-placeOfViolence"
            />
            <DateTimeField
              {...field("details.timeOfViolence", t("measures.protective.timeOfViolence"))}
              value={str(details.timeOfViolenceLocal)}
              onChange={(date) => set("timeOfViolenceLocal", date)}
              data-testid="protective-timeOfViolence"
            />
          </SimpleGrid>
          <VictimsFields
            id={id("details.victims")}
            article={req("details.victims")}
            value={details.victims}
            onChange={(rows) => set("victims", rows)}
            error={err("details.victims")}
          />
          <Textarea
            {...field("details.circumstances", t("measures.protective.circumstances"))}
            autosize
            minRows={2}
            value={str(details.circumstances)}
            onChange={(e) => set("circumstances", e.currentTarget.value)}
            data-testid="protective-circumstances"
          />
          <Checkbox.Group
            {...field("details.prohibitions", t("measures.protective.prohibitions"))}
            value={list(details.prohibitions)}
            onChange={(v) => set("prohibitions", v)}
            data-testid="protective-prohibitions"
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
            {...field("organisation.name", t("measures.notice.organisation"))}
            required
            value={organisation.name}
            onChange={(e) => onOrganisation({ ...organisation, name: e.currentTarget.value })}
            data-testid="notice-organisation"
          />
          <TextInput
            {...field("organisation.headOrOfficial", t("measures.notice.head"))}
            required
            value={organisation.headOrOfficial}
            onChange={(e) => onOrganisation({ ...organisation, headOrOfficial: e.currentTarget.value })}
            data-testid="notice-head"
          />
          <TextInput
            {...field("organisation.address", t("measures.notice.address"))}
            value={organisation.address ?? ""}
            onChange={(e) => onOrganisation({ ...organisation, address: e.currentTarget.value })}
            data-testid="notice-address"
          />
        </SimpleGrid>
      </Fieldset>
    );
  }
  return <MoreKindFields kind={kind} details={details} set={set} {...kit} />;
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
      // The time as the official typed it, on the clock of Almaty whatever the browser's zone (R11.4).
      ...(local ? { timeOfViolence: localToInstant(local) } : {}),
    };
  }
  if (kind === "preventive_conversation") return details;
  return moreDetails(kind, details);
}
