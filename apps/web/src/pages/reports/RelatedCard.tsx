import { Badge, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { ReportDetail } from "@aldyn/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { formatDate, formatDateTime } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { labelOf } from "../measures/labels.ts";
import { reportLabel, STATUS_COLOR } from "./reportLabels.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";

type Duplicate = ReportDetail["duplicates"][number];

/**
 * What the report is tied to: reports that look like the same event (the reasons said), with "mark
 * as a duplicate of it", and the measures the report became the ground of (001 Art. 49(1)(1)).
 */
export function RelatedCard({ report, canWork }: { report: ReportDetail; canWork: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<Duplicate | null>(null);
  const mark = useMutation({
    mutationFn: (reportId: string) =>
      reportsApi.duplicateOf(report.id, { version: report.version, reportId }),
    onSuccess: (detail) => {
      notifySaved(t("report.saved.duplicate"));
      queryClient.setQueryData(reportKeys.one(report.id), detail);
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      setTarget(null);
    },
  });
  return (
    <Card withBorder data-testid="report-related">
      <Title order={2} size="h4" mb="xs">
        {t("report.duplicates")}
      </Title>
      {report.duplicates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("report.noDuplicates")}
        </Text>
      ) : (
        <Stack gap="xs">
          {report.duplicates.map((d) => (
            <Group key={d.id} gap="sm" data-testid="report-duplicate">
              <AnchorLink to="/reports/$reportId" params={{ reportId: d.id }}>
                {d.registrationNumber}
              </AnchorLink>
              <Text size="sm">{formatDateTime(d.receivedAt, lang)}</Text>
              <Badge variant="light" color={STATUS_COLOR[d.status] ?? "gray"}>
                {reportLabel(t, "status", d.status)}
              </Badge>
              {d.category && <Text size="sm">{reportLabel(t, "category", d.category)}</Text>}
              <Text size="xs" c="dimmed">
                {d.reasons.map((r) => reportLabel(t, "duplicateReason", r)).join("; ")}
              </Text>
              {canWork && !report.duplicateOf && report.status !== "closed" && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => setTarget(d)}
                  data-testid="report-mark-duplicate"
                >
                  {t("report.markDuplicate")}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      <Title order={2} size="h4" mt="md" mb="xs">
        {t("report.measures")}
      </Title>
      {report.measures.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("report.noMeasures")}
        </Text>
      ) : (
        <List size="sm" data-testid="report-measures">
          {report.measures.map((m) => (
            <List.Item key={m.id}>
              <AnchorLink to="/measures/$measureId" params={{ measureId: m.id }}>
                {labelOf(t, "measureKind", m.kind)}
              </AnchorLink>{" "}
              · {formatDate(m.issuedAt, lang)} · {labelOf(t, "measureStatus", m.status)}
            </List.Item>
          ))}
        </List>
      )}
      <ConfirmModal
        opened={target !== null}
        title={t("report.markDuplicate")}
        message={t("report.markDuplicateQuestion", { number: target?.registrationNumber ?? "" })}
        confirmLabel={t("report.markDuplicate")}
        loading={mark.isPending}
        error={mark.error}
        onConfirm={() => target && mark.mutate(target.id)}
        onClose={() => setTarget(null)}
      />
    </Card>
  );
}
