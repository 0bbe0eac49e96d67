import { useCallback, useState } from 'react';
import { browserStorage, loadVisibleColumns, saveVisibleColumns } from './column-prefs';
import type { ColumnDef } from './types';

/** The visible columns of one table, in definition order, remembered per table id. */
export function useColumnChoice<Row>(tableId: string, columns: readonly ColumnDef<Row>[]) {
  const [visible, setVisibleState] = useState<string[]>(() =>
    loadVisibleColumns(
      browserStorage(),
      tableId,
      columns.map((c) => c.id),
      columns.filter((c) => !c.hiddenByDefault).map((c) => c.id),
    ),
  );
  const setVisible = useCallback(
    (ids: string[]) => {
      const ordered = columns.map((c) => c.id).filter((id) => ids.includes(id));
      if (ordered.length === 0) return; // an empty table helps nobody
      setVisibleState(ordered);
      saveVisibleColumns(browserStorage(), tableId, ordered);
    },
    [columns, tableId],
  );
  const shown = columns.filter((c) => visible.includes(c.id));
  return { visible, shown, setVisible };
}
