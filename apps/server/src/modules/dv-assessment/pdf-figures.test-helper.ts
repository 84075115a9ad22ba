/** A figure's row as a reader reads it: its name, then its count. */
export const figureLine = (name: string, value: number) =>
  new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*${value}\\b`);
