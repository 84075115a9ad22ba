import {
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { measureKeys, measuresApi } from "../../api/measures.ts";
import type { Measure, MeasureFactCreate } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { lawFieldError } from "./lawError.ts";
import {
  APPEAL_OUTCOMES,
  CONTROL_OUTCOMES,
  FACT_TYPES,
  localToInstant,
  nowLocal,
  SERVICE_CHANNELS,
  TERMINATION_GROUNDS,
  type FactType,
} from "./measureDomain.ts";

type Extra = Partial<
  Record<"channel" | "outcome" | "place" | "protocol" | "until" | "ground" | "witnessedBy", string>
>;

function choice(
  label: string,
  value: string,
  options: readonly string[],
  prefix: string,
  onChange: (v: string) => void,
  t: (k: string) => string,
  error: string | undefined,
  testId: string,
) {
  return (
    <NativeSelect
      label={label}
      required
      value={value}
      data={[{ value: "", label: "—" }, ...options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))]}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data-testid={testId}
    />
  );
}

/** Record a legal fact of the measure (served, refusal to sign, prosecutor's copy, check, …). */
export function FactPanel({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [type, setType] = useState<FactType>("served");
  const [at, setAt] = useState(nowLocal);
  const [note, setNote] = useState("");
  const [extra, setExtra] = useState<Extra>({});
  const set = (key: keyof Extra, value: string) => setExtra((old) => ({ ...old, [key]: value }));

  const save = useMutation({
    mutationFn: () => {
      const body: MeasureFactCreate = { version: measure.version, type, at: localToInstant(at) };
      if (note.trim()) body.note = note.trim();
      for (const [key, value] of Object.entries(extra)) {
        if (!value) continue;
        if (key === "outcome" && type === "appeal_decided") body.outcome = value;
        else (body as Record<string, unknown>)[key] = value;
      }
      if (type === "appeal_decided" && extra.until) {
        body.validUntil = extra.until;
        delete body.until;
      }
      return measuresApi.addFact(measure.id, body);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(measureKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: measureKeys.ofPerson(saved.personId ?? "") });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      setNote("");
      setExtra({});
    },
  });
  const err = (field: string) => lawFieldError(t, save.error, field);
  const stale = save.error instanceof ApiError && save.error.code === "conflict.stale_version";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Card withBorder data-testid="fact-panel">
      <Title order={2} size="h4" mb="xs">
        {t("measures.recordFact")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={save.error} fields={["at", "channel", "outcome", "until", "ground", "place"]} />
          {stale && (
            <Button
              variant="light"
              w="fit-content"
              onClick={() => {
                save.reset();
                void queryClient.invalidateQueries({ queryKey: measureKeys.one(measure.id) });
              }}
            >
              {t("persons.reload")}
            </Button>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t("measures.factType")}
              value={type}
              data={FACT_TYPES.map((f) => ({ value: f, label: t(`factType.${f}`) }))}
              onChange={(e) => {
                const next = FACT_TYPES.find((f) => f === e.currentTarget.value);
                if (next) setType(next);
                setExtra({});
              }}
              data-testid="fact-type"
            />
            <TextInput
              type="datetime-local"
              label={t("measures.factAt")}
              required
              value={at}
              onChange={(e) => setAt(e.currentTarget.value)}
              error={err("at")}
              data-testid="fact-at"
            />
            {type === "served" &&
              choice(
                t("measures.channel"),
                extra.channel ?? "",
                SERVICE_CHANNELS,
                "channel",
                (v) => set("channel", v),
                t,
                err("channel"),
                "fact-channel",
              )}
            {type === "control_check" &&
              choice(
                t("checks.outcome"),
                extra.outcome ?? "",
                CONTROL_OUTCOMES,
                "checkOutcome",
                (v) => set("outcome", v),
                t,
                err("outcome"),
                "fact-outcome",
              )}
            {type === "appeal_decided" &&
              choice(
                t("measures.appealOutcome"),
                extra.outcome ?? "",
                APPEAL_OUTCOMES,
                "appealOutcome",
                (v) => set("outcome", v),
                t,
                err("outcome"),
                "fact-appeal-outcome",
              )}
            {type === "terminated" &&
              choice(
                t("measures.terminationGround"),
                extra.ground ?? "",
                TERMINATION_GROUNDS,
                "terminationGround",
                (v) => set("ground", v),
                t,
                err("ground"),
                "fact-ground",
              )}
            {(type === "extended" || type === "appeal_decided") && (
              <TextInput
                type="date"
                label={t("measures.newLastDay")}
                required={type === "extended"}
                value={extra.until ?? ""}
                onChange={(e) => set("until", e.currentTarget.value)}
                error={err("until") ?? err("validUntil")}
                data-testid="fact-until"
              />
            )}
            {type === "control_check" && (
              <TextInput
                label={t("checks.place")}
                value={extra.place ?? ""}
                onChange={(e) => set("place", e.currentTarget.value)}
                error={err("place")}
                data-testid="fact-place"
              />
            )}
            {type === "violation" && (
              <TextInput
                label={t("measures.protocol")}
                value={extra.protocol ?? ""}
                onChange={(e) => set("protocol", e.currentTarget.value)}
                data-testid="fact-protocol"
              />
            )}
            {type === "signature_refused" && (
              <TextInput
                label={t("measures.witnessedBy")}
                value={extra.witnessedBy ?? ""}
                onChange={(e) => set("witnessedBy", e.currentTarget.value)}
              />
            )}
          </SimpleGrid>
          <Textarea
            label={t("measures.note")}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="fact-note"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="fact-save">
              {t("measures.recordFact")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
