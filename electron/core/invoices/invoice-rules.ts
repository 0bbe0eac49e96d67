// What an invoice needs besides its amount (spec §7.2): VAT special invoices (paper or 数电专票)
// for enterprise titles only; an enterprise title carries its tax id; a special invoice also its
// bank and registered address and phone; electronic invoices go by e-mail, paper ones by post.
import { AppError } from '../../../shared/contract';
import { isElectronic, isSpecial, type InvoiceDetails, type InvoiceType } from '../../../shared/contract/channels/invoices';

export function checkDetails(type: InvoiceType, d: InvoiceDetails): void {
  if (isSpecial(type) && d.titleType !== 'enterprise') throw new AppError('INVOICE_SPECIAL_NEEDS_ENTERPRISE');
  const missing: string[] = [];
  const need = (field: keyof InvoiceDetails) => {
    if (!d[field]) missing.push(field);
  };
  if (d.titleType === 'enterprise') need('taxId');
  if (isSpecial(type)) (['bankName', 'bankAccount', 'registeredAddress', 'registeredPhone'] as const).forEach(need);
  if (isElectronic(type)) need('email');
  else (['recipient', 'postalAddress', 'mobile'] as const).forEach(need);
  if (missing.length) throw new AppError('INVOICE_DETAILS_INCOMPLETE', { fields: missing.join(', ') });
}
