import { Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { keys, territoriesApi } from "../../api/endpoints.ts";
import type { Person } from "../../api/types.ts";
import { ageOn, formatDate } from "../../format.ts";
import { localName, useLanguage } from "../../i18n/index.ts";
import { cyrName, latName } from "./personName.ts";

function Item({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text data-testid={testId}>{children}</Text>
    </div>
  );
}

/** The header of a person's page: names, IIN, birth date and age, sex, addresses, contacts. */
export function PersonCard({ person, actions }: { person: Person; actions?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const territories = useQuery({
    queryKey: keys.territories(undefined),
    queryFn: () => territoriesApi.list(),
    staleTime: Infinity,
  });
  const districtName = (id: string) => {
    const found = territories.data?.items.find((x) => x.id === id);
    return found ? localName(found.name, lang) : "";
  };
  const p = person.personal;
  if (!p) {
    return (
      <Card withBorder data-testid="person-card">
        <Text>{t("persons.withheldText")}</Text>
      </Card>
    );
  }
  const age = ageOn(p.birthDate);
  const address = (a: { text: string; territoryId: string }) =>
    [districtName(a.territoryId), a.text].filter(Boolean).join(", ");
  return (
    <Card withBorder data-testid="person-card">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={0}>
          <Title order={2} size="h3" data-testid="person-name">
            {cyrName(p)}
          </Title>
          {latName(p) && <Text c="dimmed">{latName(p)}</Text>}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Item label={t("persons.iin")} testId="person-card-iin">
          {p.iin ?? (p.noIinReason ? t(`persons.noIinReasons.${p.noIinReason}`) : "—")}
        </Item>
        <Item label={t("persons.birthDate")}>
          {formatDate(p.birthDate, lang)}
          {age !== null && ` (${t("persons.age", { years: age })})`}
        </Item>
        <Item label={t("persons.sex")}>{t(`sex.${p.sex}`)}</Item>
        <Item label={t("persons.citizenship")}>{p.citizenship}</Item>
        <Item label={t("persons.actualAddress")}>{address(p.actualAddress)}</Item>
        {p.registeredAddress && (
          <Item label={t("persons.registeredAddress")}>{address(p.registeredAddress)}</Item>
        )}
        {p.contacts.length > 0 && (
          <Item label={t("persons.contacts")}>{p.contacts.map((c) => c.value).join(", ")}</Item>
        )}
        {p.documents.length > 0 && (
          <Item label={t("persons.documents")}>
            {p.documents.map((d) => `${t(`persons.documentKinds.${d.kind}`)} ${d.number}`).join("; ")}
          </Item>
        )}
      </SimpleGrid>
    </Card>
  );
}
