import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Table,
  Tabs,
  Text,
  Title,
} from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { AnchorLink } from "../../components/links.tsx";
import { PageTitle } from "../../components/PageTitle.tsx";
import { EmptyRow, LoadingRow, TablePager } from "../../components/tables.tsx";
import { formatDate, LawCitation } from "../../format.ts";
import { useLanguage } from "../../i18n/index.ts";
import { fsApi, fsKeys } from "./fsApi.ts";
import { freePlaces, personLine, printLanguages, STAY_ARTICLE, stayStateColor } from "./fsDomain.ts";
import { FsSections } from "./FsSections.tsx";
import { FamilyLink } from "./FamilyLink.tsx";
import type { Shelter, ShelterStay as Stay, StayState } from "./fsTypes.ts";
import { ShelterModal } from "./ShelterModal.tsx";
import { AdmitModal, DepartModal, ExtendModal } from "./StayModals.tsx";

const PAGE_SIZE = 25;
/** The stays' tabs: those here now (the default), each state, and all. */
const TABS = ["current", "ending", "overdue", "departed", "all"] as const;
type Tab = (typeof TABS)[number];

/**
 * `/family-support/shelters`: the centre's places of temporary residence with their occupancy today,
 * and the stays (001 Arts. 10(2)(4), 72(2)): admission up to one month, the stay's clock, an extension
 * past the month refused and recorded, departure, and the referral printed for the victim.
 */
