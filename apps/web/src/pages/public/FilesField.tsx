import { ActionIcon, Button, FileButton, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fileSize } from "../../components/AttachmentsPanel.tsx";
import { addFiles, MAX_REPORT_FILES, REPORT_FILE_ACCEPT, type FileProblem } from "./reportForm.ts";

/**
 * Photos, videos and documents of a report: the allowed types and sizes are said before choosing; a
 * file that does not fit is named with the reason and left out, the others stay.
 */
export function FilesField({
  id,
  files,
  onChange,
  error,
}: {
  /** The element id the form's list of problems links to. */
  id: string;
  files: readonly File[];
  onChange: (files: File[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<{ name: string; problem: FileProblem | "count" }[]>([]);
  const choose = (chosen: File[]) => {
    const next = addFiles(files, chosen);
    setRefused(next.refused);
    onChange(next.files);
  };
  return (
    <Stack gap="xs" role="group" aria-labelledby="public-report-files">
      <Text fw={600} id="public-report-files">
        {t("publicReport.files")}
      </Text>
      <Text size="sm" c="dimmed" id="public-report-files-hint">
        {t("publicReport.filesHint", { max: MAX_REPORT_FILES })}
      </Text>
      <Group>
        <FileButton onChange={choose} accept={REPORT_FILE_ACCEPT} multiple>
          {(props) => (
            <Button
              {...props}
              id={id}
              variant="default"
              disabled={files.length >= MAX_REPORT_FILES}
              aria-describedby="public-report-files-hint"
              data-testid="public-report-add-files"
            >
              {t("publicReport.addFiles")}
            </Button>
          )}
        </FileButton>
      </Group>
      {files.length > 0 && (
        <List size="sm" data-testid="public-report-file-list">
          {files.map((file, i) => (
            <List.Item key={`${file.name}:${i}`}>
              <Group gap="xs">
                <Text size="sm">
                  {file.name} · {fileSize(file.size)}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={t("publicReport.removeFile", { name: file.name })}
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {refused.length > 0 && (
        <List size="sm" c="red.8" role="alert" data-testid="public-report-files-refused">
          {refused.map((r) => (
            <List.Item key={r.name}>{t(`publicReport.fileRefused.${r.problem}`, { name: r.name })}</List.Item>
          ))}
        </List>
      )}
      {error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}
