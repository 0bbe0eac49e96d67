import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { describeTime } from '../format/time';
import { MoneyCell } from '../MoneyCell';
import type { ColumnDef } from './types';

/**
 * One cell's content by column kind; custom `render` wins, `display` changes text only.
 * A plain function, not a component with hooks: a screen of rows has hundreds of cells and
 * a translation hook in each would subscribe hundreds of listeners.
 */
export function renderCell<Row>(column: ColumnDef<Row>, row: Row, t: TFunction): ReactNode {
  if (column.render) return column.render(row);
  const value = column.value(row);
  if (column.kind === 'money') {
    return <MoneyCell amount={value === null ? null : String(value)} currency={column.currency?.(row)} />;
  }
  if (column.kind === 'date') {
    const time = describeTime(value === null ? null : String(value));
    if (!time) return value === null ? t('kit.table.noValue') : String(value);
    return (
      <time dateTime={String(value)} title={t('kit.asOf.utc', { time: time.utc })}>
        {time.local}
      </time>
    );
  }
  const text = column.display ? column.display(row) : value === null || value === '' ? t('kit.table.noValue') : String(value);
  if (column.kind === 'id') return <span className="mono">{text}</span>;
  return text;
}
