import { Alert, Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { lawLabel } from "../../components/LawLabel.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { formatDate, lawCitation, todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { freePlaces, personLine, STAY_ARTICLE, stayPreview } from "./fsDomain.ts";
import { FamilySelect, PersonSelect } from "./FsPickers.tsx";
import type { FamilyRef, PersonRef, Shelter, ShelterStay as Stay } from "./fsTypes.ts";

const OVER_MONTH = "domestic_violence.temporary_residence_over_one_month";

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: fsKeys.all });
}

/** The month's limit under the dates, in words with its article (001 Arts. 10(2)(4), 72(2)). */
function LimitNote({ from, until }: { from: string; until: string }) {
  const { t } = useTranslation();
  const p = stayPreview(from, until);
  if (!p) return null;
  return (
    <Alert
      color={p.overMonth ? "red" : "blue"}
      variant="light"
      data-testid="fs-stay-limit"
      data-over={p.overMonth}
      title={t("familySupport.stays.limitTitle", { date: formatDate(p.latestEnd) })}
    >
      <Text size="sm">
        {p.overMonth
          ? t("familySupport.stays.overMonth", { date: formatDate(p.latestEnd) })
          : until && !p.beforeAdmission
            ? t("familySupport.stays.nights", { nights: p.nights })
            : t("familySupport.stays.limitHint")}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t("errors.article", { article: lawCitation(t, STAY_ARTICLE) })}
      </Text>
    </Alert>
  );
}

