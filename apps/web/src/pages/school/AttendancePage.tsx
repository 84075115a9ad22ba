import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { detailText } from "../../api/errors.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, LawCitation, todayIso, withLawCitations } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { AttentionModal } from "./AttentionModal.tsx";
import { schoolApi, schoolKeys, type TemplateFormat } from "./schoolApi.ts";
import { ATTENDANCE_COLUMNS, badLineCount, rowErrorsOf, windowShown } from "./schoolDomain.ts";
import { SchoolSections } from "./SchoolSections.tsx";
import type { AttendanceImportResult, AttendanceRowError, PupilMeetingCriterion } from "./schoolTypes.ts";

const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TEMPLATE_FORMATS: readonly TemplateFormat[] = ["csv", "xlsx"];

/**
 * `/school/attendance`: the school imports its attendance as CSV or XLSX from the template (headers in
 * the user's language); a file with a bad row is refused whole and every bad row is listed with its line,
 * column and why; an accepted file lists the pupils who now meet 001 Art. 78(2)(4) (four or more days
 * missed without a valid reason within one month), each with its next step.
 */
export function AttendancePage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => schoolApi.importAttendance(f, lang),
    onSuccess: async (result) => {
      notifySaved(t("school.attendance.imported", { n: result.imported }));
      await queryClient.invalidateQueries({ queryKey: schoolKeys.all });
    },
  });
  const rowErrors = rowErrorsOf(upload.error);
  return (
    <>
      <PageTitle>{t("school.attendance.title")}</PageTitle>
      <SchoolSections current="attendance" />
      <Text size="sm" c="dimmed" mb="md">
        {t("school.attendance.intro")} <LawCitation code="001 Art. 78(2)(4)" />
      </Text>
      <Card withBorder mb="md">
        <Title order={2} size="h4" mb="xs">
          {t("school.attendance.templateTitle")}
        </Title>
        <Text size="sm" mb="xs">
          {t("school.attendance.columns", {
            columns: ATTENDANCE_COLUMNS.map((c) => t(`school.column.${c}`)).join(", "),
          })}
        </Text>
        <Text size="xs" c="dimmed" mb="sm">
          {t("school.attendance.templateHelp")}
        </Text>
        <Group gap="md">
          {TEMPLATE_FORMATS.map((f) => (
            <Anchor
              key={f}
              href={schoolApi.templateUrl(f, lang)}
              download
              data-testid={`school-template-${f}`}
            >
              {t("school.attendance.template", { format: f.toUpperCase() })}
            </Anchor>
          ))}
        </Group>
      </Card>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) upload.mutate(file);
        }}
      >
        <Group align="flex-end" mb="md">
          <FileInput
            label={t("school.attendance.file")}
            placeholder={t("school.attendance.choose")}
            accept={ACCEPT}
            value={file}
            onChange={(f) => {
              setFile(f);
              upload.reset();
            }}
            clearable
            w={420}
            data-testid="school-attendance-file"
          />
          <Button
            type="submit"
            disabled={!file}
            loading={upload.isPending}
            data-testid="school-attendance-upload"
          >
            {t("school.attendance.upload")}
          </Button>
        </Group>
      </form>
      {rowErrors.length > 0 ? (
        <RowErrors rows={rowErrors} />
      ) : (
        <ErrorAlert error={upload.error} testId="school-attendance-error" />
      )}
      {upload.data && <ImportResult result={upload.data} />}
    </>
  );
}

function RowErrors({ rows }: { rows: ReturnType<typeof rowErrorsOf> }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      title={t("school.attendance.refused")}
      role="alert"
      data-testid="school-attendance-refused"
    >
      <Text size="sm" mb="xs">
        {t("school.attendance.refusedHelp", { n: badLineCount(rows) })}
      </Text>
      <Table striped withTableBorder data-testid="school-attendance-row-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("school.col.line")}</Table.Th>
            <Table.Th>{t("school.col.field")}</Table.Th>
            <Table.Th>{t("school.col.problem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr
              key={`${r.line}:${r.field}:${i}`}
              data-testid="school-attendance-row-error"
              data-line={r.line}
            >
              <Table.Td>{r.line}</Table.Td>
              <Table.Td>{columnLabel(t, r.field)}</Table.Td>
              <Table.Td>{rowMessage(t, r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

/**
 * A row's problem: the server's sentence, written in the language the import asked for (?lang=) and
 * more exact than the catalog's text for the code (which the catalog gives when the server sent none).
 */
function rowMessage(t: TFunction, r: AttendanceRowError): string {
  return r.message.trim() !== "" && r.message !== r.code
    ? withLawCitations(t, r.message)
    : detailText(t, { field: r.field, code: r.code, message: r.message });
}

function columnLabel(t: (key: string) => string, field: string): string {
  return (ATTENDANCE_COLUMNS as readonly string[]).includes(field)
    ? t(`school.column.${field}`)
    : field || "—";
}

function ImportResult({ result }: { result: AttendanceImportResult }) {
  const { t } = useTranslation();
  const [attention, setAttention] = useState<PupilMeetingCriterion | null>(null);
  return (
    <Card withBorder data-testid="school-attendance-result">
      <Text fw={500} mb="xs">
        {t("school.attendance.imported", { n: result.imported })}
      </Text>
      <Title order={2} size="h4" mb="xs">
        {t("school.attendance.meeting")} <LawCitation code="001 Art. 78(2)(4)" />
      </Title>
      {result.pupilsMeetingCriterion.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("school.attendance.noneMeeting")}
        </Text>
      ) : (
        <Stack gap="xs">
          {result.pupilsMeetingCriterion.map((p) => (
            <Group
              key={p.personId}
              justify="space-between"
              data-testid="school-criterion-pupil"
              data-person-id={p.personId}
              wrap="wrap"
            >
              <Group gap="xs">
                <AnchorLink to="/persons/$personId" params={{ personId: p.personId }} fw={500}>
                  {p.fullName}
                </AnchorLink>
                <Badge color="orange" variant="light">
                  {t("school.absenceDays", { days: p.days })}
                </Badge>
                {p.window && (
                  <Text size="xs" c="dimmed">
                    {formatDate(p.window.from)} — {formatDate(windowShown(p.window, todayIso()).until)}
                  </Text>
                )}
              </Group>
              <Group gap="xs">
                {!p.onAttention && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setAttention(p)}
                    data-testid="school-result-attention"
                  >
                    {t("school.attention.open")}
                  </Button>
                )}
                <ButtonLink
                  size="xs"
                  to="/school/council-meetings/new"
                  search={{ personId: p.personId }}
                  data-testid="school-result-council"
                >
                  {t("school.council.open")}
                </ButtonLink>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {attention && (
        <AttentionModal
          pupil={attention}
          suggested={["78.2.4_missing_classes"]}
          onClose={() => setAttention(null)}
        />
      )}
    </Card>
  );
}
