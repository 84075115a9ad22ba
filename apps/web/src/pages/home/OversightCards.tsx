import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/links.tsx";
import { HomeCard } from "./HomeCard.tsx";
import { Stat, useCount } from "./Stat.tsx";
import type { Today } from "./todayApi.ts";

/** Accounts and bodies of the administrator's territory that need attention (R11). */
export function AccountsCard({ accounts: a }: { accounts: NonNullable<Today["accounts"]> }) {
  const { t } = useTranslation();
  const clear = a.mustChangePassword + a.accountsThrottled + a.failedLogins + a.bodiesWithoutUsers === 0;
  return (
    <HomeCard
      title={t("home.accounts.title")}
      intro={t("home.accounts.intro")}
      testId="home-accounts"
      links={
        <>
          <AnchorLink to="/users">{t("home.accounts.openUsers")}</AnchorLink>
          <AnchorLink to="/bodies">{t("home.accounts.openBodies")}</AnchorLink>
        </>
      }
    >
      <Group gap="sm" wrap="wrap" align="stretch">
        <Stat
          label={t("home.accounts.throttled")}
          value={a.accountsThrottled}
          tone="red"
          testId="home-accounts-throttled"
        />
        <Stat
          label={t("home.accounts.failed")}
          value={a.failedLogins}
          tone="orange"
          hint={
            a.accountsWithFailures > 0
              ? t("home.accounts.failedAccounts", { n: a.accountsWithFailures })
              : undefined
          }
          testId="home-accounts-failed"
        />
        <Stat
          label={t("home.accounts.mustChange")}
          value={a.mustChangePassword}
          tone="orange"
          testId="home-accounts-must-change"
        />
        <Stat
          label={t("home.accounts.bodiesEmpty")}
          value={a.bodiesWithoutUsers}
          tone="orange"
          testId="home-accounts-bodies"
        />
        <Stat label={t("home.accounts.inactive")} value={a.inactive} testId="home-accounts-inactive" />
      </Group>
      {clear && (
        <Text size="sm" mt="sm" data-testid="home-accounts-clear">
          {t("home.accounts.clear")}
        </Text>
      )}
    </HomeCard>
  );
}

/** The audit log today (R11.2): rows written, refusals of access, exports, rows not yet chained. */
export function AuditCard({ audit: a }: { audit: NonNullable<Today["audit"]> }) {
  const { t } = useTranslation();
  const count = useCount();
  const capped = (n: number) => (n > a.cap ? t("home.audit.more", { n: count(a.cap) }) : undefined);
  return (
    <HomeCard
      title={t("home.audit.title")}
      intro={t("home.audit.intro")}
      testId="home-audit"
      links={<AnchorLink to="/audit">{t("home.audit.open")}</AnchorLink>}
    >
      <Group gap="sm" wrap="wrap" align="stretch">
        <Stat
          label={t("home.audit.rows")}
          value={a.rowsToday}
          display={capped(a.rowsToday)}
          testId="home-audit-rows"
        />
        <Stat
          label={t("home.audit.refusals")}
          value={a.refusalsToday}
          display={capped(a.refusalsToday)}
          tone="orange"
          testId="home-audit-refusals"
        />
        <Stat
          label={t("home.audit.exports")}
          value={a.exportsToday}
          display={capped(a.exportsToday)}
          testId="home-audit-exports"
        />
        <Stat
          label={t("home.audit.unsealed")}
          value={a.unsealed}
          display={capped(a.unsealed)}
          hint={t("home.audit.unsealedHint")}
          testId="home-audit-unsealed"
        />
      </Group>
    </HomeCard>
  );
}
