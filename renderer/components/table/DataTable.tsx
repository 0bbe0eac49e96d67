// The dense table every review screen uses: virtualized rows (only what is on screen is in the
// DOM, so 100,000 rows scroll as smoothly as 100), server-side sort on every column, spreadsheet
// keyboard navigation and copy. ARIA grid semantics: one focusable grid, the active cell named
// by aria-activedescendant, aria-rowcount/rowindex so assistive tech knows the real size.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { renderCell } from './TableCell';
import { cellText, rowText, writeClipboard } from './clipboard';
import { moveFor, type GridPosition } from './keyboard';
import type { ColumnDef, RowSource, SortState } from './types';

export interface DataTableProps<Row> {
  /** Unique per table: element ids and the remembered column choice hang off it. */
  readonly tableId: string;
  /** The grid's accessible name. */
  readonly label: string;
  /** The visible columns, in order (see useColumnChoice). */
  readonly columns: readonly ColumnDef<Row>[];
  readonly source: RowSource<Row>;
  readonly sort: SortState | null;
  onSortChange(sort: SortState): void;
  rowKey(row: Row): string;
  readonly selectedKey?: string | null;
  /** Click or Enter/Space on a row. */
  onSelectRow?(row: Row, index: number): void;
  readonly rowHeight?: number;
  /** Most height of the scrolling area in pixels (short lists take less). */
  readonly height?: number;
  /** Shown under the header when there are no rows (e.g. "nothing matches", or "loading"). */
  readonly empty?: ReactNode;
}

