import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { bodiesApi, keys } from "../../api/endpoints.ts";
import type { Body, BodyType, I18nName } from "../../api/types.ts";
import { BodySelect, type BodyOption } from "../../components/BodySelect.tsx";
import { FormErrorSummary } from "../../components/FormErrorSummary.tsx";
import { notifySaved } from "../../components/notify.ts";
import { useMarkSaved } from "../../components/savedRow.ts";
import { useFormErrors } from "../../components/useFormErrors.ts";
import { TerritoryPicker } from "../../components/TerritoryPicker.tsx";
import { BODY_TYPE_LIST } from "../../domain.ts";
import { LANGUAGES, localName, useLanguage } from "../../i18n/index.ts";

function isBodyType(value: string | null): value is BodyType {
  return value !== null && (BODY_TYPE_LIST as readonly string[]).includes(value);
}

interface Props {
  /** The body to edit, or null to create one. */
  body: Body | null;
  onClose: () => void;
}

/**
 * Create a body (names in the three languages, type, territory, parent) or edit one. The territory
 * is fixed at creation: the API's update has no territory, since a body's scope follows from it.
 */
export function BodyFormModal({ body, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const [name, setName] = useState<I18nName>(body?.name ?? { kk: "", ru: "", en: "" });
  const [type, setType] = useState<BodyType | null>(body?.type ?? null);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  // The list does not carry the parent's name; editing keeps the parent unless one is chosen.
  const [parent, setParent] = useState<BodyOption | null>(null);
  const [parentTouched, setParentTouched] = useState(false);
  const markSaved = useMarkSaved();
  const trimmed = { kk: name.kk.trim(), ru: name.ru.trim(), en: name.en.trim() };
  const current = { name: trimmed, type, territoryId, parentId: parent?.id ?? null };
  const save = useMutation({
    mutationFn: (_sent: typeof current) => {
      if (body) {
        return bodiesApi.update(body.id, {
          name: trimmed,
          type: type ?? undefined,
          ...(parentTouched ? { parentId: parent?.id ?? null } : {}),
          version: body.version,
        });
      }
      if (!type || !territoryId) throw new Error("checked before submit");
      return bodiesApi.create({ name: trimmed, type, territoryId, parentId: parent?.id ?? null });
    },
    onSuccess: (saved) => {
      markSaved(saved.id);
      notifySaved(t("forms.saved.body"));
      onClose();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.bodies }),
  });
  const required = (filled: boolean, label: string) =>
    filled ? undefined : t("forms.required", { label: t(label) });
  const form = useFormErrors({
    formId: "body",
    fields: ["name.kk", "name.ru", "name.en", "type", "territoryId", "parentId"],
    checks: {
      "name.kk": required(trimmed.kk !== "", "bodies.name_kk"),
      "name.ru": required(trimmed.ru !== "", "bodies.name_ru"),
      "name.en": required(trimmed.en !== "", "bodies.name_en"),
      type: required(type !== null, "bodies.type"),
      ...(body ? {} : { territoryId: required(territoryId !== null, "bodies.territory") }),
    },
    save,
    current,
  });
  const err = form.err;

  return (
    <Modal
      opened
      onClose={onClose}
      title={body ? t("bodies.editTitle", { name: localName(body.name, lang) }) : t("bodies.createTitle")}
      closeButtonProps={{ "aria-label": t("common.close") }}
      size="lg"
    >
      <form onSubmit={form.onSubmit(() => save.mutate(current))} noValidate>
        <Stack gap="sm">
          <FormErrorSummary form={form} testId="body-error" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {LANGUAGES.map((l) => (
              <TextInput
                key={l}
                id={form.id(`name.${l}`)}
                label={t(`bodies.name_${l}`)}
                required
                lang={l}
                value={name[l]}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setName((current) => ({ ...current, [l]: value }));
                }}
                error={err(`name.${l}`)}
                data-testid={`body-name-${l}`}
              />
            ))}
          </SimpleGrid>
          <Select
            id={form.id("type")}
            label={t("bodies.type")}
            required
            searchable
            data={BODY_TYPE_LIST.map((value) => ({ value, label: t(`bodyType.${value}`) }))}
            value={type}
            onChange={(value) => setType(isBodyType(value) ? value : null)}
            nothingFoundMessage={t("common.nothingFound")}
            error={err("type")}
            data-testid="body-type"
          />
          {body ? (
            <Text size="sm">
              {t("bodies.territory")}: <b>{localName(body.territoryName, lang)}</b>
            </Text>
          ) : (
            <TerritoryPicker
              id={form.id("territoryId")}
              required
              onChange={setTerritoryId}
              error={err("territoryId")}
            />
          )}
          <BodySelect
            label={t("bodies.parent")}
            clearable
            value={parent}
            onChange={(value) => {
              setParent(value);
              setParentTouched(true);
            }}
            excludeId={body?.id}
            description={body?.parentId ? t("bodies.parentKept") : undefined}
            error={err("parentId")}
            testId="body-parent"
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="body-save">
              {body ? t("common.save") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
