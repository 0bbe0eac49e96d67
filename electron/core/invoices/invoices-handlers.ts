// The invoices channels: amounts from the offline bills, documents and statuses in the account's
// operations file, the export package, and the international site's ListInvoices.
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { InvoiceStore } from '../infra/invoice-store/invoice-records';
import type { SessionManager } from '../infra/session';
import type { ProfileStore } from '../infra/store/profile-store';
import { invoiceAmounts } from './bill-amounts';
import { exportInvoice } from './invoice-export';
import { checkDetails } from './invoice-rules';
import { readIntlInvoices, syncIntlInvoices } from './intl-invoices';
import { readPostpaidBills, syncPostpaidBills } from './postpaid-bills';

/** `invoices`: the active profile's invoice store (its operations file, or the team database). */
export function invoicesHandlers(deps: { store: ProfileStore; invoices: () => InvoiceStore; sessions: SessionManager }): AreaHandlers<Contract, 'invoices'> {
  const repo = deps.invoices;
  return {
    amounts: (src) => invoiceAmounts(deps.store.store().db, src),
    prepare: async ({ invoiceType, details, ...src }, ctx) => {
      checkDetails(invoiceType, details);
      const amounts = invoiceAmounts(deps.store.store().db, src);
      return repo().create({ ...src, invoiceType, details, amounts }, ctx.operator, deps.sessions.require().profile.id);
    },
    list: ({ kind }) => repo().list(kind),
    lastDetails: ({ kind, customerId }) => repo().lastDetails(kind, customerId),
    setStatus: ({ id, status, invoiceNumber, note }, ctx) => repo().setStatus(id, status, ctx.operator, { invoiceNumber, note }),
    export: async ({ id, language }) => exportInvoice(await repo().get(id), deps.sessions.require().profileDir, language),
    intlList: () => readIntlInvoices(deps.sessions.require().profileDir),
    intlSync: (months) => {
      const session = deps.sessions.require();
      return syncIntlInvoices(session.api, session.profile.site, session.profileDir, months);
    },
    postpaidList: () => readPostpaidBills(deps.sessions.require().profileDir),
    postpaidSync: ({ months }) => {
      const session = deps.sessions.require();
      return syncPostpaidBills(session.api, session.profile.site, session.profileDir, months);
    },
  };
}
