import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, Textarea } from "@mantine/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "../../components/DateField.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { FormFooter } from "../../components/FormFooter.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { PAGE_SIZE } from "../../components/usePagedSearch.ts";
import { formatDate, LawCitation, todayIso } from "../../format.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { personLine, PLAN_STEP_AREAS } from "./fsDomain.ts";
import { FamilySelect, PersonSelect } from "./FsPickers.tsx";
import { FamilyLink } from "./FamilyLink.tsx";
import { FsSections } from "./FsSections.tsx";
import type { FamilyRef, PersonRef } from "./fsTypes.ts";

/**
 * `/family-support/services`: the social, legal, psychological and other support the centre gave
 * (001 Arts. 10(2)(3), 72(2)), newest first, searched by the person's name; a service is added here.
 */
export function ServicesPage() {
  const { t } = useTranslation();
  const [family, setFamily] = useState<FamilyRef | null>(null);
  const [page, setPage] = useState(1);
  const pageSize = PAGE_SIZE;
  const [adding, setAdding] = useState(false);
  const query = { familyId: family?.id, page, pageSize };
  const list = useQuery({
    queryKey: fsKeys.services(query),
    queryFn: () => fsApi.services(query),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          <Button onClick={() => setAdding(true)} data-testid="fs-service-add">
            {t("familySupport.services.add")}
          </Button>
        }
      >
        {t("familySupport.services.title")}
      </PageTitle>
      <FsSections current="services" />
      <Text size="sm" c="dimmed" mb="md">
        {t("familySupport.services.intro")} <LawCitation code="001 Art. 10(2)(3)" />
      </Text>
      <Group mb="md">
        <FamilySelect
          label={t("familySupport.services.byFamily")}
          placeholder={t("familySupport.services.allFamilies")}
          value={family}
          onChange={(f) => {
            setFamily(f);
            setPage(1);
          }}
          testId="fs-services-family"
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={700}>
        <Table striped aria-busy={list.isFetching} data-testid="fs-services">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("familySupport.col.deliveredOn")}</Table.Th>
              <Table.Th>{t("familySupport.col.person")}</Table.Th>
              <Table.Th>{t("familySupport.col.area")}</Table.Th>
              <Table.Th>{t("familySupport.col.note")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isPending && <LoadingRow colSpan={4} />}
            {list.isSuccess && rows.length === 0 && (
              <EmptyRow
                colSpan={4}
                text={family ? t("familySupport.services.emptyFiltered") : t("familySupport.services.empty")}
              />
            )}
            {rows.map((s) => (
              <Table.Tr key={s.id} data-testid="fs-service-row">
                <Table.Td>{formatDate(s.deliveredOn)}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/persons/$personId" params={{ personId: s.person.id }}>
                    {personLine(t, s.person)}
                  </AnchorLink>
                  {s.familyId && (
                    <div>
                      <FamilyLink familyId={s.familyId} />
                    </div>
                  )}
                </Table.Td>
                <Table.Td>{t(`familySupport.area.${s.area}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {s.note ?? "—"}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && <TablePager total={list.data.total} page={page} pageSize={pageSize} onChange={setPage} />}
      {adding && <ServiceModal onClose={() => setAdding(false)} />}
    </>
  );
}

function ServiceModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [person, setPerson] = useState<PersonRef | null>(null);
  const [family, setFamily] = useState<FamilyRef | null>(null);
  const [deliveredOn, setDeliveredOn] = useState(() => todayIso());
  const [area, setArea] = useState<string>("psychological");
  const [note, setNote] = useState("");
  const current = {
    personId: person?.id ?? "",
    ...(family ? { familyId: family.id } : {}),
    deliveredOn,
    area,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
  const save = useMutation({
    mutationFn: (body: typeof current) => fsApi.addService(body),
    onSuccess: async () => {
      notifySaved(t("familySupport.services.saved"));
      await queryClient.invalidateQueries({ queryKey: fsKeys.all });
      onClose();
    },
  });
  const form = useFormErrors({
    formId: "fs-service",
    fields: ["personId", "familyId", "deliveredOn", "area", "note"],
    checks: {
      personId: person ? undefined : t("forms.required", { label: t("familySupport.field.person") }),
      deliveredOn: deliveredOn
        ? undefined
        : t("forms.required", { label: t("familySupport.field.deliveredOn") }),
    },
    save,
    current,
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("familySupport.services.add")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack>
          <FormErrorSummary form={form} testId="fs-service-error" />
          <PersonSelect
            id={form.id("personId")}
            label={t("familySupport.field.person")}
            required
            value={person}
            onChange={setPerson}
            error={form.err("personId")}
            testId="fs-service-person"
          />
          <FamilySelect
            id={form.id("familyId")}
            label={t("familySupport.field.family")}
            description={t("familySupport.field.familyOptional")}
            value={family}
            onChange={setFamily}
            error={form.err("familyId")}
            testId="fs-service-family"
          />
          <SimpleGrid cols={2}>
            <DateField
              id={form.id("deliveredOn")}
              label={t("familySupport.field.deliveredOn")}
              required
              value={deliveredOn}
              max={todayIso()}
              onChange={setDeliveredOn}
              error={form.err("deliveredOn")}
              data-testid="fs-service-on"
            />
            <NativeSelect
              id={form.id("area")}
              label={t("familySupport.field.area")}
              value={area}
              data={PLAN_STEP_AREAS.map((a) => ({ value: a, label: t(`familySupport.area.${a}`) }))}
              onChange={(e) => setArea(e.currentTarget.value)}
              error={form.err("area")}
              data-testid="fs-service-area"
            />
          </SimpleGrid>
          <Textarea
            id={form.id("note")}
            label={t("familySupport.field.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={form.err("note")}
            data-testid="fs-service-note"
          />
          <FormFooter onCancel={onClose} saving={save.isPending} testId="fs-service-save" />
        </Stack>
      </form>
    </Modal>
  );
}
