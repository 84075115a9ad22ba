import { Button, Card, Group, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmKeys } from "../../api/npm.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { parseSuggestions } from "./annual.ts";

/**
 * Generates the year's draft from the year's reports (000 Art. 34(1)) with suggestions on the
 * legislation, one per line; they stay editable on the draft (AnnualSuggestions) until approval.
 */
export function AnnualDraftForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const suggestions = parseSuggestions(text);
  const create = useMutation({
    mutationFn: (sent: { legislationSuggestions: string[] }) =>
      npmAnnualApi.create(year, sent.legislationSuggestions),
    onSuccess: (report) => {
      notifySaved(t("forms.saved.annualDraft"));
      queryClient.setQueryData(npmKeys.annual(year), report);
    },
  });
  // The suggestions are optional (000 Art. 34(1)); a refusal by the server lands on them.
  const form = useFormErrors({
    formId: "npm-annual",
    fields: ["legislationSuggestions"],
    checks: {},
    save: create,
    current: { legislationSuggestions: suggestions },
  });
  return (
    <Card withBorder>
      <form
        onSubmit={form.onSubmit(() => create.mutate({ legislationSuggestions: suggestions }))}
        noValidate
        data-testid="npm-annual-draft-form"
      >
        <Title order={2} size="h4" mb="xs">
          {t("npm.annual.draftTitle", { year })}
        </Title>
        <FormErrorSummary form={form} testId="npm-annual-draft-error" />
        <Textarea
          id={form.id("legislationSuggestions")}
          error={form.err("legislationSuggestions")}
          label={t("npm.annual.suggestions")}
          description={t("npm.annual.suggestionsHint")}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="npm-annual-suggestions"
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t("npm.annual.suggestionsCount", { count: suggestions.length })}
        </Text>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={create.isPending} data-testid="npm-annual-generate">
            {t("npm.annual.generate")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
