import { Select, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { keys, territoriesApi } from "../api/endpoints.ts";
import type { Territory } from "../api/types.ts";
import { localName, useLanguage } from "../i18n/index.ts";

interface LevelProps {
  id?: string | undefined;
  parentId: string | undefined;
  value: string | null;
  onChange: (territory: Territory | null) => void;
  error?: string | undefined;
  required?: boolean;
  depth: number;
}

/** One level of the territory tree: the children of `parentId` (the top level when undefined). */
function TerritoryLevel({ id, parentId, value, onChange, error, required, depth }: LevelProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const children = useQuery({
    queryKey: keys.territories(parentId),
    queryFn: () => territoriesApi.list(parentId),
    staleTime: Infinity, // the territory list is seed data
  });
  const items = children.data?.items ?? [];
  // A level with nothing under it offers no further choice.
  if (depth > 0 && children.isSuccess && items.length === 0) return null;
  const level = items[0]?.level;
  return (
    <Select
      id={id}
      label={level ? t(`territoryLevel.${level}`) : t("bodies.territory")}
      required={required && depth === 0}
      searchable
      clearable={depth > 0}
      data={items.map((item) => ({ value: item.id, label: localName(item.name, lang) }))}
      value={value}
      onChange={(id) => onChange(items.find((item) => item.id === id) ?? null)}
      nothingFoundMessage={children.isFetching ? t("common.loading") : t("common.nothingFound")}
      error={error}
      clearButtonProps={{ "aria-label": t("common.clear") }}
      data-testid={`territory-level-${depth}`}
    />
  );
}

interface Props {
  /** The element id of the top level (a form's list of errors links to it). */
  id?: string;
  onChange: (territoryId: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}

/**
 * Choose a territory by walking down the tree (e.g. region, then district); the deepest choice is
 * the value. Whatever the top level is (the country or the regions), the picker follows the tree.
 */
export function TerritoryPicker({ id, onChange, error, required }: Props) {
  const [chain, setChain] = useState<Territory[]>([]);

  const choose = (depth: number, territory: Territory | null) => {
    const next = chain.slice(0, depth);
    if (territory) next.push(territory);
    setChain(next);
    onChange(next.at(-1)?.id ?? null);
  };

  // Levels shown: the top one, and under every chosen territory the level of its children.
  const levels = [undefined, ...chain.map((territory) => territory.id)];
  return (
    <Stack gap="xs">
      {levels.map((parentId, depth) => (
        <TerritoryLevel
          key={parentId ?? "root"}
          id={depth === 0 ? id : undefined}
          parentId={parentId}
          depth={depth}
          value={chain[depth]?.id ?? null}
          onChange={(territory) => choose(depth, territory)}
          error={depth === 0 ? error : undefined}
          required={required}
        />
      ))}
    </Stack>
  );
}
