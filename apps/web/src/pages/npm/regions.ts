import { useQuery } from "@tanstack/react-query";
import { keys, territoriesApi } from "../../api/endpoints.ts";
import type { Territory } from "../../api/types.ts";
import { localName, useLanguage } from "../../i18n/index.ts";

/**
 * The regions (and cities of republican significance) whose codes NPM institutions and participants
 * carry: the level under the country in the territory tree (seed data, fetched once).
 */
export function useRegions(): { regions: Territory[]; nameOf: (code: string) => string } {
  const lang = useLanguage();
  const root = useQuery({
    queryKey: keys.territories(undefined),
    queryFn: () => territoriesApi.list(undefined),
    staleTime: Infinity,
  });
  const top = root.data?.items ?? [];
  const country = top.length === 1 && top[0]?.level === "country" ? top[0] : undefined;
  const children = useQuery({
    queryKey: keys.territories(country?.id),
    queryFn: () => territoriesApi.list(country?.id),
    enabled: country !== undefined,
    staleTime: Infinity,
  });
  const regions = country ? (children.data?.items ?? []) : top.filter((item) => item.level === "region");
  const nameOf = (code: string) => {
    const found = regions.find((r) => r.code === code);
    return found ? localName(found.name, lang) : code;
  };
  return { regions, nameOf };
}
