import { Button, Card, Group, List, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmKeys, type NpmAnnualReport } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { parseSuggestions, suggestionsText } from "./annual.ts";

/**
 * The draft's suggestions in an edit box, one per line, saved whole with the draft's version: the
 * Council prepares the report (000 Art. 34(1)) and a participant may help until approval. A stale
 * version or an approval in between comes back as the server's refusal, shown with its article.
 */
function EditForm({ report, onDone }: { report: NpmAnnualReport; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(suggestionsText(report.legislationSuggestions));
  const save = useMutation({
    mutationFn: () => npmAnnualApi.updateDraft(report.year, report.version, parseSuggestions(text)),
    onSuccess: (updated) => {
      queryClient.setQueryData(npmKeys.annual(report.year), updated);
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="npm-annual-suggestions-form">
      <Textarea
        label={t("npm.annual.suggestions")}
        description={t("npm.annual.suggestionsHint")}
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        data-testid="npm-annual-suggestions-edit"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t("npm.annual.suggestionsCount", { count: parseSuggestions(text).length })}
      </Text>
      <ErrorAlert error={save.error} testId="npm-annual-suggestions-error" />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" onClick={onDone} disabled={save.isPending}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={save.isPending} data-testid="npm-annual-suggestions-save">
          {t("npm.annual.saveSuggestions")}
        </Button>
      </Group>
    </form>
  );
}

/**
 * Suggestions on the legislation (000 Art. 34(2)). On a draft, those who prepare it edit them; once
 * approved the text is what is sent and posted (34(3)), so the list is read-only and says why.
 */
export function AnnualSuggestions({ report, canEdit }: { report: NpmAnnualReport; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const draft = report.status === "draft";
  return (
    <Card withBorder data-testid="npm-annual-suggestions-list">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("npm.annual.suggestions")}
        </Title>
        {draft && canEdit && !editing && (
          <Button variant="light" onClick={() => setEditing(true)} data-testid="npm-annual-suggestions-open">
            {t("npm.annual.editSuggestions")}
          </Button>
        )}
      </Group>
      {editing && draft && canEdit ? (
        <EditForm key={report.version} report={report} onDone={() => setEditing(false)} />
      ) : report.legislationSuggestions.length === 0 ? (
        <Text c="dimmed">{t("npm.annual.noSuggestions")}</Text>
      ) : (
        <List type="ordered">
          {report.legislationSuggestions.map((s, i) => (
            <List.Item key={i}>{s}</List.Item>
          ))}
        </List>
      )}
      {!draft && canEdit && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="npm-annual-suggestions-locked">
          {t("npm.annual.suggestionsLocked")}
        </Text>
      )}
    </Card>
  );
}
