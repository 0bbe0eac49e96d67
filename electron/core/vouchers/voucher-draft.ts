// What every voucher preview produces: the preview the operator sees and, per item, the
// intent execute sends (null for an item with problems, which is not sent).
import type { VoucherPreview } from '../../../shared/contract/channels/vouchers';
import type { PartnerApi } from '../infra/partner-api';
import type { MoneyIntent } from '../infra/writes/executor';
import type { UnresolvedTwins } from './problems';
import type { VoucherReference } from './voucher-reference';

export interface VoucherDeps {
  readonly api: PartnerApi;
  readonly reference: VoucherReference;
  /** The journal's unresolved entries when the preview was drafted. */
  readonly unresolved: UnresolvedTwins;
  readonly role: 'SP' | 'T1';
  readonly currency: 'CNY' | 'USD';
  readonly now: () => Date;
}

export type UnsignedVoucherPreview = Omit<VoucherPreview, 'confirmation' | 'expiresAt'>;

export interface VoucherDraft {
  readonly preview: UnsignedVoucherPreview;
  /** Same order as preview.items. */
  readonly intents: ReadonlyArray<MoneyIntent | null>;
}
