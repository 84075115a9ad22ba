import { Anchor, Button, Card, Group, Loader, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { formatDate, formatDateTime, LawCitation } from "../../format.ts";
import { hasText, localName, LOCALES, useLanguage } from "../../i18n/index.ts";
import { formatFigure } from "../figures-handoffs/formatFigure.ts";
import { periodLabel, StatusBadge } from "./AssessmentPacksPage.tsx";
import { dvAssessmentApi, dvAssessmentKeys, PACK_LANGS, type PackDetail } from "./dvAssessmentApi.ts";
import { figureRows } from "./figures.ts";

function Figures({ pack }: { pack: PackDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = figureRows(pack.figures);
  const share = pack.onTimeShare;
  const label = (code: string) =>
    hasText(`dvAssessment.figure.${code}`) ? t(`dvAssessment.figure.${code}`) : code;
  return (
    <Card withBorder data-testid="dva-figures">
      <Title order={2} size="h4">
        {t("dvAssessment.figures")}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t(pack.status === "draft" ? "dvAssessment.figuresLive" : "dvAssessment.figuresFrozen", {
          at: formatDateTime(pack.figuresAt),
        })}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ minWidth: 260 }}>{t("dvAssessment.figure.name")}</Table.Th>
              <Table.Th ta="right">{t("dvAssessment.figure.value")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((f) => (
              <Table.Tr key={f.code} data-testid="dva-figure" data-code={f.code} data-value={f.value}>
                <Table.Td>
                  <Text size="sm">{label(f.code)}</Text>
                  <Text size="xs" c="dimmed">
                    <LawCitation code={f.article} />
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatFigure(f.value, "count", LOCALES[lang])}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr data-testid="dva-figure-share">
              <Table.Td>
                <Text size="sm">{t("dvAssessment.figure.on_time_share")}</Text>
                <Text size="xs" c="dimmed">
                  <LawCitation code="001 Art. 72(3)(2)" />
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {share === null ? "—" : formatFigure(share, "share", LOCALES[lang])}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The commission's conclusions and meeting date: edited while draft, read-only once approved (72(7)). */
function Conclusions({ pack, canEdit }: { pack: PackDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(pack.conclusions);
  const [meetingOn, setMeetingOn] = useState(pack.meetingOn ?? "");
  const [approving, setApproving] = useState(false);
  useEffect(() => {
    setText(pack.conclusions);
    setMeetingOn(pack.meetingOn ?? "");
  }, [pack.conclusions, pack.meetingOn]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: dvAssessmentKeys.all });
  const save = useMutation({
    mutationFn: () =>
      dvAssessmentApi.update(pack.id, {
        version: pack.version,
        conclusions: text.trim(),
        meetingOn: meetingOn || null,
      }),
    onSuccess: async () => {
      notifySaved(t("dvAssessment.saved"));
      await refresh();
    },
  });
  const approve = useMutation({
    mutationFn: async () => {
      // What is typed is saved first: the approval freezes the pack as it stands (72(7)).
      const saved = await dvAssessmentApi.update(pack.id, {
        version: pack.version,
        conclusions: text.trim(),
        meetingOn: meetingOn || null,
      });
      return await dvAssessmentApi.approve(pack.id, saved.version);
    },
    onSuccess: async () => {
      notifySaved(t("dvAssessment.approved"));
      setApproving(false);
    },
    // The save before the approval moved the pack's version even when the approval was refused
    // (no meeting date, 72(4)): the pack is read again, or the next attempt is refused as stale.
    onSettled: refresh,
  });
  const editable = canEdit && pack.status === "draft";
  return (
    <Card withBorder data-testid="dva-conclusions">
      <Title order={2} size="h4" mb="xs">
        {t("dvAssessment.conclusions")}
      </Title>
      {editable ? (
        <Stack gap="sm">
          <DateField
            label={t("dvAssessment.meetingOn")}
            value={meetingOn}
            onChange={setMeetingOn}
            data-testid="dva-meeting"
            w={220}
          />
          <Textarea
            label={t("dvAssessment.conclusionsLabel")}
            description={t("dvAssessment.conclusionsHint")}
            autosize
            minRows={5}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            data-testid="dva-conclusions-text"
          />
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => save.mutate()}
              loading={save.isPending}
              data-testid="dva-save"
            >
              {t("common.save")}
            </Button>
            <Button onClick={() => setApproving(true)} data-testid="dva-approve">
              {t("dvAssessment.approve")}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap={4}>
          <Text size="sm">
            {t("dvAssessment.meetingOn")}: {formatDate(pack.meetingOn)}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="dva-conclusions-read">
            {pack.conclusions || t("dvAssessment.noConclusions")}
          </Text>
        </Stack>
      )}
      {approving && (
        <ConfirmModal
          opened
          title={t("dvAssessment.approve")}
          message={t("dvAssessment.approveConfirm")}
          confirmLabel={t("dvAssessment.approve")}
          loading={approve.isPending}
          error={approve.error}
          onConfirm={() => approve.mutate()}
          onClose={() => setApproving(false)}
        />
      )}
    </Card>
  );
}

/**
 * One assessment pack (001 Art. 72(4),(7)): the figures of the region for the half-year (aggregates,
 * no personal data), the commission's conclusions and meeting, approval by the region's akimat, and
 * the printed pack in Kazakh and Russian.
 */
export function AssessmentPackPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { packId } = useParams({ strict: false }) as { packId: string };
  const pack = useQuery({
    queryKey: dvAssessmentKeys.pack(packId),
    queryFn: () => dvAssessmentApi.pack(packId),
  });
  const p = pack.data;
  return (
    <>
      <PageTitle actions={p && <StatusBadge status={p.status} />}>
        {p ? t("dvAssessment.packTitle", { period: periodLabel(t, p.period) }) : t("dvAssessment.title")}
      </PageTitle>
      <ErrorAlert error={pack.error} />
      {pack.isPending && <Loader size="sm" aria-label={t("common.loading")} />}
      {p && (
        <Stack gap="md">
          <Group gap="lg" wrap="wrap">
            <Text size="sm">
              {t("dvAssessment.region")}: {localName(p.region.name, lang)}
            </Text>
            {p.approvedAt && (
              <Text size="sm" data-testid="dva-approved-at">
                {t("dvAssessment.approvedAt", { at: formatDateTime(p.approvedAt) })}
                {p.approvedBy && ` · ${p.approvedBy.fullName}`}
              </Text>
            )}
            <Group gap="sm" data-testid="dva-pdf">
              {PACK_LANGS.map((l) => (
                <Anchor key={l} href={dvAssessmentApi.pdfUrl(p.id, l)} download data-testid={`dva-pdf-${l}`}>
                  {t("dvAssessment.pdf", { lang: t(`lang.${l}`) })}
                </Anchor>
              ))}
            </Group>
          </Group>
          <Figures pack={p} />
          <Conclusions pack={p} canEdit={p.mayEdit} />
        </Stack>
      )}
    </>
  );
}
