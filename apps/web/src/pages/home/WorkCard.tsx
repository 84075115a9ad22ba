import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSession } from "../../auth/session.ts";
import { AnchorLink } from "../../components/links.tsx";
import { localName, useLanguage } from "../../i18n/index.ts";
import { navFor } from "../../shell/nav.ts";
import { HomeCard } from "./HomeCard.tsx";
import { useCount } from "./Stat.tsx";
import type { Today, WorkCounts } from "./todayApi.ts";

type List = "checks" | "duties";
const PARTS = ["mine", "body", "territory"] as const;
const COLUMNS = ["overdue", "due", "upcoming"] as const;
const TONE = { overdue: "red", due: "orange", upcoming: undefined } as const;

const total = (c: WorkCounts) => c.overdue + c.due + c.upcoming;

/**
 * Due control checks or due duties of measures (001 Arts. 51(6), 59(10), 60(5); 51(3)): overdue, due
 * today and in the coming week, for what the user issued or placed, for the user's body and for the
 * user's territory — the scopes of the worklist, which the card links to where the role has it.
 */
export function WorkCard({ list, today }: { list: List; today: Today }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = useCount();
  const { user } = useSession();
  const nav = new Set(navFor(user.roles).map((i) => i.id));
  const counts = today[list]!;
  const days = today.upcomingDays;
  const empty = PARTS.every((p) => total(counts[p]) === 0);
  const place = localName(user.territory.name, lang);
  // Above a district the official's own and body's work is rarely any: their rows are left out when
  // empty, the territory's row always stays.
  const parts = PARTS.filter(
    (p) => p === "territory" || user.territory.level === "district" || total(counts[p]) > 0,
  );
  const links = nav.has("worklists") ? (
    <AnchorLink to="/worklists" data-testid={`home-${list}-open`}>
      {t("home.openWorklist")}
    </AnchorLink>
  ) : nav.has("persons") ? (
    <AnchorLink to="/persons" data-testid={`home-${list}-persons`}>
      {t("home.openPersons")}
    </AnchorLink>
  ) : undefined;
  return (
    <HomeCard
      title={t(`home.${list}.title`)}
      intro={t(`home.${list}.intro`)}
      links={links}
      testId={`home-${list}`}
    >
      {empty ? (
        <Text size="sm" data-testid={`home-${list}-empty`}>
          {t(`home.${list}.empty`, { days })}{" "}
          {t(nav.has("worklists") || nav.has("persons") ? `home.${list}.emptyHint` : "home.noScreenHint")}
        </Text>
      ) : (
        <Table withTableBorder={false} verticalSpacing={4} horizontalSpacing="sm" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("home.scope.title")}</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c} ta="right">
                  {t(`home.column.${c}`, { days })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parts.map((p) => (
              <Table.Tr key={p} data-testid={`home-${list}-${p}`}>
                <Table.Th fw={400}>{t(`home.scope.${p}`, { place })}</Table.Th>
                {COLUMNS.map((c) => (
                  <Table.Td key={c} ta="right" data-testid={`home-${list}-${p}-${c}`}>
                    <Text span fw={counts[p][c] > 0 ? 700 : 400} c={counts[p][c] > 0 ? TONE[c] : "dimmed"}>
                      {count(counts[p][c])}
                    </Text>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {!nav.has("worklists") && !empty && (
        <Text size="xs" c="dimmed" mt="xs">
          {t(nav.has("persons") ? "home.onCardsHint" : "home.noScreenHint")}
        </Text>
      )}
    </HomeCard>
  );
}
