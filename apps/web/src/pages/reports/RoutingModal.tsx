import {
  Alert,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Textarea,
  VisuallyHidden,
} from "@mantine/core";
import type { ReportDetail, ReportRerouteInput, ReportRouteInput } from "@aldyn/contract";
import { REPORT_CATEGORIES, REPORT_FLAGS } from "@aldyn/law";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { notifySaved } from "../../components/notify.ts";
import { formatDateTime, LawCitation } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { clockLabel, groundLabel } from "../handoffs/handoffLabels.ts";
import { chosenReceivers, initialChoices, type Choice } from "./routing.ts";
import { reportLabel } from "./reportLabels.ts";
import { reportKeys, reportsApi } from "./reportsApi.ts";

/**
 * Routing by legal duty (001 Art. 39(3)): every body the law says must be told of the report, with
 * the ground, the article and the clock, and the body that covers the report's place (or another of
 * its type). The operator confirms; a hand-off goes to each body chosen. A report already routed is
 * re-routed: a new category and flags, and a reason; hand-offs no longer proposed are withdrawn.
 */
export function RoutingModal({ report, onClose }: { report: ReportDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const again = report.status === "routed" || report.status === "answered";
  const [category, setCategory] = useState(report.category ?? "");
  const [flags, setFlags] = useState<string[]>(report.flags);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const override = again && (category !== report.category || flags.join() !== report.flags.join());
  const routing = useQuery({
    queryKey: [...reportKeys.routing(report.id), override ? category : "", override ? flags.join() : ""],
    queryFn: () =>
      override
        ? reportsApi.routing(report.id, { category, flags: flags.join(",") })
        : reportsApi.routing(report.id),
  });
  const [choices, setChoices] = useState<Choice[]>([]);
  useEffect(() => {
    if (routing.data) setChoices(initialChoices(routing.data.items, again ? report.handoffs : []));
  }, [routing.data]);

  const done = (detail: ReportDetail) => {
    notifySaved(t(again ? "report.saved.rerouted" : "report.saved.routed"));
    queryClient.setQueryData(reportKeys.one(report.id), detail);
    void queryClient.invalidateQueries({ queryKey: reportKeys.all });
    onClose();
  };
  const route = useMutation({
    mutationFn: (body: ReportRouteInput) => reportsApi.route(report.id, body),
    onSuccess: done,
  });
  const reroute = useMutation({
    mutationFn: (body: ReportRerouteInput) => reportsApi.reroute(report.id, body),
    onSuccess: done,
  });
  const receivers = chosenReceivers(choices);
  const saving = route.isPending || reroute.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (saving || receivers.length === 0) return;
    if (again) {
      if (!reason.trim()) {
        setReasonMissing(true);
        return;
      }
      reroute.mutate({
        version: report.version,
        ...(category !== report.category ? { category } : {}),
        ...(flags.join() !== report.flags.join() ? { flags } : {}),
        receivers,
        reason: reason.trim(),
      });
    } else route.mutate({ version: report.version, receivers });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="80rem"
      title={t(again ? "report.rerouteTitle" : "report.routeTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={submit} noValidate data-testid="report-routing-form">
        <Stack gap="sm">
          <Text size="sm">
            {t("report.routeIntro")} <LawCitation code={routing.data?.article ?? "001 Art. 39(3)"} />
          </Text>
          {again && (
            <Group align="flex-start" grow wrap="wrap">
              <NativeSelect
                label={t("report.category.label")}
                value={category}
                data={REPORT_CATEGORIES.map((c) => ({ value: c, label: reportLabel(t, "category", c) }))}
                onChange={(e) => setCategory(e.currentTarget.value)}
                data-testid="report-reroute-category"
              />
              <Checkbox.Group label={t("report.flag.label")} value={flags} onChange={setFlags}>
                <Stack gap={4} mt={4}>
                  {REPORT_FLAGS.map((f) => (
                    <Checkbox key={f} value={f} label={reportLabel(t, "flag", f)} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </Group>
          )}
          <ErrorAlert error={routing.error} />
          {routing.data && routing.data.items.length === 0 && (
            <Alert color="yellow">{t("report.routeNone")}</Alert>
          )}
          {choices.length > 0 && (
            <Table.ScrollContainer minWidth={860}>
              <Table data-testid="report-routing-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={40}>
                      <VisuallyHidden>{t("report.routeSend")}</VisuallyHidden>
                    </Table.Th>
                    <Table.Th>{t("report.routeBody")}</Table.Th>
                    <Table.Th>{t("report.routeGround")}</Table.Th>
                    <Table.Th>{t("report.routeClock")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {choices.map((c, i) => {
                    const p = c.proposal;
                    const bodies = [...(p.body ? [p.body] : []), ...p.alternatives];
                    const set = (change: Partial<Choice>) =>
                      setChoices((all) => all.map((x, j) => (j === i ? { ...x, ...change } : x)));
                    return (
                      <Table.Tr
                        key={`${p.bodyType}:${p.ground}`}
                        data-testid="report-route-row"
                        data-body-type={p.bodyType}
                      >
                        <Table.Td>
                          <Checkbox
                            aria-label={t("report.routeSendTo", { body: t(`bodyType.${p.bodyType}`) })}
                            checked={c.send}
                            disabled={bodies.length === 0}
                            onChange={(e) => set({ send: e.currentTarget.checked })}
                            data-testid="report-route-send"
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            {t(`bodyType.${p.bodyType}`)}
                          </Text>
                          {bodies.length === 0 ? (
                            <Text size="sm" c="red.8">
                              {t("report.routeNoBody")}
                            </Text>
                          ) : (
                            <NativeSelect
                              size="xs"
                              aria-label={t("report.routeBody")}
                              value={c.bodyId}
                              data={bodies.map((b) => ({ value: b.id, label: localName(b.name, lang) }))}
                              onChange={(e) => set({ bodyId: e.currentTarget.value })}
                              data-testid="report-route-body"
                            />
                          )}
                          {c.alreadySent && (
                            <Text size="xs" c="dimmed">
                              {t("report.routeAlreadySent")}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{groundLabel(t, p.ground)}</Text>
                          <Text size="xs" c="dimmed">
                            <LawCitation code={p.article} />
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{clockLabel(t, p.clock)}</Text>
                          <Text size="xs" c="dimmed">
                            {t("report.routeDue", { at: formatDateTime(p.dueAt, lang) })}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {again && (
            <Textarea
              label={t("report.rerouteReason")}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonMissing(false);
              }}
              error={reasonMissing ? t("forms.required", { label: t("report.rerouteReason") }) : undefined}
              data-testid="report-reroute-reason"
            />
          )}
          <ErrorAlert error={route.error ?? reroute.error} testId="report-routing-error" />
          <FormFooter
            onCancel={onClose}
            saving={saving}
            label={t(again ? "report.rerouteConfirm" : "report.routeConfirm", { n: receivers.length })}
            testId="report-route-confirm"
          />
        </Stack>
      </form>
    </Modal>
  );
}
