import { Button, Group, List, NativeSelect, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, todayIso, type NpmVisit } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";

type Recommendation = NpmVisit["recommendations"][number];
const STATUSES = ["open", "answered", "in_progress", "implemented", "rejected"] as const;
type Status = (typeof STATUSES)[number];
const isStatus = (v: string): v is Status => (STATUSES as readonly string[]).includes(v);

/** A recommendation of the report with the state body's answer and its implementation status. */
export function RecommendationRow({ rec, editable }: { rec: Recommendation; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>(isStatus(rec.status) ? rec.status : "open");
  const [answer, setAnswer] = useState(rec.answer ?? "");
  const save = useMutation({
    mutationFn: () =>
      npmApi.answerRecommendation(rec.id, {
        version: rec.version,
        status,
        ...(answer.trim() ? { answer: answer.trim(), answeredOn: rec.answeredOn ?? todayIso() } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: npmKeys.visit(rec.visitId) }),
  });
  return (
    <List.Item data-testid="npm-recommendation" data-status={rec.status}>
      {rec.addressee}: {rec.text} ({t(`npm.recStatus.${rec.status}`, { defaultValue: rec.status })})
      {rec.answer && ` — ${rec.answer}`}
      {editable && (
        <Group align="end" gap="xs" mt={4}>
          <NativeSelect
            size="xs"
            label={t("npm.report.recStatus")}
            value={status}
            onChange={(e) => isStatus(e.currentTarget.value) && setStatus(e.currentTarget.value)}
            data={STATUSES.map((s) => ({ value: s, label: t(`npm.recStatus.${s}`) }))}
            data-testid="npm-rec-status"
          />
          <TextInput
            size="xs"
            label={t("npm.report.answer")}
            value={answer}
            onChange={(e) => setAnswer(e.currentTarget.value)}
            data-testid="npm-rec-answer"
          />
          <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} data-testid="npm-rec-save">
            {t("common.save")}
          </Button>
        </Group>
      )}
      <ErrorAlert error={save.error} />
    </List.Item>
  );
}
