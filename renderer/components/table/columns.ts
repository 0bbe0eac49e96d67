// Short constructors for column definitions, so a screen's column list reads like a spec.
import type { Currency } from '../../../shared/domain/money';
import type { ColumnDef } from './types';

type Get<Row> = (row: Row) => string | number | null;
type Extra<Row> = Partial<Omit<ColumnDef<Row>, 'id' | 'headerKey' | 'width' | 'kind' | 'value'>>;

const make =
  (kind: ColumnDef<unknown>['kind']) =>
  <Row, C extends string>(id: C, headerKey: string, width: number, value: Get<Row>, extra: Extra<Row> = {}): ColumnDef<Row, C> => ({
    id,
    headerKey,
    width,
    kind,
    value,
    ...extra,
  });

export const col = {
  text: make('text'),
  id: make('id'),
  date: make('date'),
  number: make('number'),
  money: <Row, C extends string>(
    id: C,
    headerKey: string,
    width: number,
    value: (row: Row) => string | null,
    currency: (row: Row) => Currency,
    extra: Extra<Row> = {},
  ): ColumnDef<Row, C> => ({ id, headerKey, width, kind: 'money', value, currency, ...extra }),
};
