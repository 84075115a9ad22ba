import { createTheme } from "@mantine/core";

// System font stacks only: nothing is fetched from the internet at run time, and every stack has
// Cyrillic glyphs including the Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і).
const SYSTEM_SANS =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';
const SYSTEM_MONO = 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", Menlo, monospace';

export const theme = createTheme({
  fontFamily: SYSTEM_SANS,
  fontFamilyMonospace: SYSTEM_MONO,
  headings: { fontFamily: SYSTEM_SANS },
  primaryColor: "blue",
  // Keyboard focus is always visible (not only on :focus-visible heuristics of some browsers).
  focusRing: "always",
  defaultRadius: "sm",
});
