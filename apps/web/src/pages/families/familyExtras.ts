// The family's records kept by other parts, for its timeline: the family support centre's shelter
// stays (001 Art. 10(2)(4)) and services (10(2)(3)), the mobile groups' outreach visits (11). A role that may not read them (access.role) gets
// the timeline without them, as the menu leaves out what a role may not open.
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { notForRole } from "../../api/errors.ts";
import type { TimelineExtras } from "./familyTimeline.ts";

const PAGE = 100;

// The parts of the centre's pages (the contract's StayPage, FamilyServicePage) the timeline reads.
type Page<T> = { items: readonly T[] };
type StayPage = Page<NonNullable<TimelineExtras["stays"]>[number]>;
type ServicePage = Page<NonNullable<TimelineExtras["services"]>[number]>;
type VisitPage = Page<NonNullable<TimelineExtras["visits"]>[number]>;

async function orNothing<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (e) {
    if (notForRole(e)) return null;
    throw e;
  }
}

/** The stays, services and visits of a family, each left out where the reader's role may not read them. */
export function useFamilyExtras(
  familyId: string,
  enabled: boolean,
): { extras: TimelineExtras; error: unknown } {
  const stays = useQuery({
    queryKey: ["families", "stays", familyId],
    queryFn: () =>
      orNothing(() => api.get<StayPage>("/family-support/stays", { familyId, state: "all", pageSize: PAGE })),
    enabled,
  });
  const services = useQuery({
    queryKey: ["families", "services", familyId],
    queryFn: () =>
      orNothing(() => api.get<ServicePage>("/family-support/services", { familyId, pageSize: PAGE })),
    enabled,
  });
  const visits = useQuery({
    queryKey: ["families", "visits", familyId],
    queryFn: () => orNothing(() => api.get<VisitPage>("/outreach-visits", { familyId, pageSize: PAGE })),
    enabled,
  });
  return {
    extras: {
      stays: stays.data?.items ?? [],
      services: services.data?.items ?? [],
      visits: visits.data?.items ?? [],
    },
    error: stays.error ?? services.error ?? visits.error,
  };
}
