import { Button, Card, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { personKeys, personsApi } from "../../api/persons.ts";
import type { Person, PersonSummary } from "../../api/types.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { formatDate } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { cyrName, latName } from "./personName.ts";
import { summaryName } from "../../components/withheldText.ts";

/**
 * Likely duplicates of a person (same birth date, same or nearly the same name in any script), each
 * with a merge into this record after a confirmation. The server keeps both histories and audits it.
 */
export function DuplicatesPanel({ person, canMerge }: { person: Person; canMerge: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<PersonSummary | null>(null);
  const [reason, setReason] = useState("");
  const dupes = useQuery({
    queryKey: personKeys.duplicates(person.id),
    queryFn: () => personsApi.duplicates(person.id),
    enabled: person.mergedInto === null,
  });
  const merge = useMutation({
    mutationFn: (other: PersonSummary) =>
      personsApi.merge(person.id, other.id, person.version, reason.trim() || undefined),
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.one(saved.id), saved);
      setTarget(null);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: personKeys.all }),
  });
  const items = dupes.data?.items ?? [];
  if (items.length === 0 && !dupes.error) return null;
  const close = () => {
    merge.reset();
    setTarget(null);
  };

  return (
    <Card withBorder data-testid="person-duplicates">
      <Title order={2} size="h4" mb="xs">
        {t("persons.duplicatesTitle")}
      </Title>
      <ErrorAlert error={dupes.error} />
      <Stack gap="xs">
        {items.map(({ person: other, score }) => (
          <Group key={other.id} justify="space-between" data-testid="person-duplicate-row">
            <div>
              <AnchorLink to="/persons/$personId" params={{ personId: other.id }}>
                {summaryName(t, other, t("persons.withheld"))}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {other.personal &&
                  [
                    latName(other.personal),
                    other.personal.iin ?? "",
                    formatDate(other.personal.birthDate, lang),
                  ]
                    .filter(Boolean)
                    .join(" · ")}{" "}
                · {t("persons.similarity", { percent: Math.round(score * 100) })}
              </Text>
            </div>
            {canMerge && (
              <Button
                size="compact-sm"
                variant="light"
                color="orange"
                aria-label={`${t("persons.merge")}: ${other.personal ? cyrName(other.personal) : other.id}`}
                onClick={() => setTarget(other)}
                data-testid="person-merge"
              >
                {t("persons.merge")}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {target && (
        <ConfirmModal
          opened
          title={t("persons.mergeTitle")}
          message={t("persons.mergeConfirm", {
            other: target.personal ? cyrName(target.personal) : target.id,
          })}
          confirmLabel={t("persons.merge")}
          danger
          loading={merge.isPending}
          error={merge.error}
          onConfirm={() => merge.mutate(target)}
          onClose={close}
        >
          <Textarea
            label={t("persons.mergeReason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            data-testid="person-merge-reason"
          />
        </ConfirmModal>
      )}
    </Card>
  );
}
