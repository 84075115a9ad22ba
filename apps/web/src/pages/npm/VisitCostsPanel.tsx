import { Button, Group, List, NumberInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { npmAnnualApi, npmApi, npmKeys, type NpmVisit, type NpmVisitCost } from "../../api/npm.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LOCALES, useLanguage } from "../../i18n/index.ts";
import { formatKzt } from "./annual.ts";

/**
 * The visit's costs for the financial report of the annual report (000 Art. 34(2)). The server has
 * no list of a visit's cost items, only the per-visit totals of the year's figures (a visit belongs
 * to the year it starts in, and counts once held): that total is shown, with the items recorded in
 * this session under it.
 */
export function VisitCostsPanel({ visit, canRecord }: { visit: NpmVisit; canRecord: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const queryClient = useQueryClient();
  const year = Number(visit.startsOn.slice(0, 4));
  const figures = useQuery({
    queryKey: npmKeys.annualFigures(year),
    queryFn: () => npmAnnualApi.figures(year),
  });
  const total = figures.data?.costs.perVisit.find((c) => c.visitId === visit.id)?.amountKzt;
  const [item, setItem] = useState("");
  const [amount, setAmount] = useState<number | string>("");
  const [added, setAdded] = useState<NpmVisitCost[]>([]);
  const add = useMutation({
    mutationFn: () => npmApi.addVisitCost(visit.id, { item: item.trim(), amountKzt: Number(amount) }),
    onSuccess: async (cost) => {
      setAdded((all) => [...all, cost]);
      setItem("");
      setAmount("");
      await queryClient.invalidateQueries({ queryKey: npmKeys.annual(year) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const kzt = (n: number) => formatKzt(n, LOCALES[lang]);
  return (
    <Stack gap="xs" data-testid="npm-visit-costs">
      <Title order={2} size="h4">
        {t("npm.cost.title")}
      </Title>
      <Text size="sm" data-testid="npm-visit-cost-total">
        {total === undefined ? t("npm.cost.none") : t("npm.cost.recorded", { amount: kzt(total), year })}
      </Text>
      {added.length > 0 && (
        <List size="sm">
          {added.map((c) => (
            <List.Item key={c.id} data-testid="npm-visit-cost-added">
              {t("npm.cost.added", { item: c.item, amount: kzt(c.amountKzt) })}
            </List.Item>
          ))}
        </List>
      )}
      {canRecord && (
        <form onSubmit={submit}>
          <Group align="end">
            <TextInput
              label={t("npm.cost.item")}
              required
              maxLength={200}
              value={item}
              onChange={(e) => setItem(e.currentTarget.value)}
              data-testid="npm-visit-cost-item"
            />
            <NumberInput
              label={t("npm.cost.amount")}
              required
              min={0}
              decimalScale={2}
              value={amount}
              onChange={setAmount}
              data-testid="npm-visit-cost-amount"
            />
            <Button type="submit" loading={add.isPending} data-testid="npm-visit-cost-add">
              {t("npm.cost.add")}
            </Button>
          </Group>
          <ErrorAlert error={add.error} testId="npm-visit-cost-error" fields={[]} />
        </form>
      )}
    </Stack>
  );
}
