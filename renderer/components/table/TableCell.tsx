import { useTranslation } from 'react-i18next';
import { DateTime } from '../DateTime';
import { MoneyCell } from '../MoneyCell';
import type { ColumnDef } from './types';

/** One cell's content by column kind; custom `render` wins, `display` changes text only. */
export function TableCell<Row>({ column, row }: { column: ColumnDef<Row>; row: Row }) {
  const { t } = useTranslation();
  if (column.render) return <>{column.render(row)}</>;
  const value = column.value(row);
  if (column.kind === 'money') {
    return <MoneyCell amount={value === null ? null : String(value)} currency={column.currency?.(row)} />;
  }
  if (column.kind === 'date') return <DateTime value={value === null ? null : String(value)} />;
  const text = column.display ? column.display(row) : value === null || value === '' ? t('kit.table.noValue') : String(value);
  if (column.kind === 'id') return <span className="mono">{text}</span>;
  return <>{text}</>;
}
