import type { TFunction } from 'i18next';
import type { ChildQuotaRow, CouponRecordRow, IssuedCouponRow, QuotaRecordRow, QuotaRow } from '../../../shared/contract/channels/review';
import { describeLimits } from '../../../shared/domain/voucher-limits';
import { codeText } from '../../components/codes';
import { currencyOf } from '../../components/MoneyCell';
import { col } from '../../components/table/columns';
import type { ColumnDef } from '../../components/table/types';
import type { ChildQuotaColumn, CouponRecordColumn, IssuedCouponColumn, QuotaColumn, QuotaRecordColumn } from '../../stores/vouchers-store';

const cny = () => 'CNY' as const;
type Lang = 'en' | 'zh-CN';
export const limitLanguage = (language: string): Lang => (language === 'zh-CN' ? 'zh-CN' : 'en');

function quotaColumnsOf<R extends QuotaRow, C extends QuotaColumn | ChildQuotaColumn>(t: TFunction, language: Lang): ColumnDef<R, C>[] {
  const h = (id: string) => `vouchers.quota.${id}`;
  const cur = (r: R) => currencyOf(r.currency);
  return [
    col.id('quotaId' as C, h('quotaId'), 170, (r: R) => r.quotaId),
    col.text('quotaType' as C, h('quotaType'), 100, (r: R) => r.quotaType, { display: (r) => codeText(t, 'vouchers.quotaType', r.quotaType) }),
    col.money('quotaValue' as C, h('quotaValue'), 130, (r: R) => r.quotaValue, cur),
    col.money('balance' as C, h('balance'), 130, (r: R) => r.balance, cur),
    col.text('quotaStatus' as C, h('quotaStatus'), 90, (r: R) => r.quotaStatus, { display: (r) => codeText(t, 'vouchers.quotaStatus', r.quotaStatus) }),
    col.date('effectiveTime' as C, h('effectiveTime'), 130, (r: R) => r.effectiveTime),
    col.date('expireTime' as C, h('expireTime'), 130, (r: R) => r.expireTime),
    // Restrictions in words (§6.7); the raw "key=value" text is what a copy or export carries.
    col.text('limits' as C, h('limits'), 320, (r: R) => r.limits, {
      sortable: false,
      display: (r) => describeLimits(r.limitInfos, language, currencyOf(r.currency)).join('; ') || t('vouchers.quota.noLimits'),
    }),
    col.date('createTime' as C, h('createTime'), 130, (r: R) => r.createTime, { hiddenByDefault: true }),
    col.date('lastUpdateTime' as C, h('lastUpdateTime'), 130, (r: R) => r.lastUpdateTime, { hiddenByDefault: true }),
    col.date('fetchedAt' as C, h('fetchedAt'), 130, (r: R) => r.fetchedAt, { hiddenByDefault: true }),
    col.date('deletedAt' as C, h('deletedAt'), 130, (r: R) => r.deletedAt, { hiddenByDefault: true }),
  ];
}

export const quotaColumnDefs = (t: TFunction, language: Lang) => quotaColumnsOf<QuotaRow, QuotaColumn>(t, language);

export function childQuotaColumnDefs(t: TFunction, language: Lang): ColumnDef<ChildQuotaRow, ChildQuotaColumn>[] {
  const h = (id: ChildQuotaColumn) => `vouchers.quota.${id}`;
  return [
    col.text('indirectPartnerName', h('indirectPartnerName'), 170, (r: ChildQuotaRow) => r.indirectPartnerName),
    col.text('indirectPartnerAccountName', h('indirectPartnerAccountName'), 150, (r: ChildQuotaRow) => r.indirectPartnerAccountName),
    ...quotaColumnsOf<ChildQuotaRow, ChildQuotaColumn>(t, language),
    col.id('parentQuotaId', h('parentQuotaId'), 170, (r: ChildQuotaRow) => r.parentQuotaId, { hiddenByDefault: true }),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: ChildQuotaRow) => r.indirectPartnerId, { hiddenByDefault: true }),
  ];
}

