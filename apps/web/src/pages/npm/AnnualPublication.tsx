import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmKeys, todayIso, type NpmAnnualReport } from "../../api/npm.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { DEADLINE_COLOR, deadlineState } from "./annual.ts";
import { DateField } from "../../components/DateField.tsx";

/** One publication step (sent / posted) with its badge against the one-month limit. */
function Step(props: { label: string; on: string | null; overdue: boolean; testId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const state = deadlineState(props.on, props.overdue);
  return (
    <Group gap="xs" data-testid={props.testId} data-state={state}>
      <Text size="sm">{props.label}:</Text>
      <Badge color={DEADLINE_COLOR[state]} variant="light">
        {t(`npm.annual.state.${state}`, { date: formatDate(props.on, lang) })}
      </Badge>
    </Group>
  );
}

/** The Council's approval, asked twice because it fixes the report and starts the month (34(3)). */
function Approve({ report }: { report: NpmAnnualReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(todayIso());
  const approve = useMutation({
    mutationFn: () => npmAnnualApi.approve(report.year, report.version, on),
    onSuccess: (updated) => {
      queryClient.setQueryData(npmKeys.annual(report.year), updated);
      setOpen(false);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="npm-annual-approve">
        {t("npm.annual.approve")}
      </Button>
      <ConfirmModal
        opened={open}
        title={t("npm.annual.approveTitle", { year: report.year })}
        message={t("npm.annual.approveMessage")}
        confirmLabel={t("npm.annual.approve")}
        loading={approve.isPending}
        error={approve.error}
        onConfirm={() => approve.mutate()}
        onClose={() => setOpen(false)}
      >
        <DateField
          label={t("npm.annual.approvalDate")}
          required
          value={on}
          onChange={setOn}
          data-testid="npm-annual-approve-date"
        />
      </ConfirmModal>
    </>
  );
}

/** Records the day the report was sent to the state bodies and/or posted on the website. */
function PublicationForm({ report }: { report: NpmAnnualReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(report.publication?.sentToBodiesOn ?? "");
  const [posted, setPosted] = useState(report.publication?.postedOn ?? "");
  const save = useMutation({
    mutationFn: () =>
      npmAnnualApi.publication(report.year, {
        version: report.version,
        ...(sent ? { sentToBodiesOn: sent } : {}),
        ...(posted ? { postedOn: posted } : {}),
      }),
    onSuccess: (updated) => queryClient.setQueryData(npmKeys.annual(report.year), updated),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="npm-annual-publication-form">
      <Group align="end" mt="sm">
        <DateField
          label={t("npm.annual.sentOn")}
          value={sent}
          onChange={setSent}
          data-testid="npm-annual-sent-on"
        />
        <DateField
          label={t("npm.annual.postedOn")}
          value={posted}
          onChange={setPosted}
          data-testid="npm-annual-posted-on"
        />
        <Button
          type="submit"
          loading={save.isPending}
          disabled={!sent && !posted}
          data-testid="npm-annual-publication-save"
        >
          {t("npm.annual.record")}
        </Button>
      </Group>
      <ErrorAlert error={save.error} testId="npm-annual-publication-error" />
    </form>
  );
}

/**
 * Approval by the Coordinating Council (000 Art. 34(2)-(3)) and the publication within one month
 * of it: due date, sent to the state bodies, posted on the website, each overdue when late.
 */
export function AnnualPublication(props: {
  report: NpmAnnualReport;
  canApprove: boolean;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { report } = props;
  const pub = report.publication;
  return (
    <Card withBorder data-testid="npm-annual-publication">
      <Title order={2} size="h4" mb="xs">
        {t("npm.annual.publication")}
      </Title>
      {!report.approvedOn && (
        <Stack gap="xs">
          <Text c="dimmed">{t("npm.annual.notApproved")}</Text>
          {props.canApprove && (
            <Group>
              <Approve report={report} />
            </Group>
          )}
        </Stack>
      )}
      {report.approvedOn && pub && (
        <Stack gap="xs">
          <Text data-testid="npm-annual-approved-on">
            {t("npm.annual.approvedOn", { date: formatDate(report.approvedOn, lang) })}
          </Text>
          <Text
            fw={600}
            c={pub.sendingOverdue || pub.publicationOverdue ? "red" : undefined}
            data-testid="npm-annual-due"
            data-due={pub.dueBy}
          >
            {t("npm.annual.dueBy", { date: formatDate(pub.dueBy, lang) })}
          </Text>
          <Step
            label={t("npm.annual.sent")}
            on={pub.sentToBodiesOn}
            overdue={pub.sendingOverdue}
            testId="npm-annual-sent"
          />
          <Step
            label={t("npm.annual.posted")}
            on={pub.postedOn}
            overdue={pub.publicationOverdue}
            testId="npm-annual-posted"
          />
          {props.canRecord && <PublicationForm report={report} />}
        </Stack>
      )}
    </Card>
  );
}
