import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { Person, PersonLink, PersonSearchHit } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { ageOn, formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { cyrName } from "./personName.ts";

/** 001 Arts. 1(7), 59(2)(7) (the contract's PERSON_LINK_KINDS). */
const LINK_KINDS = [
  "parent",
  "adoptive_parent",
  "guardian",
  "trustee",
  "foster_parent",
  "patronage_educator",
  "other_legal_representative",
] as const;

/** Families (R1.2): a minor's parents and legal representatives, or a representative's minors. */
export function FamilyPanel({ person, canEdit }: { person: Person; canEdit: boolean }) {
  const { t } = useTranslation();
  const links = useQuery({
    queryKey: personKeys.links(person.id),
    queryFn: () => personsApi.links(person.id),
  });
  const items = links.data?.items ?? [];
  const age = person.personal ? ageOn(person.personal.birthDate) : null;
  // Only a minor gets representatives (the server refuses others with person_link.not_a_minor).
  const minor = age !== null && age < 18;

  return (
    <Card withBorder data-testid="person-family">
      <Title order={2} size="h4" mb="xs">
        {t("family.title")}
      </Title>
      <ErrorAlert error={links.error} />
      {links.isSuccess && items.length === 0 && (
        <Text c="dimmed" data-testid="family-empty">
          {t("family.empty")}
        </Text>
      )}
      <Stack gap={4} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {items.map((l) => (
          <li key={l.id} data-testid="family-row">
            <LinkRow link={l} selfId={person.id} />
          </li>
        ))}
      </Stack>
      {canEdit && minor && !person.mergedInto && <AddLink minorId={person.id} />}
    </Card>
  );
}

function LinkRow({ link, selfId }: { link: PersonLink; selfId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const iAmMinor = link.minor.id === selfId;
  const other = iAmMinor ? link.representative : link.minor;
  const role = iAmMinor
    ? t(`linkKind.${link.kind}`)
    : t("family.minorOf", { kind: t(`linkKind.${link.kind}`) });
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="light">{role}</Badge>
      <AnchorLink to="/persons/$personId" params={{ personId: other.id }}>
        {other.personal ? cyrName(other.personal) : t("family.withheld")}
      </AnchorLink>
      {other.personal && (
        <Text size="sm" c="dimmed">
          {formatDate(other.personal.birthDate, lang)}
        </Text>
      )}
      {(link.since || link.until) && (
        <Text size="sm" c="dimmed">
          {formatDate(link.since, lang)} – {link.until ? formatDate(link.until, lang) : t("family.open")}
        </Text>
      )}
    </Group>
  );
}

function AddLink({ minorId }: { minorId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [iin, setIin] = useState("");
  const [found, setFound] = useState<PersonSearchHit | null>(null);
  const [kind, setKind] = useState<string>("parent");
  const [since, setSince] = useState("");
  const search = useMutation({
    mutationFn: () => personsApi.search({ iin: iin.trim(), pageSize: 1 }),
    onSuccess: (page) => setFound(page.items[0] ?? null),
  });
  const add = useMutation({
    mutationFn: (representativeId: string) =>
      personsApi.addLink(minorId, {
        representativeId,
        kind: LINK_KINDS.find((k) => k === kind) ?? "parent",
        ...(since ? { since } : {}),
      }),
    onSuccess: () => {
      setFound(null);
      setIin("");
      search.reset();
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: personKeys.links(minorId) }),
  });
  const find = (event: FormEvent) => {
    event.preventDefault();
    setFound(null);
    add.reset();
    if (/^\d{12}$/.test(iin.trim())) search.mutate();
  };
  const iinInvalid = iin.trim() !== "" && !/^\d{12}$/.test(iin.trim());

  return (
    <Stack gap="xs" mt="sm">
      <form onSubmit={find} noValidate>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t("family.findByIin")}
            inputMode="numeric"
            maxLength={12}
            value={iin}
            onChange={(e) => setIin(e.currentTarget.value)}
            error={iinInvalid ? t("errors.iin.length") : undefined}
            data-testid="family-iin"
          />
          <Button type="submit" variant="default" loading={search.isPending} data-testid="family-search">
            {t("common.search")}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={search.error} />
      {search.isSuccess && !found && (
        <Text size="sm" c="dimmed" data-testid="family-not-found">
          {t("family.notFound")}
        </Text>
      )}
      {found && found.id !== minorId && (
        <Group align="flex-end" gap="xs" data-testid="family-found">
          <Text fw={500}>{found.personal ? cyrName(found.personal) : found.id}</Text>
          <NativeSelect
            label={t("family.kind")}
            value={kind}
            data={LINK_KINDS.map((k) => ({ value: k, label: t(`linkKind.${k}`) }))}
            onChange={(e) => setKind(e.currentTarget.value)}
            data-testid="family-kind"
          />
          <TextInput
            type="date"
            label={t("family.since")}
            value={since}
            onChange={(e) => setSince(e.currentTarget.value)}
            error={lawFieldError(t, add.error, "since")}
            data-testid="family-since"
          />
          <Button onClick={() => add.mutate(found.id)} loading={add.isPending} data-testid="family-add">
            {t("family.add")}
          </Button>
        </Group>
      )}
      {found && found.id === minorId && (
        <Text size="sm" c="red">
          {t("family.self")}
        </Text>
      )}
      <ErrorAlert error={add.error} fields={["since"]} />
    </Stack>
  );
}
