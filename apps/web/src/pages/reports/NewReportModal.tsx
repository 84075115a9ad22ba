import { Checkbox, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { DistrictSelect } from "../../components/DistrictSelect.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { almatyLocalOf, instantOfAlmatyLocal } from "../../format.ts";
import { MAX_DESCRIPTION, reportChecks } from "../public/reportForm.ts";
import type { ReportCreate, ReportFiled } from "@aldyn/contract";
import { takesCalls } from "./reportAbilities.ts";
import { ReportCreated } from "./ReportCreated.tsx";
import { reportKeys, reportsApi } from "./reportsApi.ts";

type Channel = ReportCreate["channel"];

/**
 * A report taken by an official (001 Art. 71(8)): on the hotline, with the time of the call and
 * whether the caller agrees to be called back, or in person at the official's body. The same record
 * as a report filed on the public page, with its registration number.
 */
export function NewReportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The contact centre's operator enters calls (and may take a report in person); every other
  // official takes reports in person at their body (001 Art. 71(8)).
  const operator = takesCalls(user.roles);
  const [channel, setChannel] = useState<Channel>(operator ? "hotline" : "in_person");
  const [callAt, setCallAt] = useState(() => almatyLocalOf(new Date().toISOString()));
  const [callbackConsent, setCallbackConsent] = useState(false);
  const [description, setDescription] = useState("");
  const [occurredAt, setOccurredAt] = useState("");
  const [districtId, setDistrictId] = useState("");
  const [locationText, setLocationText] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");

  const hotline = channel === "hotline";
  const when = occurredAt ? instantOfAlmatyLocal(occurredAt) : "";
  const contacts = anonymous
    ? {}
    : {
        reporterName: name.trim() || undefined,
        reporterPhone: phone.trim() || undefined,
        reporterEmail: email.trim() || undefined,
      };
  const common = {
    description: description.trim(),
    occurredAt: when || undefined,
    districtId: districtId || undefined,
    locationText: locationText.trim() || undefined,
    anonymous,
    ...contacts,
  };
  const body: ReportCreate = hotline
    ? {
        channel: "hotline",
        callAt: callAt ? instantOfAlmatyLocal(callAt) : "",
        callbackConsent: callbackConsent && !anonymous,
        ...common,
      }
    : { channel: "in_person", ...common };
  // The tracking code comes in this answer only: the official reads it out or hands it over.
  const [filed, setFiled] = useState<ReportFiled | null>(null);
  const save = useMutation({
    mutationFn: reportsApi.create,
    onSuccess: (report) => {
      notifySaved(t("report.saved.created", { number: report.registrationNumber }));
      void queryClient.invalidateQueries({ queryKey: reportKeys.all });
      setFiled(report);
    },
  });
  const own = reportChecks(t, {
    description,
    occurredAt: when,
    // The official names the district (a region-level official may also leave it to triage, but the
    // server needs a place): the district select stands for the place here.
    regionId: districtId,
    districtId,
    lat: null,
    lon: null,
    anonymous,
    reporterPhone: phone,
    reporterEmail: email,
  });
  const form = useFormErrors({
    formId: "report-new",
    fields: [
      "channel",
      "callAt",
      "callbackConsent",
      "description",
      "occurredAt",
      "districtId",
      "locationText",
      "reporterName",
      "reporterPhone",
      "reporterEmail",
    ],
    checks: {
      ...own,
      regionId: undefined,
      districtId: districtId ? undefined : t("forms.required", { label: t("report.district") }),
      callAt: hotline && !callAt ? t("forms.required", { label: t("report.callAt") }) : undefined,
      reporterPhone:
        own.reporterPhone ??
        (hotline && callbackConsent && !anonymous && phone.trim() === ""
          ? t("report.phoneForCallback")
          : undefined),
    },
    save,
    current: body,
  });

  if (filed) {
    return (
      <ReportCreated
        filed={filed}
        onOpen={() => void navigate({ to: "/reports/$reportId", params: { reportId: filed.id } })}
        onClose={onClose}
      />
    );
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t("report.createTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(body))} noValidate data-testid="report-new-form">
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="report-new-error" />
          {operator && (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="report-new-channel">
                {t("report.channel.label")}
              </Text>
              <SegmentedControl
                aria-labelledby="report-new-channel"
                value={channel}
                onChange={(v) => setChannel(v === "hotline" ? "hotline" : "in_person")}
                data={[
                  { value: "hotline", label: t("report.channel.hotline") },
                  { value: "in_person", label: t("report.channel.in_person") },
                ]}
                data-testid="report-new-channel"
              />
            </Stack>
          )}
          {hotline && (
            <Group align="flex-start" grow wrap="wrap">
              <DateTimeField
                id={form.id("callAt")}
                label={t("report.callAt")}
                required
                value={callAt}
                onChange={setCallAt}
                error={form.err("callAt")}
                data-testid="report-new-call-at"
              />
              <Checkbox
                id={form.id("callbackConsent")}
                mt="xl"
                label={t("report.callbackConsent")}
                description={t("report.callbackConsentHint")}
                disabled={anonymous}
                checked={callbackConsent && !anonymous}
                onChange={(e) => setCallbackConsent(e.currentTarget.checked)}
                data-testid="report-new-callback"
              />
            </Group>
          )}
          <Textarea
            id={form.id("description")}
            label={t("report.description")}
            required
            autosize
            minRows={4}
            maxLength={MAX_DESCRIPTION}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={form.err("description")}
            data-testid="report-new-description"
          />
          <Group align="flex-start" grow wrap="wrap">
            <DateTimeField
              id={form.id("occurredAt")}
              label={t("report.occurredAt")}
              value={occurredAt}
              onChange={setOccurredAt}
              error={form.err("occurredAt")}
              data-testid="report-new-occurred-at"
            />
            <DistrictSelect
              id={form.id("districtId")}
              label={t("report.district")}
              required
              value={districtId}
              onChange={setDistrictId}
              error={form.err("districtId")}
              testId="report-new-district"
            />
          </Group>
          <TextInput
            id={form.id("locationText")}
            label={t("report.locationText")}
            maxLength={500}
            value={locationText}
            onChange={(e) => setLocationText(e.currentTarget.value)}
            error={form.err("locationText")}
            data-testid="report-new-location"
          />
          <Checkbox
            label={t("report.anonymous")}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.currentTarget.checked)}
            data-testid="report-new-anonymous"
          />
          {!anonymous && (
            <Group align="flex-start" grow wrap="wrap">
              <TextInput
                id={form.id("reporterName")}
                label={t("report.reporterName")}
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={form.err("reporterName")}
                data-testid="report-new-name"
              />
              <TextInput
                id={form.id("reporterPhone")}
                label={t("report.reporterPhone")}
                type="tel"
                maxLength={30}
                value={phone}
                onChange={(e) => setPhone(e.currentTarget.value)}
                error={form.err("reporterPhone")}
                data-testid="report-new-phone"
              />
              <TextInput
                id={form.id("reporterEmail")}
                label={t("report.reporterEmail")}
                type="email"
                maxLength={200}
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={form.err("reporterEmail")}
                data-testid="report-new-email"
              />
            </Group>
          )}
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("report.register")}
            testId="report-new-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