const HEADER_HEIGHT = 30;

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t } = useTranslation();
  const { tableId, columns, source, sort, onSortChange, rowKey, selectedKey, onSelectRow } = props;
  const rowHeight = props.rowHeight ?? 28;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [announcement, setAnnouncement] = useState('');
  const total = source.total;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // The sticky header covers the top of the scroll area: keep the active row below it.
    scrollPaddingStart: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // Ask the store for the rows on screen (plus overscan); it fetches only missing blocks. While
  // the operator drags the scrollbar across 100,000 rows the range changes every frame: wait
  // until it rests for a moment, so only the blocks actually looked at are queried.
  const { ensure } = source;
  useEffect(() => {
    if (total === 0) return;
    const timer = setTimeout(() => ensure(first, last + 1), 40);
    return () => clearTimeout(timer);
  }, [ensure, first, last, total]);

  // A performance mark when the first rows are on screen, once per table: the bench measures
  // the first render of 100,000 rows from it (scripts/bench/rows/table.ts).
  const marked = useRef(false);
  const firstRowLoaded = total > 0 && source.rowAt(first) !== undefined;
  useEffect(() => {
    if (marked.current || !firstRowLoaded) return;
    marked.current = true;
    requestAnimationFrame(() => performance.mark(`pd:table:${tableId}:rows`));
  }, [firstRowLoaded, tableId]);

  // A new query (or fewer rows) must not leave the active cell past the end.
  useEffect(() => {
    setActive((a) => (a.row >= total ? { row: Math.max(0, total - 1), col: a.col } : a));
  }, [total]);

  const offsets = useMemo(() => {
    const out: number[] = [];
    let x = 0;
    for (const c of columns) {
      out.push(x);
      x += c.width;
    }
    return { lefts: out, width: x };
  }, [columns]);

  const activeCol = Math.min(active.col, Math.max(0, columns.length - 1));
  const cellId = (row: number, col: number) => `${tableId}-r${row}-c${col}`;
  const activeRendered = items.some((i) => i.index === active.row);

  // Keep the active column in view when moving sideways.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const column = columns[activeCol];
    if (!el || !column) return;
    const left = offsets.lefts[activeCol] ?? 0;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (left + column.width > el.scrollLeft + el.clientWidth) el.scrollLeft = left + column.width - el.clientWidth;
  }, [activeCol, columns, offsets]);

  const copy = async (whole: boolean) => {
    const row = source.rowAt(active.row);
    if (!row) return;
    const text = whole ? rowText(columns.filter((c) => !c.noCopy).map((c) => c.value(row))) : cellText(columns[activeCol]?.value(row));
    const ok = await writeClipboard(text);
    setAnnouncement(ok ? t(whole ? 'kit.table.copiedRow' : 'kit.table.copiedCell') : t('kit.table.copyFailed'));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return; // keys inside header buttons are theirs
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && (e.key === 'c' || e.key === 'C')) {
      e.preventDefault();
      void copy(e.shiftKey);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      const row = source.rowAt(active.row);
      if (row && onSelectRow) {
        e.preventDefault();
        onSelectRow(row, active.row);
      }
      return;
    }
    const pageRows = Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / rowHeight);
    const next = moveFor(e.key, ctrl, { row: active.row, col: activeCol }, { rows: total, cols: columns.length, pageRows });
    if (!next) return;
    e.preventDefault();
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const toggleSort = (column: ColumnDef<Row>) => {
    const direction = sort?.column === column.id && sort.direction === 'asc' ? 'desc' : 'asc';
    onSortChange({ column: column.id, direction });
  };

  return (
    <div className="dt">
      <div
        ref={scrollRef}
        role="grid"
        aria-label={props.label}
        aria-describedby={`${tableId}-help`}
        aria-rowcount={total + 1}
        aria-colcount={columns.length}
        aria-activedescendant={activeRendered && total > 0 ? cellId(active.row, activeCol) : undefined}
        tabIndex={0}
        className="dt-scroll"
        data-testid={`${tableId}-grid`}
        style={{ height: Math.min(props.height ?? 520, HEADER_HEIGHT + Math.max(total, 4) * rowHeight + 2) }}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="dt-head" style={{ width: offsets.width, height: HEADER_HEIGHT }}>
          <div role="row" aria-rowindex={1} className="dt-row">
            {columns.map((c, ci) => {
              const sorted = sort?.column === c.id ? sort.direction : null;
              return (
                <div
                  key={c.id}
                  role="columnheader"
                  aria-colindex={ci + 1}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  className={`dt-cell dt-align-${alignOf(c)}`}
                  style={{ width: c.width, left: offsets.lefts[ci] }}
                >
                  {c.sortable === false ? (
                    t(c.headerKey)
                  ) : (
                    <button type="button" className="dt-sort" onClick={() => toggleSort(c)} data-testid={`${tableId}-sort-${c.id}`}>
                      {t(c.headerKey)}
                      <span aria-hidden="true" className="dt-sort-mark">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="dt-body" style={{ height: virtualizer.getTotalSize(), width: offsets.width }}>
          {items.map((item) => {
            const row = source.rowAt(item.index);
            const key = row ? rowKey(row) : null;
            const selected = key !== null && key === selectedKey;
            const isActiveRow = item.index === active.row;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={onSelectRow ? selected : undefined}
                aria-busy={row ? undefined : true}
                className={`dt-row${selected ? ' dt-selected' : ''}${isActiveRow ? ' dt-active-row' : ''}${item.index % 2 ? ' dt-odd' : ''}`}
                data-row-index={item.index}
                style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setActive((a) => ({ row: item.index, col: a.col }));
                  if (row && onSelectRow) onSelectRow(row, item.index);
                }}
              >
                {columns.map((c, ci) => (
                  <div
                    key={c.id}
                    id={cellId(item.index, ci)}
                    role="gridcell"
                    aria-colindex={ci + 1}
                    className={`dt-cell dt-align-${alignOf(c)} dt-kind-${c.kind}${isActiveRow && ci === activeCol ? ' dt-active' : ''}`}
                    style={{ width: c.width, left: offsets.lefts[ci] }}
                    onClick={() => setActive({ row: item.index, col: ci })}
                  >
                    {row ? renderCell(c, row, t) : ci === 0 ? t('kit.table.loadingRow') : ''}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {total === 0 && props.empty ? <p className="dt-empty">{props.empty}</p> : null}
      <p id={`${tableId}-help`} className="help dt-help">
        {t('kit.table.keyboardHelp')}
      </p>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

function alignOf<Row>(c: ColumnDef<Row>): 'left' | 'right' | 'center' {
  return c.align ?? (c.kind === 'money' || c.kind === 'number' ? 'right' : 'left');
}
