import { Badge, Button, Modal, Stack, Table, Tabs, Text, TextInput } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { DateTimeField } from "../../components/DateTimeField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { almatyLocalOf, formatDateTime, instantOfAlmatyLocal } from "../../format.ts";
import { caseKeys } from "../minors-cases/casesApi.ts";
import { isCaseWriter } from "../minors-cases/caseDomain.ts";
import { meetingKeys, meetingsApi } from "./meetingsApi.ts";
import { meetingStateColor } from "./meetingLabels.ts";

const TABS = ["planned", "held", "cancelled"] as const;

/**
 * `/meetings`: the commission's meetings (001 Art. 79(6)) — planned, held (with the protocol's
 * signatures), cancelled; the secretary opens the next one, whose agenda fills itself from the
 * cases marked ready, urgent ones first and then the oldest (orderAgenda of the law package).
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const writer = isCaseWriter(session.user.roles);
  const [tab, setTab] = useState<(typeof TABS)[number]>("planned");
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState(1);
  const q = { state: tab, page };
  const list = useQuery({
    queryKey: meetingKeys.list(q),
    queryFn: () => meetingsApi.list(q),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          writer && (
            <Button onClick={() => setCreating(true)} data-testid="meeting-new">
              {t("meetings.new")}
            </Button>
          )
        }
      >
        {t("meetings.title")}
      </PageTitle>
      <Tabs
        value={tab}
        onChange={(v) => (setTab((v as (typeof TABS)[number]) ?? "planned"), setPage(1))}
        mb="sm"
      >
        <Tabs.List>
          {TABS.map((s) => (
            <Tabs.Tab key={s} value={s} data-testid={`meetings-tab-${s}`}>
              {t(`meetings.state.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped data-testid="meetings-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("meetings.col.number")}</Table.Th>
              <Table.Th>{t("meetings.col.when")}</Table.Th>
              <Table.Th>{t("meetings.col.place")}</Table.Th>
              <Table.Th>{t("meetings.col.items")}</Table.Th>
              <Table.Th>{t("meetings.col.protocol")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={5} />}
            {list.data && rows.length === 0 && <EmptyRow colSpan={5} text={t("meetings.empty")} />}
            {rows.map((m) => (
              <Table.Tr key={m.id} data-testid="meeting-row" data-state={m.state}>
                <Table.Td>
                  <AnchorLink
                    to="/meetings/$meetingId"
                    params={{ meetingId: m.id }}
                    data-testid="meeting-link"
                  >
                    {t("meetings.numberShort", { number: m.label })}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{formatDateTime(m.scheduledAt)}</Table.Td>
                <Table.Td>{m.place}</Table.Td>
                <Table.Td>
                  {m.decided}/{m.items}
                  {m.invitationsUndelivered > 0 && (
                    <Text size="xs" c="orange">
                      {t("meetings.undelivered", { count: m.invitationsUndelivered })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={meetingStateColor(m.protocol)}>
                    {t(`meetings.protocolState.${m.protocol}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        total={list.data?.total ?? 0}
        page={page}
        pageSize={list.data?.pageSize ?? 25}
        onChange={setPage}
      />
      {creating && <NewMeetingModal onClose={() => setCreating(false)} />}
    </>
  );
}

/** The next meeting: its time (Almaty) and place; the server fills the agenda from the ready cases. */
function NewMeetingModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [when, setWhen] = useState("");
  const [place, setPlace] = useState("");
  const current = { scheduledAt: when ? instantOfAlmatyLocal(when) : "", place: place.trim() };
  const save = useMutation({
    mutationFn: (body: typeof current) => meetingsApi.create(body),
    onSuccess: async (m) => {
      notifySaved(t("meetings.created", { count: m.items }));
      await queryClient.invalidateQueries({ queryKey: meetingKeys.all });
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      onClose();
      void navigate({ to: "/meetings/$meetingId", params: { meetingId: m.id } });
    },
  });
  const form = useFormErrors({
    formId: "meeting-new",
    fields: ["scheduledAt", "place"],
    checks: {
      scheduledAt: when ? undefined : t("forms.required", { label: t("meetings.field.when") }),
      place: place.trim() ? undefined : t("forms.required", { label: t("meetings.field.place") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("meetings.new")}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="meeting-new-error" />
          <DateTimeField
            id={form.id("scheduledAt")}
            label={t("meetings.field.when")}
            required
            value={when}
            min={almatyLocalOf(new Date().toISOString())}
            onChange={setWhen}
            error={form.err("scheduledAt")}
            data-testid="meeting-new-when"
          />
          <TextInput
            id={form.id("place")}
            label={t("meetings.field.place")}
            required
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={form.err("place")}
            data-testid="meeting-new-place"
          />
          <FormFooter
            onCancel={onClose}
            saving={save.isPending}
            label={t("meetings.create")}
            testId="meeting-new-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
