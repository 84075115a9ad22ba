import { Anchor, Button, Card, Group, Input, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  ATTACHMENT_ACCEPT,
  attachmentKeys,
  attachmentsApi,
  MAX_ATTACHMENT_BYTES,
} from "../api/attachments.ts";
import { ApiError } from "../api/client.ts";
import type { AttachmentRecordType } from "../api/types.ts";
import { formatDateTime } from "../format.ts";
import { useLanguage } from "../i18n/index.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

const MB = 1024 * 1024;
const ALLOWED_TYPES = ["application/pdf", "image/jpeg", "image/png", "video/mp4"];

export function fileSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * Files of a person, measure or register entry (issue 4 item 6): the list with download links, and
 * an upload within the server's limits (10 MB; PDF, JPEG, PNG, MP4). The browser checks the limits
 * first to spare a useless upload; the server checks the content and has the last word.
 */
export function AttachmentsPanel(props: {
  recordType: AttachmentRecordType;
  recordId: string;
  canUpload: boolean;
}) {
  const { recordType, recordId, canUpload } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  // A new key empties the native input after an upload (its value cannot be set).
  const [inputKey, setInputKey] = useState(0);
  const inputId = useId();
  const list = useQuery({
    queryKey: attachmentKeys.of(recordType, recordId),
    queryFn: () => attachmentsApi.list(recordType, recordId),
    // A role without the record's personal content is refused (403): show that once, no retries.
    retry: (count, error) => !(error instanceof ApiError && error.status === 403) && count < 2,
  });
  const upload = useMutation({
    mutationFn: (f: File) => attachmentsApi.upload(recordType, recordId, f),
    onSuccess: () => {
      setFile(null);
      setInputKey((k) => k + 1);
    },
    onSettled: () =>
      void queryClient.invalidateQueries({ queryKey: attachmentKeys.of(recordType, recordId) }),
  });
  const choose = (f: File | null) => {
    setFile(f);
    upload.reset();
    if (f && f.size > MAX_ATTACHMENT_BYTES) setLocalError(t("attachments.tooLarge"));
    else if (f && f.type && !ALLOWED_TYPES.includes(f.type)) setLocalError(t("attachments.wrongType"));
    else setLocalError(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file && !localError) upload.mutate(file);
  };
  const items = list.data?.items ?? [];
  // Files of a record with a confidential part the user does not clear are barred as a whole (R11.1):
  // not a failure but the confidentiality the page already shows, so a plain note, no error.
  const withheld = list.error instanceof ApiError && list.error.code === "access.confidential";

  return (
    <Card withBorder data-testid={`attachments-${recordType}`}>
      <Title order={2} size="h4" mb="xs">
        {t("attachments.title")}
      </Title>
      {withheld ? (
        <Text c="dimmed" data-testid="attachments-withheld">
          {t("attachments.withheld")}
        </Text>
      ) : (
        <ErrorAlert error={list.error} />
      )}
      {list.isSuccess && items.length === 0 && (
        <Text c="dimmed" data-testid="attachments-empty">
          {t("attachments.empty")}
        </Text>
      )}
      {items.length > 0 && (
        <Table data-testid="attachments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("attachments.file")}</Table.Th>
              <Table.Th>{t("attachments.size")}</Table.Th>
              <Table.Th>{t("attachments.uploadedAt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid="attachment-row">
                <Table.Td>
                  <Anchor
                    href={attachmentsApi.downloadUrl(a.id)}
                    download={a.fileName}
                    data-testid="attachment-download"
                  >
                    {a.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{fileSize(a.size)}</Table.Td>
                <Table.Td>{formatDateTime(a.uploadedAt, lang)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canUpload && list.isSuccess && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs" mt="sm">
            <Group align="flex-end" gap="xs">
              {/* A native file input: labelled, keyboard usable, and Playwright's setInputFiles works on it. */}
              <Input.Wrapper
                label={t("attachments.choose")}
                description={t("attachments.limits")}
                error={localError}
                id={inputId}
                miw={260}
              >
                <input
                  key={inputKey}
                  id={inputId}
                  type="file"
                  accept={ATTACHMENT_ACCEPT}
                  onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
                  aria-invalid={Boolean(localError)}
                  style={{ display: "block", marginTop: 4 }}
                  data-testid="attachment-file"
                />
              </Input.Wrapper>
              <Button
                type="submit"
                disabled={!file || Boolean(localError)}
                loading={upload.isPending}
                data-testid="attachment-upload"
              >
                {t("attachments.upload")}
              </Button>
            </Group>
            <ErrorAlert error={upload.error} testId="attachment-error" />
            {upload.isSuccess && (
              <Text size="sm" c="green" role="status" data-testid="attachment-uploaded">
                {t("attachments.uploaded")}
              </Text>
            )}
          </Stack>
        </form>
      )}
    </Card>
  );
}
