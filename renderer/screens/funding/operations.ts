// What the Funding screen offers, read from the one list of writes (shared/domain/operations.ts):
// which operations the active tier and site may send, what each asks for, and its label.
import type { ProfileSite } from '../../../shared/contract/channels/profiles';
import { FUNDING_OPERATION_NAMES, factsOf, offeredTo, type FundingOperation, type Site, type Tier, type WriteOperation } from '../../../shared/domain/operations';

/** The domain's site of a profile; the sandbox, like a custom endpoint, speaks the China site's API. */
export function domainSite(site: ProfileSite | null | undefined): Site | 'custom' {
  if (site === 'china') return 'cn';
  if (site === 'intl') return 'intl';
  return 'custom';
}

/** The operation's label in the UI language (the domain keeps both). */
export function operationLabel(operation: WriteOperation, language: string): string {
  return factsOf(operation).label[language === 'zh-CN' ? 'zh-CN' : 'en'];
}

/** Why an operation is not offered: the tier may not send it, or the site does not offer it. */
export type NotOffered = 'tier' | 'site' | null;

export interface OperationChoice {
  readonly operation: FundingOperation;
  readonly notOffered: NotOffered;
}

/** Every funding write, each with whether (and why not) this tier on this site may send it. */
export function operationChoices(tier: Tier, site: Site | 'custom'): readonly OperationChoice[] {
  return FUNDING_OPERATION_NAMES.map((operation) => {
    if (offeredTo(operation, tier, site)) return { operation, notOffered: null };
    const tierOk = factsOf(operation).tiers.includes(tier);
    return { operation, notOffered: tierOk ? 'site' : 'tier' };
  });
}

/** The counterparty is a T2 (fundT2, reclaimT2): the T2 picker is the counterparty. */
export const onT2 = (operation: WriteOperation): boolean => factsOf(operation).counterparty === 't2';
/** A customer is the counterparty (fundCustomer, reclaimCustomer, fundT2Customer). */
export const needsCustomer = (operation: WriteOperation): boolean => factsOf(operation).counterparty === 'customer';
/** A T2 must be chosen: as the counterparty, or as the T2 that pays its customer. */
export const needsT2 = (operation: WriteOperation): boolean => onT2(operation) || factsOf(operation).viaT2;
