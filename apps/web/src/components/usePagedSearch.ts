import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";

export const PAGE_SIZE = 25;

/** A search box's text, its debounced query, and the page, which goes back to 1 on a new query. */
export function usePagedSearch() {
  const [search, setSearchText] = useState("");
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(search.trim(), 300);
  const setSearch = (text: string) => {
    setSearchText(text);
    setPage(1);
  };
  return { search, setSearch, q, page, setPage, pageSize: PAGE_SIZE };
}
