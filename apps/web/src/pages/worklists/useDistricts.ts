import { useQuery } from "@tanstack/react-query";
import { keys, territoriesApi } from "../../api/endpoints.ts";
import type { Territory } from "../../api/types.ts";
import { useSession } from "../../auth/session.ts";

/**
 * The territories one level below the user's own (the districts of a region-level user's region),
 * which the worklists narrow to; none for a district-level user. The territory list is seed data.
 */
export function useDistricts(): { regionLevel: boolean; districts: Territory[] } {
  const { user } = useSession();
  const regionLevel = user.territory.level !== "district";
  const children = useQuery({
    queryKey: keys.territories(user.territory.id),
    queryFn: () => territoriesApi.list(user.territory.id),
    staleTime: Infinity,
    enabled: regionLevel,
  });
  return { regionLevel, districts: children.data?.items ?? [] };
}
