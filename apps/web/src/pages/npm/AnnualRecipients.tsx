import { Badge, Button, Card, Group, Table, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  npmAnnualApi,
  npmKeys,
  todayIso,
  type NpmAnnualRecipient,
  type NpmAnnualReport,
} from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { answerState, DEADLINE_COLOR } from "./annual.ts";
import { DateField } from "../../components/DateField.tsx";

/** Records the day a state body answered on the measures taken. */
function AnswerCell({ year, r, canRecord }: { year: number; r: NpmAnnualRecipient; canRecord: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [on, setOn] = useState(todayIso());
  const answer = useMutation({
    mutationFn: () => npmAnnualApi.answer(year, r.id, r.version, on),
    onSuccess: (updated) => queryClient.setQueryData(npmKeys.annual(year), updated),
  });
  if (r.answeredOn || !canRecord) return <>{formatDate(r.answeredOn, lang)}</>;
  return (
    <>
      <Group gap="xs" wrap="nowrap">
        <DateField
          size="xs"
          aria-label={t("npm.annual.answeredOnOf", { body: r.bodyName })}
          value={on}
          onChange={(date) => setOn(date)}
          data-testid="npm-annual-answer-date"
        />
        <Button
          size="xs"
          onClick={() => answer.mutate()}
          loading={answer.isPending}
          data-testid="npm-annual-answer"
        >
          {t("npm.annual.recordAnswer")}
        </Button>
      </Group>
      <ErrorAlert error={answer.error} />
    </>
  );
}

function AddRecipient({ year }: { year: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [on, setOn] = useState(todayIso());
  const add = useMutation({
    mutationFn: () => npmAnnualApi.addRecipient(year, name.trim(), on),
    onSuccess: (updated) => {
      queryClient.setQueryData(npmKeys.annual(year), updated);
      setName("");
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="npm-annual-recipient-form">
      <Group align="end" mt="sm">
        <TextInput
          label={t("npm.annual.addressee")}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="npm-annual-recipient-name"
        />
        <DateField
          label={t("npm.annual.receivedOn")}
          required
          value={on}
          onChange={(date) => setOn(date)}
          data-testid="npm-annual-recipient-received"
        />
        <Button type="submit" loading={add.isPending} data-testid="npm-annual-recipient-add">
          {t("npm.annual.addRecipient")}
        </Button>
      </Group>
      <ErrorAlert error={add.error} testId="npm-annual-recipient-error" />
    </form>
  );
}

/**
 * The state bodies that received the approved report and their answers, each due three months
 * after receipt (000 Art. 36(2)); the server decides overdue with the law package.
 */
export function AnnualRecipients({ report, canRecord }: { report: NpmAnnualReport; canRecord: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Card withBorder data-testid="npm-annual-answers">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("npm.annual.answers")}
        </Title>
        {report.answersOverdue > 0 && (
          <Badge color="red" data-testid="npm-annual-answers-overdue">
            {t("npm.annual.answersOverdue", { count: report.answersOverdue })}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t("npm.annual.answersRule")}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("npm.annual.addressee")}</Table.Th>
              <Table.Th>{t("npm.annual.receivedOn")}</Table.Th>
              <Table.Th>{t("npm.annual.answerDue")}</Table.Th>
              <Table.Th>{t("npm.annual.answeredOn")}</Table.Th>
              <Table.Th>{t("npm.annual.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.recipients.length === 0 && <EmptyRow colSpan={5} text={t("npm.annual.noRecipients")} />}
            {report.recipients.map((r) => {
              const state = answerState(r);
              return (
                <Table.Tr key={r.id} data-testid="npm-annual-recipient" data-state={state}>
                  <Table.Td>{r.bodyName}</Table.Td>
                  <Table.Td>{formatDate(r.receivedOn, lang)}</Table.Td>
                  <Table.Td>{formatDate(r.answerDueBy, lang)}</Table.Td>
                  <Table.Td>
                    <AnswerCell year={report.year} r={r} canRecord={canRecord} />
                  </Table.Td>
                  <Table.Td>
                    <Badge color={DEADLINE_COLOR[state]} variant="light">
                      {t(`npm.annual.answerState.${state}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {canRecord && report.approvedOn && <AddRecipient year={report.year} />}
    </Card>
  );
}