/** Admission to a shelter for up to one month (001 Arts. 10(2)(4), 72(2)); a full shelter refuses. */
export function AdmitModal(props: {
  shelters: readonly Shelter[];
  shelter: Shelter | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const open = props.shelters.filter((s) => s.active);
  const [shelterId, setShelterId] = useState(
    props.shelter?.id ?? open.find((s) => s.places > s.occupied)?.id ?? "",
  );
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [family, setFamily] = useState<FamilyRef | null>(null);
  const [admittedOn, setAdmittedOn] = useState(() => todayIso());
  const [plannedUntil, setPlannedUntil] = useState("");
  const preview = stayPreview(admittedOn, plannedUntil);
  const current = {
    shelterId,
    personId: person?.id ?? "",
    ...(family ? { familyId: family.id } : {}),
    admittedOn,
    plannedUntil,
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.admit(body),
    onSuccess: async () => {
      notifySaved(t("familySupport.stays.admitted"));
      await refresh();
      props.onClose();
    },
  });
  const req = (ok: boolean, label: string) => (ok ? undefined : t("forms.required", { label: t(label) }));
  const form = useFormErrors({
    formId: "fs-admit",
    fields: ["shelterId", "personId", "familyId", "admittedOn", "plannedUntil"],
    checks: {
      shelterId: req(shelterId !== "", "familySupport.field.shelter"),
      personId: req(person !== null, "familySupport.field.person"),
      admittedOn: req(admittedOn !== "", "familySupport.field.admittedOn"),
      plannedUntil:
        plannedUntil === ""
          ? req(false, "familySupport.field.plannedUntil")
          : preview?.beforeAdmission
            ? t("familySupport.check.untilBeforeAdmission")
            : preview?.overMonth
              ? t("familySupport.stays.overMonth", { date: formatDate(preview.latestEnd) })
              : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t("familySupport.stays.admit")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-admit-error" />
          <NativeSelect
            id={form.id("shelterId")}
            label={t("familySupport.field.shelter")}
            required
            value={shelterId}
            data={[
              { value: "", label: "—" },
              ...open.map((s) => ({
                value: s.id,
                label: `${s.name} — ${t("familySupport.shelters.free", { free: freePlaces(s.places, s.occupied) })}`,
              })),
            ]}
            onChange={(e) => setShelterId(e.currentTarget.value)}
            error={form.err("shelterId")}
            data-testid="fs-admit-shelter"
          />
          <PersonSelect
            id={form.id("personId")}
            label={t("familySupport.field.person")}
            required
            value={person}
            onChange={setPerson}
            error={form.err("personId")}
            testId="fs-admit-person"
          />
          <FamilySelect
            id={form.id("familyId")}
            label={t("familySupport.field.family")}
            description={t("familySupport.field.familyOptional")}
            value={family}
            onChange={setFamily}
            error={form.err("familyId")}
            testId="fs-admit-family"
          />
          <SimpleGrid cols={2}>
            <DateField
              id={form.id("admittedOn")}
              label={t("familySupport.field.admittedOn")}
              required
              value={admittedOn}
              onChange={setAdmittedOn}
              error={form.err("admittedOn")}
              data-testid="fs-admit-on"
            />
            <DateField
              id={form.id("plannedUntil")}
              label={lawLabel(t("familySupport.field.plannedUntil"), STAY_ARTICLE)}
              required
              value={plannedUntil}
              min={admittedOn || undefined}
              onChange={setPlannedUntil}
              error={form.err("plannedUntil")}
              data-testid="fs-admit-until"
            />
          </SimpleGrid>
          <LimitNote from={admittedOn} until={plannedUntil} />
          <FormFooter
            onCancel={props.onClose}
            saving={save.isPending}
            label={t("familySupport.stays.admit")}
            testId="fs-admit-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * A request to stay longer: within the month it moves the planned end; past the month the law
 * provides no extension (001 Art. 72(2)) — the server refuses it and records the refusal, which is
 * shown here with its article.
 */
export function ExtendModal({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [requestedUntil, setRequestedUntil] = useState("");
  const [refused, setRefused] = useState<{ article: string; latestEnd: string } | null>(null);
  const preview = stayPreview(stay.admittedOn, requestedUntil);
  const current = { requestedUntil };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.extend(stay.id, body),
    onSuccess: async (result) => {
      await refresh();
      // Past the month the request is refused and the refusal recorded on the stay (001 Art. 72(2)).
      if (result.refused) {
        setRefused({ article: result.refused.article, latestEnd: result.refused.latestEnd });
        return;
      }
      notifySaved(t("familySupport.stays.extended"));
      onClose();
    },
    onError: async (e) => {
      // The refusal past the month is recorded on the stay: its history changed too.
      if (e instanceof ApiError && e.code === OVER_MONTH) {
        setRefused({ article: e.article ?? STAY_ARTICLE, latestEnd: stay.latestEnd });
        await refresh();
      }
    },
  });
  const form = useFormErrors({
    formId: "fs-extend",
    fields: ["requestedUntil"],
    checks: {
      requestedUntil:
        requestedUntil === ""
          ? t("forms.required", { label: t("familySupport.field.requestedUntil") })
          : requestedUntil < stay.admittedOn
            ? t("familySupport.check.untilBeforeAdmission")
            : undefined,
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.stays.extendTitle", { name: personLine(t, stay.person) })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {refused ? (
        <Stack>
          <Alert color="red" title={t("familySupport.stays.refusedTitle")} data-testid="fs-extend-refused">
            <Text size="sm">{t("familySupport.stays.refused", { date: formatDate(refused.latestEnd) })}</Text>
            <Text size="sm" mt={4} data-testid="error-article">
              {t("errors.article", { article: lawCitation(t, refused.article) })}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus data-testid="fs-extend-close">
              {t("common.close")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
          <Stack>
            <Text size="sm">
              {t("familySupport.stays.current", {
                from: formatDate(stay.admittedOn),
                until: formatDate(stay.plannedUntil),
              })}
            </Text>
            <FormErrorSummary form={form} testId="fs-extend-error" />
            <DateField
              id={form.id("requestedUntil")}
              label={lawLabel(t("familySupport.field.requestedUntil"), STAY_ARTICLE)}
              required
              value={requestedUntil}
              min={stay.admittedOn}
              onChange={setRequestedUntil}
              error={form.err("requestedUntil")}
              data-testid="fs-extend-until"
            />
            <LimitNote from={stay.admittedOn} until={requestedUntil} />
            {preview?.overMonth && (
              <Text size="xs" c="dimmed">
                {t("familySupport.stays.willBeRefused")}
              </Text>
            )}
            <FormFooter
              onCancel={onClose}
              saving={save.isPending}
              label={t("familySupport.stays.extend")}
              testId="fs-extend-save"
            />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Records the departure (the stay ends; its place is free again). */
export function DepartModal({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [on, setOn] = useState(() => todayIso());
  const save = useMutation({
    mutationFn: () => fsApi.depart(stay.id, { departedOn: on }),
    onSuccess: async () => {
      notifySaved(t("familySupport.stays.departed"));
      await refresh();
      onClose();
    },
  });
  return (
    <ConfirmModal
      opened
      title={t("familySupport.stays.departTitle")}
      message={t("familySupport.stays.departConfirm", { name: personLine(t, stay.person) })}
      confirmLabel={t("familySupport.stays.depart")}
      loading={save.isPending}
      error={save.error}
      onConfirm={() => on && save.mutate()}
      onClose={onClose}
    >
      <DateField
        label={t("familySupport.field.departedOn")}
        required
        value={on}
        min={stay.admittedOn}
        max={todayIso()}
        onChange={setOn}
        data-testid="fs-depart-on"
      />
    </ConfirmModal>
  );
}
