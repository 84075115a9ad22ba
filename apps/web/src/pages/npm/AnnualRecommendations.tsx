import { Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmKeys, type NpmAnnualReport } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";

/**
 * The recommendations to state bodies the annual report includes (000 Art. 34(2)): the year's
 * recommendations from the visit reports; those who prepare the draft choose which are printed, with
 * their text, addressee and status. The visit reports are confidential (003 p.29), so a text reaches
 * the published copy only when chosen here; once approved, the choice no longer changes (34(3)).
 */
export function AnnualRecommendations({ report, canEdit }: { report: NpmAnnualReport; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editable = canEdit && report.status === "draft";
  const [chosen, setChosen] = useState(report.recommendations.filter((r) => r.included).map((r) => r.id));
  const save = useMutation({
    mutationFn: () =>
      npmAnnualApi.updateDraft(report.year, report.version, report.legislationSuggestions, chosen),
    onSuccess: (updated) => queryClient.setQueryData(npmKeys.annual(report.year), updated),
  });
  const shown = editable ? report.recommendations : report.recommendations.filter((r) => r.included);
  return (
    <Card withBorder data-testid="npm-annual-recommendations">
      <Title order={2} size="h4" mb="xs">
        {t("npm.annual.recommendationsIncluded")}
      </Title>
      {editable && (
        <Text size="sm" c="dimmed" mb="xs">
          {t("npm.annual.recommendationsHint")}
        </Text>
      )}
      {shown.length === 0 && <Text c="dimmed">{t("npm.annual.noRecommendations")}</Text>}
      <Checkbox.Group value={chosen} onChange={setChosen}>
        <Stack gap={6}>
          {shown.map((r) => (
            <Group key={r.id} gap="xs" wrap="nowrap" align="flex-start">
              {editable && (
                <Checkbox value={r.id} data-testid="npm-annual-recommendation" aria-label={r.text} />
              )}
              <Text size="sm">
                <b>{r.addressee}</b>: {r.text} · {formatDate(r.visitStartsOn)}{" "}
                <Badge size="xs" variant="light">
                  {t(`npm.recStatus.${r.status}`, { defaultValue: r.status })}
                </Badge>
              </Text>
            </Group>
          ))}
        </Stack>
      </Checkbox.Group>
      {editable && report.recommendations.length > 0 && (
        <>
          <ErrorAlert error={save.error} testId="npm-annual-recommendations-error" />
          <Group justify="flex-end" mt="sm">
            <Button
              onClick={() => save.mutate()}
              loading={save.isPending}
              data-testid="npm-annual-recommendations-save"
            >
              {t("npm.annual.saveRecommendations")}
            </Button>
          </Group>
        </>
      )}
    </Card>
  );
}
