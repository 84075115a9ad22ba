import { Button, Checkbox, Group, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmVisit } from "../../api/npm.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";

/**
 * The group's report (003 pp.27-28): findings, the complaints it includes (000 Art. 30(4)) and the
 * recommendations to state bodies. The server refuses it while a signature or a dissenting opinion
 * is missing, and lists why.
 */
export function ReportForm({ visit }: { visit: NpmVisit }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const complaints = useQuery({ queryKey: npmKeys.complaints, queryFn: () => npmApi.complaints() });
  const ofVisit = (complaints.data?.items ?? []).filter((c) => c.visitId === visit.id);
  const [findings, setFindings] = useState("");
  const [listed, setListed] = useState<string[] | null>(null);
  const [recs, setRecs] = useState<{ addressee: string; text: string }[]>([]);
  const listedIds = listed ?? ofVisit.map((c) => c.id);
  const current = {
    version: visit.version,
    findings,
    listedComplaintIds: listedIds,
    recommendations: recs.filter((r) => r.addressee.trim() && r.text.trim()),
  };
  const save = useMutation({
    mutationFn: (report: typeof current) => npmApi.report(visit.id, report),
    onSuccess: async (updated) => {
      notifySaved(t("forms.saved.report"));
      queryClient.setQueryData(npmKeys.visit(visit.id), updated);
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
    },
  });
  const form = useFormErrors({
    formId: "npm-report",
    fields: ["findings", "listedComplaintIds", "recommendations"],
    checks: {
      findings: findings.trim() ? undefined : t("forms.required", { label: t("npm.report.findings") }),
    },
    save,
    current,
  });
  const changeRec = (i: number, patch: Partial<{ addressee: string; text: string }>) =>
    setRecs((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate data-testid="npm-report-form">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("npm.report.title")}
        </Title>
        <FormErrorSummary form={form} testId="npm-report-error" />
        <Textarea
          id={form.id("findings")}
          error={form.err("findings")}
          label={t("npm.report.findings")}
          required
          autosize
          minRows={3}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          data-testid="npm-report-findings"
        />
        {ofVisit.length > 0 && (
          <Checkbox.Group
            id={form.id("listedComplaintIds")}
            error={form.err("listedComplaintIds")}
            label={t("npm.report.complaints")}
            value={listedIds}
            onChange={setListed}
          >
            <Stack gap={4} mt={4}>
              {ofVisit.map((c) => (
                <Checkbox
                  key={c.id}
                  value={c.id}
                  label={`${c.registrationNumber}: ${c.summary}`}
                  data-testid="npm-report-complaint"
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {recs.map((r, i) => (
          <Group key={i} align="end" grow data-testid="npm-report-recommendation">
            <TextInput
              label={t("npm.report.addressee")}
              value={r.addressee}
              onChange={(e) => changeRec(i, { addressee: e.currentTarget.value })}
              data-testid="npm-rec-addressee"
            />
            <TextInput
              label={t("npm.report.recommendation")}
              value={r.text}
              onChange={(e) => changeRec(i, { text: e.currentTarget.value })}
              data-testid="npm-rec-text"
            />
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="light"
            onClick={() => setRecs((all) => [...all, { addressee: "", text: "" }])}
            data-testid="npm-rec-add"
          >
            {t("npm.report.addRecommendation")}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="npm-report-submit">
            {t("npm.report.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
