import { Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../api/errors.ts";
import { NPM_PARTICIPANT_CATEGORIES, npmApi, npmKeys, todayIso } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { EligibilityFields, type Candidate } from "./EligibilityFields.tsx";
import { useRegions } from "./regions.ts";
import { FormFooter } from "../../components/FormFooter.tsx";
import type { UserChoice } from "@aldyn/contract";
import { UserPicker } from "../users/UserPicker.tsx";
import { DateField } from "../../components/DateField.tsx";

/**
 * A participant selected by the Commissioner's office (000 Art. 26(3)) after the eligibility check
 * of 000 Art. 28: the server lists every refusal with its article.
 */
export function ParticipantFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const { regions } = useRegions();
  const [fullName, setFullName] = useState("");
  const [login, setLogin] = useState<UserChoice | null>(null);
  const [categories, setCategories] = useState<string[]>([]);
  const [specialisations, setSpecialisations] = useState("");
  const [regionCode, setRegionCode] = useState("");
  const [selectedOn, setSelectedOn] = useState(todayIso());
  const [candidate, setCandidate] = useState<Candidate>({ citizenOfKazakhstan: true });
  const [certNumber, setCertNumber] = useState("");
  const [certIssuedOn, setCertIssuedOn] = useState(todayIso());
  const save = useMutation({
    mutationFn: () =>
      npmApi.createParticipant({
        fullName,
        ...(login ? { userId: login.id } : {}),
        categories,
        specialisations: specialisations
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        regionCode: regionCode || (regions[0]?.code ?? ""),
        selectedOn,
        candidate,
        ...(certNumber.trim() ? { certificate: { number: certNumber.trim(), issuedOn: certIssuedOn } } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onClose();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const err = (field: string) => fieldError(t, save.error, field);
  return (
    <Modal opened onClose={onClose} title={t("npm.participant.create")} size="xl">
      <form onSubmit={submit}>
        <Stack>
          <TextInput
            label={t("npm.participant.fullName")}
            required
            value={fullName}
            onChange={(e) => setFullName(e.currentTarget.value)}
            error={err("fullName")}
            data-testid="npm-participant-name"
          />
          <UserPicker
            label={t("npm.participant.login")}
            description={t("npm.participant.loginHint")}
            value={login}
            onChange={(u) => {
              setLogin(u);
              // The person selected is usually the login's holder: their name, unless already typed.
              if (u && !fullName.trim()) setFullName(u.fullName);
            }}
            search={npmApi.participantLogins}
            queryKey="npm-logins"
            error={err("userId")}
            testId="npm-participant-user"
          />
          <Checkbox.Group label={t("npm.participant.categories")} value={categories} onChange={setCategories}>
            <Group gap="md" mt={4}>
              {NPM_PARTICIPANT_CATEGORIES.map((c) => (
                <Checkbox
                  key={c}
                  value={c}
                  label={t(`npm.category.${c}`)}
                  data-testid="npm-participant-category"
                />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            label={t("npm.participant.specialisations")}
            value={specialisations}
            onChange={(e) => setSpecialisations(e.currentTarget.value)}
            data-testid="npm-participant-specialisations"
          />
          <SimpleGrid cols={2}>
            <NativeSelect
              label={t("npm.region")}
              value={regionCode || (regions[0]?.code ?? "")}
              onChange={(e) => setRegionCode(e.currentTarget.value)}
              data={regions.map((r) => ({ value: r.code, label: localName(r.name, lang) }))}
              data-testid="npm-participant-region"
            />
            <DateField
              label={t("npm.participant.selectedOn")}
              value={selectedOn}
              onChange={setSelectedOn}
              data-testid="npm-participant-selected"
            />
            <TextInput
              label={t("npm.participant.certificateNumber")}
              value={certNumber}
              onChange={(e) => setCertNumber(e.currentTarget.value)}
              data-testid="npm-participant-cert-number"
            />
            <DateField
              label={t("npm.participant.certificateIssuedOn")}
              value={certIssuedOn}
              onChange={setCertIssuedOn}
              data-testid="npm-participant-cert-issued"
            />
          </SimpleGrid>
          <EligibilityFields value={candidate} onChange={setCandidate} />
          <ErrorAlert error={save.error} fields={["fullName", "userId"]} testId="npm-participant-error" />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="npm-participant-save" />
        </Stack>
      </form>
    </Modal>
  );
}
