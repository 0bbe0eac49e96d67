import type { ResellerRow } from '../../../shared/contract/channels/review';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { ResellerColumn } from '../../stores/resellers-store';

const h = (id: ResellerColumn) => `resellers.col.${id}`;
// The resellers API carries no currency: the partner's site decides; CNY until profiles say otherwise.
const cny = () => 'CNY' as const;

export const resellerColumnDefs: readonly ColumnDef<ResellerRow, ResellerColumn>[] = [
  col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: ResellerRow) => r.indirectPartnerId),
  col.text('name', h('name'), 200, (r: ResellerRow) => r.name),
  col.text('accountName', h('accountName'), 160, (r: ResellerRow) => r.accountName),
  col.money('balance', h('balance'), 140, (r: ResellerRow) => r.balance, cny),
  col.money('creditBalance', h('creditBalance'), 130, (r: ResellerRow) => r.creditBalance, cny),
  col.number('customerCount', h('customerCount'), 90, (r: ResellerRow) => r.customerCount),
  col.text('mobilePhone', h('mobilePhone'), 120, (r: ResellerRow) => r.mobilePhone),
  col.text('email', h('email'), 190, (r: ResellerRow) => r.email),
  col.date('associatedOn', h('associatedOn'), 130, (r: ResellerRow) => r.associatedOn),
  col.text('accountManagerName', h('accountManagerName'), 120, (r: ResellerRow) => r.accountManagerName, { hiddenByDefault: true }),
  col.date('balanceFetchedAt', h('balanceFetchedAt'), 130, (r: ResellerRow) => r.balanceFetchedAt, { hiddenByDefault: true }),
  col.date('fetchedAt', h('fetchedAt'), 130, (r: ResellerRow) => r.fetchedAt, { hiddenByDefault: true }),
  col.date('deletedAt', h('deletedAt'), 130, (r: ResellerRow) => r.deletedAt, { hiddenByDefault: true }),
];
