import type { TFunction } from 'i18next';
import type { AccountChangeRow, AdjustRecordRow } from '../../../shared/contract/channels/review';
import { codeText } from '../../components/codes';
import { currencyOf } from '../../components/MoneyCell';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { AccountChangeColumn, AdjustColumn } from '../../stores/records-store';

export function adjustColumnDefs(t: TFunction): ColumnDef<AdjustRecordRow, AdjustColumn>[] {
  const h = (id: AdjustColumn) => `records.adjust.${id}`;
  const cur = (r: AdjustRecordRow) => currencyOf(r.currency);
  return [
    col.date('operationTime', h('operationTime'), 140, (r: AdjustRecordRow) => r.operationTime),
    col.text('operationType', h('operationType'), 120, (r: AdjustRecordRow) => r.operationType, {
      display: (r) => codeText(t, 'customers.operation', r.operationType),
    }),
    col.money('amount', h('amount'), 130, (r: AdjustRecordRow) => r.amount, cur),
    col.id('customerId', h('customerId'), 250, (r: AdjustRecordRow) => r.customerId),
    col.text('customerName', h('customerName'), 190, (r: AdjustRecordRow) => r.customerName),
    col.id('transId', h('transId'), 190, (r: AdjustRecordRow) => r.transId),
    col.text('applyScene', h('applyScene'), 110, (r: AdjustRecordRow) => r.applyScene, { hiddenByDefault: true }),
    col.text('memo', h('memo'), 180, (r: AdjustRecordRow) => r.memo),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: AdjustRecordRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: AdjustRecordRow) => r.fetchedAt, { hiddenByDefault: true }),
  ];
}

export function accountChangeColumnDefs(t: TFunction): ColumnDef<AccountChangeRow, AccountChangeColumn>[] {
  const h = (id: AccountChangeColumn) => `records.change.${id}`;
  const cur = (r: AccountChangeRow) => currencyOf(r.currency);
  return [
    col.date('tradeTime', h('tradeTime'), 140, (r: AccountChangeRow) => r.tradeTime),
    col.text('type', h('type'), 80, (r: AccountChangeRow) => r.type, { display: (r) => codeText(t, 'records.direction', r.type) }),
    col.money('changeAmount', h('changeAmount'), 130, (r: AccountChangeRow) => r.changeAmount, cur),
    col.money('balanceAfterChange', h('balanceAfterChange'), 140, (r: AccountChangeRow) => r.balanceAfterChange, cur),
    col.text('balanceType', h('balanceType'), 90, (r: AccountChangeRow) => r.balanceType, {
      display: (r) => codeText(t, 'records.balanceType', r.balanceType),
    }),
    col.text('tradeDetailType', h('tradeDetailType'), 150, (r: AccountChangeRow) => r.tradeDetailType),
    col.id('customerId', h('customerId'), 250, (r: AccountChangeRow) => r.customerId),
    col.text('accountName', h('accountName'), 150, (r: AccountChangeRow) => r.accountName),
    col.id('tradeId', h('tradeId'), 180, (r: AccountChangeRow) => r.tradeId),
    col.id('accountChangeId', h('accountChangeId'), 180, (r: AccountChangeRow) => r.accountChangeId, { hiddenByDefault: true }),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: AccountChangeRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: AccountChangeRow) => r.fetchedAt, { hiddenByDefault: true }),
  ];
}
