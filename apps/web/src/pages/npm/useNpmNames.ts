import { useQuery } from "@tanstack/react-query";
import { npmApi, npmKeys } from "../../api/npm.ts";

/** Names of institutions and participants by id, for screens that hold only ids. */
export function useNpmNames() {
  const institutions = useQuery({
    queryKey: npmKeys.institutions("", ""),
    queryFn: () => npmApi.institutions({}),
  });
  const participants = useQuery({ queryKey: npmKeys.participants, queryFn: () => npmApi.participants() });
  const institutionItems = institutions.data?.items ?? [];
  const participantItems = participants.data?.items ?? [];
  const inst = new Map(institutionItems.map((i) => [i.id, i.name]));
  const part = new Map(participantItems.map((p) => [p.id, p.fullName]));
  return {
    institutions: institutionItems,
    participants: participantItems,
    institutionName: (id: string) => inst.get(id) ?? id,
    participantName: (id: string) => part.get(id) ?? id,
  };
}
