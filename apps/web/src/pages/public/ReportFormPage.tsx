import { Alert, Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { instantOfAlmatyLocal } from "../../format.ts";
import { FilesField } from "./FilesField.tsx";
import { LocationFields, type Place } from "./LocationFields.tsx";
import { PublicFrame } from "./PublicFrame.tsx";
import { publicReportsApi, type PublicReportInput } from "./publicApi.ts";
import { MAX_DESCRIPTION, reportChecks } from "./reportForm.ts";
import { ReportFiled } from "./ReportFiled.tsx";

/** The body as the form's messages compare it: the files by name and size. */
function comparable(body: PublicReportInput | undefined) {
  return body && { ...body, files: body.files.map((f) => `${f.name}:${f.size}`) };
}

const NO_PLACE: Place = { regionId: "", districtId: "", lat: null, lon: null, locationText: "" };

/**
 * `/report`: a report of an infraction or a danger by anyone, without an account (001 Arts. 6(4),
 * (5)): what happened, where, when, who is reporting (or anonymously), and files. The answer is a
 * registration number and a tracking code, shown once.
 */
export function ReportFormPage() {
  const { t } = useTranslation();
  const [description, setDescription] = useState("");
  const [occurredAt, setOccurredAt] = useState("");
  const [place, setPlace] = useState<Place>(NO_PLACE);
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [files, setFiles] = useState<File[]>([]);

  const when = occurredAt ? instantOfAlmatyLocal(occurredAt) : "";
  const body: PublicReportInput = {
    description,
    occurredAt: when,
    ...place,
    anonymous,
    reporterName: name,
    reporterPhone: phone,
    reporterEmail: email,
    files,
  };
  const save = useMutation({ mutationFn: publicReportsApi.file });
  const form = useFormErrors({
    formId: "public-report",
    fields: [
      "description",
      "occurredAt",
      "regionId",
      "districtId",
      "lat",
      "locationText",
      "reporterName",
      "reporterPhone",
      "reporterEmail",
      "files",
    ],
    aliases: { lon: "lat", file: "files" },
    checks: reportChecks(t, body),
    // A server's message about an input stays while the input holds what was sent; the files are
    // compared by name and size (a File has no JSON of its own).
    save: { ...save, variables: comparable(save.variables) },
    current: comparable(body),
  });

  if (save.data) {
    return (
      <PublicFrame page="report" title={t("publicReport.filedTitle")}>
        <ReportFiled filed={save.data} />
      </PublicFrame>
    );
  }

  return (
    <PublicFrame page="report" title={t("publicReport.title")}>
      <Text>{t("publicReport.intro")}</Text>
      <Alert
        color="red"
        variant="light"
        title={t("publicReport.emergencyTitle")}
        data-testid="public-report-emergency"
      >
        {t("publicReport.emergency")}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="public-report-form">
          <Stack gap="lg">
            <FormErrorSummary form={form} testId="public-report-error" />
            <Textarea
              id={form.id("description")}
              label={t("publicReport.what")}
              description={t("publicReport.whatHint")}
              required
              autosize
              minRows={5}
              maxLength={MAX_DESCRIPTION}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={form.err("description")}
              data-testid="public-report-description"
            />
            <DateTimeField
              id={form.id("occurredAt")}
              label={t("publicReport.when")}
              description={t("publicReport.whenHint")}
              value={occurredAt}
              onChange={setOccurredAt}
              error={form.err("occurredAt")}
              data-testid="public-report-when"
            />
            <LocationFields place={place} onChange={(c) => setPlace((p) => ({ ...p, ...c }))} form={form} />
            <Stack gap="sm" role="group" aria-labelledby="public-report-who">
              <Text fw={600} id="public-report-who">
                {t("publicReport.who")}
              </Text>
              <Checkbox
                label={t("publicReport.anonymous")}
                description={t("publicReport.anonymousHint")}
                checked={anonymous}
                onChange={(e) => setAnonymous(e.currentTarget.checked)}
                data-testid="public-report-anonymous"
              />
              {!anonymous && (
                <>
                  <TextInput
                    id={form.id("reporterName")}
                    label={t("publicReport.name")}
                    autoComplete="name"
                    maxLength={200}
                    value={name}
                    onChange={(e) => setName(e.currentTarget.value)}
                    error={form.err("reporterName")}
                    data-testid="public-report-name"
                  />
                  <Group grow align="flex-start" wrap="wrap">
                    <TextInput
                      id={form.id("reporterPhone")}
                      label={t("publicReport.phone")}
                      type="tel"
                      autoComplete="tel"
                      inputMode="tel"
                      maxLength={30}
                      value={phone}
                      onChange={(e) => setPhone(e.currentTarget.value)}
                      error={form.err("reporterPhone")}
                      data-testid="public-report-phone"
                    />
                    <TextInput
                      id={form.id("reporterEmail")}
                      label={t("publicReport.email")}
                      type="email"
                      autoComplete="email"
                      maxLength={200}
                      value={email}
                      onChange={(e) => setEmail(e.currentTarget.value)}
                      error={form.err("reporterEmail")}
                      data-testid="public-report-email"
                    />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t("publicReport.contactsHint")}
                  </Text>
                </>
              )}
            </Stack>
            <FilesField id={form.id("files")} files={files} onChange={setFiles} error={form.err("files")} />
            <Group justify="flex-end">
              <Button type="submit" size="md" loading={save.isPending} data-testid="public-report-submit">
                {t("publicReport.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </PublicFrame>
  );
}
