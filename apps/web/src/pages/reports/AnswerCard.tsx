import { Card, Group, Paper, Stack, Text, Textarea, Title, Button } from "@mantine/core";
import type { ReportAnswerInput, ReportDetail } from "@aldyn/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { formatDateTime } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";

export const MAX_ANSWER = 4000;

/**
 * Every report is answered (001 Arts. 6(4), 49(2)): the answers the reporter reads by the tracking
 * code — the operator's own and those a receiving body published — and the form for a new one.
 */
export function AnswerCard({ report, canAnswer }: { report: ReportDetail; canAnswer: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="report-answers">
      <Title order={2} size="h4" mb="xs">
        {t("report.answers")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("report.answersHint")}
      </Text>
      <Stack gap="xs">
        {report.answers.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("report.noAnswers")}
          </Text>
        )}
        {report.answers.map((a, i) => (
          <Paper key={`${a.at}:${i}`} withBorder p="sm" bg="gray.0" data-testid="report-answer">
            <Text size="xs" c="dimmed">
              {formatDateTime(a.at, lang)}
              {a.byBody && ` · ${localName(a.byBody.name, lang)}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {a.text}
            </Text>
          </Paper>
        ))}
      </Stack>
      {/* A new form after each answer: the published text and its checks are gone. */}
      {canAnswer && <AnswerForm key={report.answers.length} report={report} />}
    </Card>
  );
}

function AnswerForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const body: ReportAnswerInput = { version: report.version, text: text.trim() };
  const save = useMutation({
    mutationFn: (b: ReportAnswerInput) => reportsApi.answer(report.id, b),
    onSuccess: (detail) => {
      notifySaved(t("report.saved.answered"));
      queryClient.setQueryData(reportKeys.one(report.id), detail);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
  const form = useFormErrors({
    formId: "report-answer",
    fields: ["text"],
    checks: { text: text.trim() ? undefined : t("forms.required", { label: t("report.answerText") }) },
    save,
    current: body,
  });
  return (
    <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate>
      <Stack gap="xs" mt="md">
        <FormErrorSummary form={form} testId="report-answer-error" />
        <Textarea
          id={form.id("text")}
          label={t("report.answerText")}
          description={t("report.answerTextHint")}
          required
          autosize
          minRows={3}
          maxLength={MAX_ANSWER}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={form.err("text")}
          data-testid="report-answer-text"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="report-answer-save">
            {t("report.answerSave")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
