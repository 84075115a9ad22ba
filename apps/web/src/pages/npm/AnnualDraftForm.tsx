import { Button, Card, Group, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmKeys } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { parseSuggestions } from "./annual.ts";

/**
 * Generates the year's draft from the year's reports (000 Art. 34(1)) with suggestions on the
 * legislation, one per line; they stay editable on the draft (AnnualSuggestions) until approval.
 */
export function AnnualDraftForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const create = useMutation({
    mutationFn: () => npmAnnualApi.create(year, parseSuggestions(text)),
    onSuccess: (report) => queryClient.setQueryData(npmKeys.annual(year), report),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} data-testid="npm-annual-draft-form">
        <Title order={2} size="h4" mb="xs">
          {t("npm.annual.draftTitle", { year })}
        </Title>
        <Textarea
          label={t("npm.annual.suggestions")}
          description={t("npm.annual.suggestionsHint")}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="npm-annual-suggestions"
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t("npm.annual.suggestionsCount", { count: parseSuggestions(text).length })}
        </Text>
        <ErrorAlert error={create.error} testId="npm-annual-draft-error" />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={create.isPending} data-testid="npm-annual-generate">
            {t("npm.annual.generate")}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
