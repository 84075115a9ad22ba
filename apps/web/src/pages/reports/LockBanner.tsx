import { Alert, Button, Group, Text } from "@mantine/core";
import type { ReportDetail, ReportLock } from "@aldyn/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDateTime } from "../../format.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";

/** The lock lasts 15 minutes; the page renews the user's own lock a little before it runs out. */
const RENEW_EVERY_MS = 10 * 60_000;

/** Whether a lock is held now by someone (an expired lock is free). */
export function lockHeld(lock: ReportDetail["lock"], now = Date.now()): boolean {
  return lock !== null && Date.parse(lock.expiresAt) > now;
}

/**
 * One official at a time works on a report: who holds it and until when, with "take" when it is
 * free and "release" when it is the user's. Another's lock makes the page read-only until it expires.
 */
export function LockBanner({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The page shows the new holder at once, then reads the report again (its version may have moved).
  const put = (lock: ReportLock | null) => {
    queryClient.setQueryData<ReportDetail>(reportKeys.one(report.id), (old) =>
      old ? { ...old, lock } : old,
    );
    void queryClient.invalidateQueries({ queryKey: reportKeys.one(report.id) });
  };
  const take = useMutation({ mutationFn: () => reportsApi.lock(report.id), onSuccess: put });
  const release = useMutation({ mutationFn: () => reportsApi.unlock(report.id), onSuccess: () => put(null) });
  const held = lockHeld(report.lock);
  const mine = held && report.lock?.mine === true;

  useEffect(() => {
    if (!mine) return;
    const timer = setInterval(() => take.mutate(), RENEW_EVERY_MS);
    return () => clearInterval(timer);
  }, [mine]);

  if (!report.can.work) return null;
  const until = formatDateTime(report.lock?.expiresAt);
  return (
    <>
      <Alert
        color={!held ? "gray" : mine ? "blue" : "orange"}
        variant="light"
        data-testid="report-lock"
        data-lock={!held ? "free" : mine ? "mine" : "other"}
      >
        <Group justify="space-between" wrap="wrap">
          <Text size="sm">
            {!held
              ? t("report.lock.free")
              : mine
                ? t("report.lock.mine", { until })
                : t("report.lock.other", { name: report.lock?.userName ?? "", until })}
          </Text>
          {!held && (
            <Button
              size="xs"
              onClick={() => take.mutate()}
              loading={take.isPending}
              data-testid="report-lock-take"
            >
              {t("report.lock.take")}
            </Button>
          )}
          {mine && (
            <Button
              size="xs"
              variant="default"
              onClick={() => release.mutate()}
              loading={release.isPending}
              data-testid="report-lock-release"
            >
              {t("report.lock.release")}
            </Button>
          )}
        </Group>
      </Alert>
      <ErrorAlert error={take.error ?? release.error} />
    </>
  );
}
