// What a table column is: the table renders, sorts, copies and exports by these.
import type { ReactNode } from 'react';
import type { Currency } from '../../../shared/domain/money';

export type ColumnKind = 'text' | 'money' | 'date' | 'id' | 'number';
export type SortDirection = 'asc' | 'desc';

export interface SortState<C extends string = string> {
  readonly column: C;
  readonly direction: SortDirection;
}

export interface ColumnDef<Row, C extends string = string> {
  /** The column name the server sorts and exports by. */
  readonly id: C;
  /** i18n key of the header. */
  readonly headerKey: string;
  /** Pixels. */
  readonly width: number;
  readonly kind: ColumnKind;
  /** Default: right for money and number, left otherwise. */
  readonly align?: 'left' | 'right' | 'center';
  /** The raw value: what a copy puts on the clipboard (amounts as plain decimals, times as ISO). */
  readonly value: (row: Row) => string | number | null;
  /** Display text for text-like columns (e.g. a code translated); default: the raw value. */
  readonly display?: (row: Row) => string;
  /** A custom cell; the table still copies `value`. */
  readonly render?: (row: Row) => ReactNode;
  readonly currency?: (row: Row) => Currency;
  /** Default true: every column sorts. */
  readonly sortable?: boolean;
  /** Hidden until the operator picks it. */
  readonly hiddenByDefault?: boolean;
  /** Left out of a copied row (e.g. the tick-box column): a pasted row holds data only. */
  readonly noCopy?: boolean;
}

/** Where the rows come from: a window cache the table reads by index and asks to fill. */
export interface RowSource<Row> {
  readonly total: number;
  /** Changes whenever rows arrived; the table re-renders on it. */
  readonly version: number;
  rowAt(index: number): Row | undefined;
  /** Asks for rows [start, end) to be loaded; cheap to call repeatedly. */
  ensure(start: number, end: number): void;
}
