import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { measureKeys, registerApi } from "../../api/measures.ts";
import type { LikelihoodAssessment, RegisterEntry } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { lawCitation } from "../../format.ts";
import { hasText } from "../../i18n/index.ts";
import { labelOf } from "../measures/labels.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { frequencyText, LIKELIHOOD_LEVELS } from "./registerDomain.ts";

const LEVEL_COLOR = { low: "green", medium: "orange", high: "red" } as const;

/**
 * The likelihood assessment of 001 Art. 59(10): the server proposes a level from the record with
 * each factor's points and a control frequency never below the legal minimum; the inspector
 * confirms it, or sets another level and must say why.
 */
export function LikelihoodPanel({ entry, canDecide }: { entry: RegisterEntry; canDecide: boolean }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const proposal = useQuery({
    queryKey: measureKeys.likelihood(entry.id),
    queryFn: () => registerApi.proposeLikelihood(entry.id),
    // Each read of the proposal is audited: fetch only when the inspector asks.
    enabled: asked,
    staleTime: Infinity,
  });
  const current = entry.likelihood;
  const reason = current && typeof current.rationale.reason === "string" ? current.rationale.reason : "";

  return (
    <Card withBorder data-testid="likelihood-panel">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("likelihood.title")}
        </Title>
        {canDecide && !asked && (
          <Button variant="light" onClick={() => setAsked(true)} data-testid="likelihood-assess">
            {t("likelihood.assess")}
          </Button>
        )}
      </Group>
      {current ? (
        <Text data-testid="likelihood-current" data-level={current.level}>
          {t("likelihood.current")}:{" "}
          <Badge color={LEVEL_COLOR[current.level]}>{labelOf(t, "likelihoodLevel", current.level)}</Badge>
          {current.rationale.overridden === true && ` · ${t("likelihood.overridden")}: ${reason}`}
        </Text>
      ) : (
        <Text c="dimmed" data-testid="likelihood-none">
          {t("likelihood.none")}
        </Text>
      )}
      <ErrorAlert error={proposal.error} />
      {proposal.data && <Decision entry={entry} proposal={proposal.data} onDone={() => setAsked(false)} />}
    </Card>
  );
}

function Decision(props: { entry: RegisterEntry; proposal: LikelihoodAssessment; onDone: () => void }) {
  const { entry, proposal: p, onDone } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<string>(p.proposedLevel);
  const [reason, setReason] = useState("");
  const overriding = level !== p.proposedLevel;
  const [missingReason, setMissingReason] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const chosen = LIKELIHOOD_LEVELS.find((l) => l === level) ?? p.proposedLevel;
      return registerApi.decideLikelihood(entry.id, {
        version: entry.version,
        level: chosen,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(measureKeys.registerEntry(entry.id), saved);
      queryClient.removeQueries({ queryKey: measureKeys.likelihood(entry.id) });
      void queryClient.invalidateQueries({ queryKey: measureKeys.register });
      void queryClient.invalidateQueries({ queryKey: measureKeys.worklists });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The reason for a changed level is required (Art. 59(10)); the server refuses it too.
    if (overriding && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    save.mutate();
  };
  const reasonError =
    missingReason && !reason.trim() ? t("likelihood.reasonRequired") : lawFieldError(t, save.error, "reason");

  return (
    <form onSubmit={submit} noValidate data-testid="likelihood-proposal">
      <Stack gap="sm" mt="sm">
        <Text>
          {t("likelihood.proposed")}:{" "}
          <Badge
            color={LEVEL_COLOR[p.proposedLevel]}
            data-testid="likelihood-proposed-level"
            data-level={p.proposedLevel}
          >
            {labelOf(t, "likelihoodLevel", p.proposedLevel)}
          </Badge>{" "}
          {t("likelihood.score", { score: p.score, medium: p.thresholds.medium, high: p.thresholds.high })}
        </Text>
        <Table withTableBorder data-testid="likelihood-factors">
          <Table.Caption>{t("likelihood.factorsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("likelihood.factor")}</Table.Th>
              <Table.Th>{t("likelihood.value")}</Table.Th>
              <Table.Th>{t("likelihood.points")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.factors.map((f) => (
              <Table.Tr key={f.code} data-testid="likelihood-factor">
                <Table.Td>
                  {hasText(`likelihoodFactor.${f.code}`) ? t(`likelihoodFactor.${f.code}`) : f.label}
                </Table.Td>
                <Table.Td>{f.value}</Table.Td>
                <Table.Td>{f.points}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Alert color="blue" data-testid="likelihood-frequency">
          {t("likelihood.frequency", {
            frequency: frequencyText(t, p.proposedFrequency),
            article: lawCitation(t, p.article),
          })}
          {p.legalMinimum &&
            ` ${t("likelihood.legalMinimum", { frequency: frequencyText(t, p.legalMinimum) })}`}
        </Alert>
        <NativeSelect
          label={t("likelihood.level")}
          value={level}
          data={LIKELIHOOD_LEVELS.map((l) => ({ value: l, label: t(`likelihoodLevel.${l}`) }))}
          onChange={(e) => setLevel(e.currentTarget.value)}
          data-testid="likelihood-level"
        />
        <Textarea
          label={t("likelihood.reason")}
          description={t("likelihood.reasonHint")}
          required={overriding}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={reasonError}
          data-testid="likelihood-reason"
        />
        <ErrorAlert error={save.error} fields={["reason"]} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="likelihood-confirm">
            {overriding ? t("likelihood.override") : t("likelihood.confirm")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