export function SheltersPage() {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { stay?: unknown };
  const focusStay = typeof search.stay === "string" ? search.stay : null;
  const [tab, setTab] = useState<Tab>("current");
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [admitting, setAdmitting] = useState<Shelter | null | undefined>(undefined);
  const [extending, setExtending] = useState<Stay | null>(null);
  const [departing, setDeparting] = useState<Stay | null>(null);
  const shelters = useQuery({ queryKey: fsKeys.shelters, queryFn: fsApi.shelters });
  const q = { state: tab, page, pageSize: PAGE_SIZE };
  const stays = useQuery({
    queryKey: fsKeys.stays(q),
    queryFn: () => fsApi.stays(q),
    placeholderData: keepPreviousData,
  });
  const list = shelters.data?.items ?? [];
  const rows = stays.data?.items ?? [];
  return (
    <>
      <PageTitle
        actions={
          <>
            <Button variant="default" onClick={() => setAdding(true)} data-testid="fs-shelter-add">
              {t("familySupport.shelters.add")}
            </Button>
            <Button onClick={() => setAdmitting(null)} disabled={list.length === 0} data-testid="fs-admit">
              {t("familySupport.stays.admit")}
            </Button>
          </>
        }
      >
        {t("familySupport.shelters.title")}
      </PageTitle>
      <FsSections current="shelters" />
      <Text size="sm" c="dimmed" mb="md">
        {t("familySupport.shelters.intro")} <LawCitation code={STAY_ARTICLE} />
      </Text>
      <ErrorAlert error={shelters.error} />
      {shelters.isSuccess && list.length === 0 && (
        <Text c="dimmed" mb="md" data-testid="fs-shelters-empty">
          {t("familySupport.shelters.empty")}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mb="lg">
        {list.map((s) => (
          <ShelterCard key={s.id} shelter={s} onAdmit={() => setAdmitting(s)} />
        ))}
      </SimpleGrid>
      <Title order={2} size="h4" mb="xs">
        {t("familySupport.stays.title")}
      </Title>
      <Tabs
        value={tab}
        onChange={(v) => {
          setTab(TABS.find((x) => x === v) ?? "current");
          setPage(1);
        }}
      >
        <Tabs.List mb="sm">
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x} data-testid={`fs-stays-tab-${x}`}>
              {t(`familySupport.stays.tab.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <ErrorAlert error={stays.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-busy={stays.isFetching} data-testid="fs-stays">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("familySupport.col.person")}</Table.Th>
              <Table.Th>{t("familySupport.col.shelter")}</Table.Th>
              <Table.Th>{t("familySupport.col.admittedOn")}</Table.Th>
              <Table.Th>{t("familySupport.col.plannedUntil")}</Table.Th>
              <Table.Th>{t("familySupport.col.state")}</Table.Th>
              <Table.Th>{t("familySupport.col.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stays.isPending && <LoadingRow colSpan={6} />}
            {stays.isSuccess && rows.length === 0 && (
              <EmptyRow
                colSpan={6}
                text={tab === "all" ? t("familySupport.stays.empty") : t("familySupport.stays.emptyTab")}
              />
            )}
            {rows.map((s) => (
              <StayRow
                key={s.id}
                stay={s}
                focused={s.id === focusStay}
                onExtend={() => setExtending(s)}
                onDepart={() => setDeparting(s)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {stays.data && (
        <TablePager total={stays.data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
      )}
      {adding && <ShelterModal onClose={() => setAdding(false)} />}
      {admitting !== undefined && (
        <AdmitModal shelters={list} shelter={admitting} onClose={() => setAdmitting(undefined)} />
      )}
      {extending && <ExtendModal stay={extending} onClose={() => setExtending(null)} />}
      {departing && <DepartModal stay={departing} onClose={() => setDeparting(null)} />}
    </>
  );
}

function ShelterCard({ shelter, onAdmit }: { shelter: Shelter; onAdmit: () => void }) {
  const { t } = useTranslation();
  const free = freePlaces(shelter.places, shelter.occupied);
  return (
    <Card withBorder data-testid="fs-shelter" data-free={free}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text fw={600}>{shelter.name}</Text>
        {!shelter.active && <Badge color="gray">{t("familySupport.shelters.inactive")}</Badge>}
      </Group>
      {shelter.address && (
        <Text size="xs" c="dimmed" mb="xs" title={t("familySupport.shelters.addressConfidential")}>
          {shelter.address}
        </Text>
      )}
      <Text size="sm" data-testid="fs-shelter-occupancy">
        {t("familySupport.shelters.occupancy", { occupied: shelter.occupied, places: shelter.places, free })}
      </Text>
      <Progress
        mt={6}
        value={shelter.places === 0 ? 0 : (100 * shelter.occupied) / shelter.places}
        color={free === 0 ? "red" : free <= 2 ? "orange" : "blue"}
        aria-label={t("familySupport.shelters.occupancy", {
          occupied: shelter.occupied,
          places: shelter.places,
          free,
        })}
      />
      <Button
        mt="sm"
        size="xs"
        variant="light"
        disabled={free === 0 || !shelter.active}
        onClick={onAdmit}
        data-testid="fs-shelter-admit"
      >
        {free === 0 ? t("familySupport.shelters.full") : t("familySupport.stays.admit")}
      </Button>
    </Card>
  );
}

function StayRow(props: { stay: Stay; focused: boolean; onExtend: () => void; onDepart: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const s = props.stay;
  const here = s.state !== "departed";
  return (
    <Table.Tr
      data-testid="fs-stay"
      data-state={s.state}
      bg={props.focused ? "var(--mantine-color-yellow-light)" : undefined}
      ref={(el) => {
        if (el && props.focused) el.scrollIntoView({ block: "center" });
      }}
    >
      <Table.Td>
        <AnchorLink to="/persons/$personId" params={{ personId: s.person.id }} fw={500}>
          {personLine(t, s.person)}
        </AnchorLink>
        {s.familyId && (
          <div>
            <FamilyLink familyId={s.familyId} />
          </div>
        )}
      </Table.Td>
      <Table.Td>{s.shelter.name}</Table.Td>
      <Table.Td>{formatDate(s.admittedOn)}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(s.plannedUntil)}</Text>
        <Text size="xs" c="dimmed">
          {t("familySupport.stays.latestEnd", { date: formatDate(s.latestEnd) })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={stayStateColor(s.state as StayState)} variant="light" data-testid="fs-stay-state">
          {t(`familySupport.stayState.${s.state}`)}
        </Badge>
        {here && (
          <Text size="xs" c={s.daysLeft < 0 ? "red" : "dimmed"}>
            {s.daysLeft < 0
              ? t("familySupport.stays.daysOver", { days: -s.daysLeft })
              : t("familySupport.stays.daysLeft", { days: s.daysLeft })}
          </Text>
        )}
        {s.departedOn && <Text size="xs">{formatDate(s.departedOn)}</Text>}
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          {here && (
            <>
              <Button size="xs" variant="default" onClick={props.onExtend} data-testid="fs-stay-extend">
                {t("familySupport.stays.extend")}
              </Button>
              <Button size="xs" variant="default" onClick={props.onDepart} data-testid="fs-stay-depart">
                {t("familySupport.stays.depart")}
              </Button>
            </>
          )}
          {printLanguages(lang).map((docLang, i) => (
            <Anchor
              key={docLang}
              size="xs"
              href={fsApi.referralPdfUrl(s.id, docLang)}
              download
              data-testid={i === 0 ? "fs-referral-pdf" : "fs-referral-pdf-alt"}
            >
              {t("familySupport.stays.referral", { lang: t(`lang.${docLang}`) })}
            </Anchor>
          ))}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
