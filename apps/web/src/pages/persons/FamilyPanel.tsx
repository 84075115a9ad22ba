import { Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { Person, PersonLink } from "../../api/types.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { ageOn, formatDate, todayIso } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { lawFieldError } from "../measures/lawError.ts";
import { FamilyAddLink } from "./FamilyAddLink.tsx";
import { summaryName } from "../../components/withheldText.ts";
import { DateField } from "../../components/DateField.tsx";

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
            <LinkRow link={l} selfId={person.id} canEnd={canEdit && l.until === null} />
          </li>
        ))}
      </Stack>
      {canEdit && minor && !person.mergedInto && <FamilyAddLink minorId={person.id} />}
    </Card>
  );
}

function LinkRow({ link, selfId, canEnd }: { link: PersonLink; selfId: string; canEnd: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [ending, setEnding] = useState(false);
  const iAmMinor = link.minor.id === selfId;
  const other = iAmMinor ? link.representative : link.minor;
  const role = iAmMinor
    ? t(`linkKind.${link.kind}`)
    : t("family.minorOf", { kind: t(`linkKind.${link.kind}`) });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" color={link.until ? "gray" : undefined}>
          {role}
        </Badge>
        <AnchorLink to="/persons/$personId" params={{ personId: other.id }}>
          {summaryName(t, other, t("family.withheld"))}
        </AnchorLink>
        {other.personal && (
          <Text size="sm" c="dimmed">
            {formatDate(other.personal.birthDate, lang)}
          </Text>
        )}
        {(link.since || link.until) && (
          <Text size="sm" c="dimmed" data-testid="family-period">
            {formatDate(link.since, lang)} – {link.until ? formatDate(link.until, lang) : t("family.open")}
          </Text>
        )}
        {canEnd && !ending && (
          <Button size="compact-xs" variant="subtle" onClick={() => setEnding(true)} data-testid="family-end">
            {t("family.end")}
          </Button>
        )}
      </Group>
      {ending && <EndLink link={link} selfId={selfId} onDone={() => setEnding(false)} />}
    </Stack>
  );
}

/** Ends a link on a day, after a confirmation (the link stays in the history with its last day). */
function EndLink({ link, selfId, onDone }: { link: PersonLink; selfId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [until, setUntil] = useState(todayIso);
  const end = useMutation({
    mutationFn: () => personsApi.endLink(selfId, link.id, until),
    onSuccess: onDone,
    onSettled: () => {
      for (const id of [link.minor.id, link.representative.id])
        void queryClient.invalidateQueries({ queryKey: personKeys.links(id) });
    },
  });
  return (
    <Stack gap="xs" pl="md" data-testid="family-end-confirm">
      <Text size="sm">{t("family.endConfirm")}</Text>
      <Group align="flex-end" gap="xs">
        <DateField
          label={t("family.endOn")}
          required
          min={link.since ?? undefined}
          value={until}
          onChange={(date) => setUntil(date)}
          error={lawFieldError(t, end.error, "until")}
          data-testid="family-end-on"
        />
        <Button
          color="red"
          disabled={!until}
          onClick={() => end.mutate()}
          loading={end.isPending}
          data-testid="family-end-submit"
        >
          {t("family.confirmEnd")}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </Group>
      <ErrorAlert error={end.error} fields={["until"]} />
    </Stack>
  );
}
