import { Badge, Button, Group, NativeSelect, Stack, Table, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { npmApi, npmKeys, type NpmComplaint } from "../../api/npm.ts";
import { useSession } from "../../auth/session.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { EmptyRow } from "../../components/tables.tsx";
import { useNpmNames } from "./useNpmNames.ts";

/** A complaint of torture received by a participant (000 Art. 30(4); 003 pp.12-13). */
function ComplaintForm({ visitId, onDone }: { visitId: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { institutions } = useNpmNames();
  const [institutionId, setInstitutionId] = useState("");
  const [complainantName, setName] = useState("");
  const [summary, setSummary] = useState("");
  const save = useMutation({
    mutationFn: () =>
      npmApi.createComplaint({
        receivedAt: new Date().toISOString(),
        ...(visitId ? { visitId } : {}),
        ...(institutionId ? { institutionId } : {}),
        complainantName,
        summary,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: npmKeys.all });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="npm-complaint-form">
      <Stack gap="xs">
        <NativeSelect
          label={t("npm.complaint.institution")}
          value={institutionId}
          onChange={(e) => setInstitutionId(e.currentTarget.value)}
          data={[{ value: "", label: "—" }, ...institutions.map((i) => ({ value: i.id, label: i.name }))]}
          data-testid="npm-complaint-institution"
        />
        <TextInput
          label={t("npm.complaint.complainant")}
          required
          value={complainantName}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="npm-complaint-name"
        />
        <Textarea
          label={t("npm.complaint.summary")}
          required
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          data-testid="npm-complaint-summary"
        />
        <ErrorAlert error={save.error} testId="npm-complaint-error" />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="npm-complaint-save">
            {t("npm.complaint.register")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TransferButton({ complaint }: { complaint: NpmComplaint }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const transfer = useMutation({
    mutationFn: () => npmApi.transferComplaint(complaint.id, complaint.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: npmKeys.all }),
  });
  return (
    <>
      <Button
        size="xs"
        onClick={() => transfer.mutate()}
        loading={transfer.isPending}
        data-testid="npm-complaint-transfer"
      >
        {t("npm.complaint.transfer")}
      </Button>
      <ErrorAlert error={transfer.error} />
    </>
  );
}

/**
 * Complaints, all or those of one visit: registered by participants, transferred to the Commissioner;
 * the complainant's name is null (hidden) for the Council.
 */
export function ComplaintsPanel({ visitId }: { visitId?: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: npmKeys.complaints, queryFn: () => npmApi.complaints() });
  const items = (list.data?.items ?? []).filter((c) => !visitId || c.visitId === visitId);
  const participant = user.roles.includes("npm_participant");
  const office = user.roles.includes("commissioner_representative");
  // The group that received a complaint transfers it, or the office (000 Art. 30(4); 003 pp.12-13):
  // the same participants the server shows the complainant to, so a hidden name means another group's.
  const mayTransfer = (c: NpmComplaint) => office || (participant && c.complainantName !== null);
  return (
    <Stack mt="lg" data-testid="npm-complaints">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("npm.complaint.title")}
        </Title>
        {participant && !adding && (
          <Button variant="light" onClick={() => setAdding(true)} data-testid="npm-complaint-create">
            {t("npm.complaint.register")}
          </Button>
        )}
      </Group>
      {adding && <ComplaintForm visitId={visitId} onDone={() => setAdding(false)} />}
      <ErrorAlert error={list.error} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("npm.complaint.number")}</Table.Th>
            <Table.Th>{t("npm.complaint.complainant")}</Table.Th>
            <Table.Th>{t("npm.complaint.summary")}</Table.Th>
            <Table.Th>{t("npm.visit.status")}</Table.Th>
            <Table.Th>{t("common.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.isSuccess && items.length === 0 && <EmptyRow colSpan={5} text={t("npm.complaint.empty")} />}
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="npm-complaint-row" data-status={c.status}>
              <Table.Td>{c.registrationNumber}</Table.Td>
              <Table.Td>{c.complainantName ?? t("npm.complaint.hidden")}</Table.Td>
              <Table.Td>{c.summary}</Table.Td>
              <Table.Td>
                <Badge variant="light">
                  {t(`npm.complaintStatus.${c.status}`, { defaultValue: c.status })}
                </Badge>
                {c.includedInReport && <Badge ml={4}>{t("npm.complaint.inReport")}</Badge>}
              </Table.Td>
              <Table.Td>
                {mayTransfer(c) && c.status !== "transferred" && <TransferButton complaint={c} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
