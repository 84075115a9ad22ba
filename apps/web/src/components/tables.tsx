import { Center, Group, Loader, Pagination, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** The row a table shows when it has nothing to show. */
export function EmptyRow({ colSpan, text }: { colSpan: number; text: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" py="md" data-testid="table-empty">
          {text}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The row a table shows while its first page loads. */
export function LoadingRow({ colSpan }: { colSpan: number }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Center py="md">
          <Loader size="sm" aria-label={t("common.loading")} />
        </Center>
      </Table.Td>
    </Table.Tr>
  );
}

interface PagerProps {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}

/** The total and the page buttons under a table; every button has a spoken label. */
export function TablePager({ total, page, pageSize, onChange }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" data-testid="table-total">
        {t("common.total", { total })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={onChange}
          aria-label={t("pagination.label")}
          getItemProps={(p) => ({ "aria-label": t("pagination.page", { page: p }) })}
          getControlProps={(control) => ({ "aria-label": t(`pagination.${control}`) })}
        />
      )}
    </Group>
  );
}
