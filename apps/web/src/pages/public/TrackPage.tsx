import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { PublicFrame } from "./PublicFrame.tsx";
import { publicReportsApi } from "./publicApi.ts";
import { normalizeTrackingCode } from "./reportForm.ts";

const STATUS_COLOR: Record<string, string> = {
  received: "gray",
  triaged: "blue",
  routed: "blue",
  answered: "green",
  closed: "gray",
};

/**
 * `/track`: the status of a report and the answers to it, by its tracking code — and nothing else
 * (no content, no names, no bodies). A wrong code is told plainly, with no hint of other reports.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const [typed, setTyped] = useState("");
  const [empty, setEmpty] = useState(false);
  const track = useMutation({ mutationFn: publicReportsApi.track });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeTrackingCode(typed);
    setEmpty(code === "");
    if (code !== "" && !track.isPending) track.mutate(code);
  };
  const notFound = track.error instanceof ApiError && track.error.status === 404;
  const report = track.data;
  return (
    <PublicFrame page="track" title={t("publicReport.trackTitle")}>
      <Text>{t("publicReport.trackIntro")}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate role="search" data-testid="track-form">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t("publicReport.trackingCode")}
              required
              autoComplete="off"
              spellCheck={false}
              styles={{ input: { fontFamily: "monospace" } }}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              error={empty ? t("publicReport.errors.code") : undefined}
              style={{ flex: "1 1 280px" }}
              data-testid="track-code"
            />
            <Button type="submit" loading={track.isPending} data-testid="track-submit">
              {t("publicReport.trackSubmit")}
            </Button>
          </Group>
        </form>
      </Paper>
      {notFound ? (
        <Alert color="orange" role="alert" data-testid="track-not-found">
          {t("publicReport.notFound")}
        </Alert>
      ) : (
        <ErrorAlert error={track.error} testId="track-error" />
      )}
      {report && !track.isPending && (
        <Card withBorder data-testid="track-result" aria-live="polite">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <Text fw={700} size="lg" data-testid="track-number">
                {t("publicReport.filed", { number: report.registrationNumber })}
              </Text>
              <Badge
                size="lg"
                color={STATUS_COLOR[report.status] ?? "gray"}
                data-testid="track-status"
                data-status={report.status}
              >
                {t(`publicReport.status.${report.status}`, { defaultValue: report.status })}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t("publicReport.receivedAt", { at: formatDateTime(report.receivedAt) })}
            </Text>
            <Text size="sm">{t(`publicReport.statusText.${report.status}`, { defaultValue: "" })}</Text>
            <Text fw={600} mt="sm">
              {t("publicReport.answers")}
            </Text>
            {report.answers.length === 0 ? (
              <Text c="dimmed" data-testid="track-no-answer">
                {t("publicReport.noAnswer")}
              </Text>
            ) : (
              report.answers.map((a, i) => (
                <Paper key={`${a.at}:${i}`} withBorder p="md" bg="gray.0" data-testid="track-answer">
                  <Text size="xs" c="dimmed">
                    {formatDateTime(a.at)}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{a.text}</Text>
                </Paper>
              ))
            )}
          </Stack>
        </Card>
      )}
    </PublicFrame>
  );
}