export function issuedCouponColumnDefs(t: TFunction): ColumnDef<IssuedCouponRow, IssuedCouponColumn>[] {
  const h = (id: IssuedCouponColumn) => `vouchers.coupon.${id}`;
  return [
    col.id('couponId', h('couponId'), 170, (r: IssuedCouponRow) => r.couponId),
    col.text('customerName', h('customerName'), 180, (r: IssuedCouponRow) => r.customerName),
    col.text('accountName', h('accountName'), 140, (r: IssuedCouponRow) => r.accountName),
    col.text('couponType', h('couponType'), 90, (r: IssuedCouponRow) => r.couponType, { display: (r) => codeText(t, 'vouchers.couponType', r.couponType) }),
    col.text('status', h('status'), 90, (r: IssuedCouponRow) => r.status, { display: (r) => codeText(t, 'customers.couponStatus', r.status) }),
    col.money('faceValue', h('faceValue'), 120, (r: IssuedCouponRow) => r.faceValue, cny),
    col.money('balance', h('balance'), 120, (r: IssuedCouponRow) => r.balance, cny),
    col.money('reclaimedAmount', h('reclaimedAmount'), 130, (r: IssuedCouponRow) => r.reclaimedAmount, cny),
    col.date('createTime', h('createTime'), 130, (r: IssuedCouponRow) => r.createTime),
    col.date('expireTime', h('expireTime'), 130, (r: IssuedCouponRow) => r.expireTime),
    col.id('customerId', h('customerId'), 250, (r: IssuedCouponRow) => r.customerId, { hiddenByDefault: true }),
    col.date('effectiveTime', h('effectiveTime'), 130, (r: IssuedCouponRow) => r.effectiveTime, { hiddenByDefault: true }),
    col.date('lastUsedTime', h('lastUsedTime'), 130, (r: IssuedCouponRow) => r.lastUsedTime, { hiddenByDefault: true }),
    col.id('orderId', h('orderId'), 160, (r: IssuedCouponRow) => r.orderId, { hiddenByDefault: true }),
    col.text('promotionPlanName', h('promotionPlanName'), 160, (r: IssuedCouponRow) => r.promotionPlanName, { hiddenByDefault: true }),
    col.text('isFrozen', h('isFrozen'), 80, (r: IssuedCouponRow) => r.isFrozen, { hiddenByDefault: true }),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: IssuedCouponRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: IssuedCouponRow) => r.fetchedAt, { hiddenByDefault: true }),
    col.date('deletedAt', h('deletedAt'), 130, (r: IssuedCouponRow) => r.deletedAt, { hiddenByDefault: true }),
  ];
}

export function couponRecordColumnDefs(t: TFunction): ColumnDef<CouponRecordRow, CouponRecordColumn>[] {
  const h = (id: CouponRecordColumn) => `vouchers.record.${id}`;
  return [
    col.date('operationTime', h('operationTime'), 140, (r: CouponRecordRow) => r.operationTime),
    col.text('operationType', h('operationType'), 170, (r: CouponRecordRow) => r.operationType, {
      display: (r) => codeText(t, 'vouchers.operation', r.operationType),
    }),
    col.money('operationAmount', h('operationAmount'), 120, (r: CouponRecordRow) => r.operationAmount, cny),
    col.text('result', h('result'), 80, (r: CouponRecordRow) => r.result, { display: (r) => codeText(t, 'vouchers.result', r.result) }),
    col.id('couponId', h('couponId'), 170, (r: CouponRecordRow) => r.couponId),
    col.id('customerId', h('customerId'), 250, (r: CouponRecordRow) => r.customerId),
    col.id('quotaId', h('quotaId'), 170, (r: CouponRecordRow) => r.quotaId),
    col.text('remark', h('remark'), 180, (r: CouponRecordRow) => r.remark),
    col.text('quotaType', h('quotaType'), 90, (r: CouponRecordRow) => r.quotaType, {
      display: (r) => codeText(t, 'vouchers.quotaType', r.quotaType),
      hiddenByDefault: true,
    }),
    col.id('id', h('id'), 170, (r: CouponRecordRow) => r.id, { hiddenByDefault: true }),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: CouponRecordRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: CouponRecordRow) => r.fetchedAt, { hiddenByDefault: true }),
  ];
}

export function quotaRecordColumnDefs(t: TFunction): ColumnDef<QuotaRecordRow, QuotaRecordColumn>[] {
  const h = (id: QuotaRecordColumn) => `vouchers.quotaRecord.${id}`;
  return [
    col.date('operationTime', h('operationTime'), 140, (r: QuotaRecordRow) => r.operationTime),
    col.text('operationType', h('operationType'), 110, (r: QuotaRecordRow) => r.operationType, {
      display: (r) => codeText(t, 'vouchers.quotaOperation', r.operationType),
    }),
    col.text('indirectPartnerName', h('indirectPartnerName'), 170, (r: QuotaRecordRow) => r.indirectPartnerName),
    col.text('indirectPartnerAccountName', h('indirectPartnerAccountName'), 150, (r: QuotaRecordRow) => r.indirectPartnerAccountName),
    col.money('amount', h('amount'), 120, (r: QuotaRecordRow) => r.amount, cny),
    col.text('result', h('result'), 80, (r: QuotaRecordRow) => r.result, { display: (r) => codeText(t, 'vouchers.result', r.result) }),
    col.id('quotaId', h('quotaId'), 170, (r: QuotaRecordRow) => r.quotaId),
    col.id('parentQuotaId', h('parentQuotaId'), 170, (r: QuotaRecordRow) => r.parentQuotaId),
    col.text('operator', h('operator'), 140, (r: QuotaRecordRow) => r.operator),
    col.text('remark', h('remark'), 180, (r: QuotaRecordRow) => r.remark),
    col.id('indirectPartnerId', h('indirectPartnerId'), 190, (r: QuotaRecordRow) => r.indirectPartnerId, { hiddenByDefault: true }),
    col.id('id', h('id'), 170, (r: QuotaRecordRow) => r.id, { hiddenByDefault: true }),
    col.date('fetchedAt', h('fetchedAt'), 130, (r: QuotaRecordRow) => r.fetchedAt, { hiddenByDefault: true }),
  ];
}
