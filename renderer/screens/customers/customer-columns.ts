import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import { codeText } from '../../components/codes';
import { currencyOf } from '../../components/MoneyCell';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { CustomerColumn } from '../../stores/customers-store';
import { createElement } from 'react';
import { CustomerActions } from './CustomerActions';

type Def = ColumnDef<CustomerRow, CustomerColumn>;
const h = (id: CustomerColumn) => `customers.col.${id}`;
const cur = (r: CustomerRow) => currencyOf(r.currency);

/** Every customer column; the less used ones start hidden (the operator can show them). */
export function customerColumnDefs(t: TFunction): Def[] {
  return [
    col.id('customerId', h('customerId'), 250, (r: CustomerRow) => r.customerId),
    col.text('accountName', h('accountName'), 170, (r: CustomerRow) => r.accountName),
    col.text('customerName', h('customerName'), 190, (r: CustomerRow) => r.customerName),
    {
      // Not a column of the store: the server ignores it in sorts and exports (it sorts nothing).
      id: 'actions' as CustomerColumn,
      headerKey: 'customers.actions.column',
      width: 270,
      kind: 'text',
      value: () => null,
      render: (r: CustomerRow) => createElement(CustomerActions, { customer: r, compact: true }),
      sortable: false,
      // Buttons, not data: a copied row leaves them out.
      noCopy: true,
    },
    col.text('associationType', h('associationType'), 90, (r: CustomerRow) => r.associationType, {
      display: (r) => codeText(t, 'customers.association', r.associationType),
    }),
    col.text('verifiedStatus', h('verifiedStatus'), 110, (r: CustomerRow) => r.verifiedStatus, {
      display: (r) => codeText(t, 'customers.verified', r.verifiedStatus),
    }),
    col.money('balance', h('balance'), 130, (r: CustomerRow) => r.balance, cur),
    col.money('debtAmount', h('debtAmount'), 110, (r: CustomerRow) => r.debtAmount, cur),
    col.text('isFrozen', h('isFrozen'), 90, (r: CustomerRow) => r.isFrozen, { display: (r) => codeText(t, 'customers.frozen', r.isFrozen) }),
    col.text('indirectPartnerName', h('indirectPartnerName'), 150, (r: CustomerRow) => r.indirectPartnerName),
    col.text('telephone', h('telephone'), 120, (r: CustomerRow) => r.telephone),
    col.text('email', h('email'), 190, (r: CustomerRow) => r.email),
    col.date('associatedOn', h('associatedOn'), 130, (r: CustomerRow) => r.associatedOn),
    col.text('customerType', h('customerType'), 90, (r: CustomerRow) => r.customerType, {
      display: (r) => codeText(t, 'customers.customerType', r.customerType),
      hiddenByDefault: true,
    }),
    col.text('label', h('label'), 110, (r: CustomerRow) => r.label, { hiddenByDefault: true }),
    col.text('customerLevel', h('customerLevel'), 80, (r: CustomerRow) => r.customerLevel, { hiddenByDefault: true }),
    col.id('xaccountId', h('xaccountId'), 150, (r: CustomerRow) => r.xaccountId, { hiddenByDefault: true }),
    col.text('accountManager', h('accountManager'), 120, (r: CustomerRow) => r.accountManager, { hiddenByDefault: true }),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: CustomerRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.date('balanceFetchedAt', h('balanceFetchedAt'), 130, (r: CustomerRow) => r.balanceFetchedAt, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: CustomerRow) => r.fetchedAt, { hiddenByDefault: true }),
    col.date('deletedAt', h('deletedAt'), 130, (r: CustomerRow) => r.deletedAt, { hiddenByDefault: true }),
  ];
}
