import { Card, Checkbox, Group, NativeSelect, Stack, Text, Title, Button } from "@mantine/core";
import type { ReportDetail, ReportTriageInput } from "@aldyn/contract";
import { REPORT_CATEGORIES, REPORT_FLAGS, REPORT_URGENCIES } from "@aldyn/law";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DistrictSelect } from "../../components/DistrictSelect.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { LawCitation } from "../../format.ts";
import { PersonsPicker, type LinkedPerson } from "./PersonsPicker.tsx";
import { categoryArticle } from "./reportLaw.ts";
import { reportLabel } from "./reportLabels.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";

/**
 * Triage (R6): the category from the law's closed list, each shown with the article that makes it a
 * body's duty; the urgency (the law's proposal preselected); the flags; the district; the persons.
 */
export function TriageCard({ report, readOnly }: { report: ReportDetail; readOnly: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState(report.category ?? "");
  const [urgency, setUrgency] = useState(report.urgency ?? report.proposedUrgency ?? "");
  const [flags, setFlags] = useState<string[]>(report.flags);
  const [districtId, setDistrictId] = useState(report.district?.id ?? "");
  const [persons, setPersons] = useState<LinkedPerson[]>(report.persons.map((p) => ({ ...p, label: null })));
  const body: ReportTriageInput = {
    version: report.version,
    category,
    urgency,
    flags,
    districtId: districtId || null,
    personIds: persons.map((p) => ({ personId: p.personId, role: p.role })),
  };
  const save = useMutation({
    mutationFn: (b: ReportTriageInput) => reportsApi.triageReport(report.id, b),
    onSuccess: (detail) => {
      notifySaved(t("report.saved.triaged"));
      queryClient.setQueryData(reportKeys.one(report.id), detail);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
  });
  const form = useFormErrors({
    formId: "report-triage",
    fields: ["category", "urgency", "flags", "districtId", "personIds"],
    checks: {
      category: category ? undefined : t("forms.required", { label: t("report.category.label") }),
      urgency: urgency ? undefined : t("forms.required", { label: t("report.urgency.label") }),
    },
    save,
    current: body,
  });
  const article = category ? categoryArticle(category) : undefined;

  return (
    <Card withBorder data-testid="report-triage">
      <Title order={2} size="h4" mb="xs">
        {t("report.triage")}
      </Title>
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <FormErrorSummary form={form} testId="report-triage-error" />
            <Group align="flex-start" grow wrap="wrap">
              <NativeSelect
                id={form.id("category")}
                label={t("report.category.label")}
                required
                value={category}
                data={[
                  { value: "", label: "—" },
                  ...REPORT_CATEGORIES.map((c) => ({ value: c, label: reportLabel(t, "category", c) })),
                ]}
                onChange={(e) => setCategory(e.currentTarget.value)}
                error={form.err("category")}
                description={
                  article ? (
                    <span data-testid="report-category-article">
                      {t("report.categoryDuty")} <LawCitation code={article} />
                    </span>
                  ) : undefined
                }
                data-testid="report-triage-category"
              />
              <NativeSelect
                id={form.id("urgency")}
                label={t("report.urgency.label")}
                required
                value={urgency}
                data={[
                  { value: "", label: "—" },
                  ...REPORT_URGENCIES.map((u) => ({ value: u, label: reportLabel(t, "urgency", u) })),
                ]}
                onChange={(e) => setUrgency(e.currentTarget.value)}
                error={form.err("urgency")}
                description={
                  report.proposedUrgency
                    ? t("report.urgencyProposed", {
                        urgency: reportLabel(t, "urgency", report.proposedUrgency),
                      })
                    : undefined
                }
                data-testid="report-triage-urgency"
              />
              <DistrictSelect
                id={form.id("districtId")}
                label={t("report.district")}
                value={districtId}
                onChange={setDistrictId}
                error={form.err("districtId")}
                testId="report-triage-district"
              />
            </Group>
            <Checkbox.Group
              id={form.id("flags")}
              label={t("report.flag.label")}
              value={flags}
              onChange={setFlags}
              error={form.err("flags")}
            >
              <Group gap="lg" mt={4}>
                {REPORT_FLAGS.map((f) => (
                  <Checkbox
                    key={f}
                    value={f}
                    label={reportLabel(t, "flag", f)}
                    data-testid={`report-triage-flag-${f}`}
                  />
                ))}
              </Group>
            </Checkbox.Group>
            <PersonsPicker value={persons} onChange={setPersons} error={form.err("personIds")} />
            <Group justify="flex-end">
              {readOnly && (
                <Text size="sm" c="dimmed">
                  {t("report.lock.readOnly")}
                </Text>
              )}
              <Button type="submit" loading={save.isPending} data-testid="report-triage-save">
                {t("report.triageSave")}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      </form>
    </Card>
  );
}
