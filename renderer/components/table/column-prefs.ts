// Which columns an operator chose to see, remembered per table in localStorage.

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const keyOf = (tableId: string) => `partner-desk.columns.${tableId}`;

/** The visible column ids: the saved choice (unknown ids dropped), else the defaults. */
export function loadVisibleColumns(
  storage: KeyValueStorage | null,
  tableId: string,
  allIds: readonly string[],
  defaults: readonly string[],
): string[] {
  try {
    const raw = storage?.getItem(keyOf(tableId));
    if (raw) {
      const saved = JSON.parse(raw) as unknown;
      if (Array.isArray(saved)) {
        const known = saved.filter((id): id is string => typeof id === 'string' && allIds.includes(id));
        if (known.length > 0) return allIds.filter((id) => known.includes(id));
      }
    }
  } catch {
    // A damaged preference is not worth an error: fall back to the defaults.
  }
  return [...defaults];
}

export function saveVisibleColumns(storage: KeyValueStorage | null, tableId: string, visible: readonly string[]): void {
  try {
    storage?.setItem(keyOf(tableId), JSON.stringify(visible));
  } catch {
    // Storage full or disabled: the choice just is not remembered.
  }
}

/** localStorage when the page has it (tests run without a DOM). */
export function browserStorage(): KeyValueStorage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}
