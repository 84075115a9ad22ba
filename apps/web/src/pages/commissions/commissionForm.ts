import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { commissionKeys } from "./commissionsApi.ts";

/** A required field's message, under the field, naming it. */
export const required = (t: TFunction, ok: boolean, label: string) =>
  ok ? undefined : t("forms.required", { label });

/** After a write to a commission: every list and page of the commissions is read again. */
export function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: commissionKeys.all });
}
