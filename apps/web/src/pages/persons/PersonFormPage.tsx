import { Alert, Button, Center, Group, Loader, Stack } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { Person, PersonCreate } from "../../api/types.ts";
import { AnchorLink, ButtonLink } from "../../components/links.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { forGenericCodes } from "../../components/formErrors.ts";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { PageTitle } from "../../components/PageTitle.tsx";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { AddressFields } from "./AddressFields.tsx";
import { ContactsFields, DocumentsFields } from "./ListFields.tsx";
import { PersonFields } from "./PersonFields.tsx";
import {
  emptyPersonForm,
  formToBody,
  personChecks,
  personFields,
  personMessages,
  personToForm,
  type PersonFormState,
} from "./personForm.ts";

/** A 409's detail that names the IIN's holder (an id to link to, not a message). */
const DUPLICATE_FIELD = "existingPersonId";

/** `/persons/new`. */
export function PersonCreatePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t("persons.createTitle")}</PageTitle>
      <PersonForm person={null} />
    </>
  );
}

/** `/persons/$personId/edit`: the form filled with the record as read, saved with its version. */
export function PersonEditPage() {
  const { t } = useTranslation();
  const { personId } = useParams({ from: "/persons/$personId/edit" });
  const person = useQuery({ queryKey: personKeys.one(personId), queryFn: () => personsApi.get(personId) });
  return (
    <>
      <PageTitle>{t("persons.editTitle")}</PageTitle>
      <ErrorAlert error={person.error} />
      {person.isPending && (
        <Center py="lg">
          <Loader aria-label={t("common.loading")} />
        </Center>
      )}
      {/* A reload after a conflict brings a new version: the form starts again from it. */}
      {person.data && <PersonForm key={person.data.version} person={person.data} />}
    </>
  );
}

function PersonForm({ person }: { person: Person | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const markSaved = useMarkSaved();
  const [form, setForm] = useState<PersonFormState>(() =>
    person ? personToForm(person) : emptyPersonForm(),
  );
  const set = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) =>
    setForm((old) => ({ ...old, [key]: value }));

  const save = useMutation({
    mutationFn: (body: PersonCreate) =>
      person ? personsApi.update(person.id, { ...body, version: person.version }) : personsApi.create(body),
    onSuccess: (saved) => {
      markSaved(saved.id);
      notifySaved(t(person ? "forms.saved.person" : "forms.saved.personCreated"));
      queryClient.setQueryData(personKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: personKeys.all });
      void navigate({ to: "/persons/$personId", params: { personId: saved.id } });
    },
  });
  const error = save.error;
  // The IIN's holder is named (a link to open it) only to a user who may read that record; to anyone
  // else the 409 says only that the IIN is registered, next to the IIN input. A merged record (conflict
  // .duplicate) names the record it was merged into.
  const duplicateOf =
    error instanceof ApiError &&
    (error.code === "person.iin_registered" || error.code === "conflict.duplicate")
      ? error.details.find((d) => d.field === DUPLICATE_FIELD)?.message
      : undefined;
  const stale = error instanceof ApiError && error.code === "conflict.stale_version";
  // Refusals of the IIN by the law (iin.check_digit, iin.length…) name no field: they belong to it.
  const iinRefused = error instanceof ApiError && error.code.startsWith("iin.") && !error.field;
  const refusal =
    iinRefused && error instanceof ApiError
      ? new ApiError(error.status, {
          code: error.code,
          message: error.message,
          field: "iin",
          ...(error.article ? { article: error.article } : {}),
          details: error.details.map((d) => ({ ...d, field: d.field || "iin" })),
          ...(error.requestId ? { requestId: error.requestId } : {}),
        })
      : error;
  const current = formToBody(form);
  const formErrors = useFormErrors({
    formId: "person",
    fields: personFields(form),
    checks: personChecks(t, form),
    messages: forGenericCodes(personMessages(t)),
    ignore: [DUPLICATE_FIELD],
    save: { error: stale ? null : refusal, variables: save.variables, isPending: save.isPending },
    current,
  });
  const { err, id } = formErrors;
  const reload = () => {
    save.reset();
    if (person) void queryClient.invalidateQueries({ queryKey: personKeys.one(person.id) });
  };

  return (
    <form onSubmit={formErrors.onSubmit(() => save.mutate(current))} noValidate>
      <Stack gap="md" maw={960}>
        {stale ? (
          <Alert color="orange" role="alert" title={t("persons.staleTitle")} data-testid="person-stale">
            {t("persons.staleText")}{" "}
            <Button size="compact-sm" variant="white" onClick={reload} data-testid="person-reload">
              {t("persons.reload")}
            </Button>
          </Alert>
        ) : (
          <FormErrorSummary form={formErrors} testId="person-error" />
        )}
        {duplicateOf && (
          <Alert color="yellow" role="alert" data-testid="person-duplicate-iin">
            {t("persons.duplicateIin")}{" "}
            <AnchorLink to="/persons/$personId" params={{ personId: duplicateOf }}>
              {t("persons.openExisting")}
            </AnchorLink>
          </Alert>
        )}
        <PersonFields form={form} set={set} err={err} id={id} />
        <AddressFields
          legend={t("persons.actualAddress")}
          name="actualAddress"
          required
          value={form.actualAddress}
          onChange={(v) => set("actualAddress", v)}
          err={err}
          id={id}
        />
        <AddressFields
          legend={t("persons.registeredAddress")}
          name="registeredAddress"
          value={form.registeredAddress}
          onChange={(v) => set("registeredAddress", v)}
          err={err}
          id={id}
        />
        <ContactsFields value={form.contacts} onChange={(v) => set("contacts", v)} err={err} id={id} />
        <DocumentsFields value={form.documents} onChange={(v) => set("documents", v)} err={err} id={id} />
        <Group justify="flex-end">
          {person ? (
            <ButtonLink variant="default" to="/persons/$personId" params={{ personId: person.id }}>
              {t("common.cancel")}
            </ButtonLink>
          ) : (
            <ButtonLink variant="default" to="/persons">
              {t("common.cancel")}
            </ButtonLink>
          )}
          <Button type="submit" loading={save.isPending} data-testid="person-save">
            {person ? t("common.save") : t("common.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
