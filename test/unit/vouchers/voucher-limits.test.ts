// A quota's restrictions (limit_infos, spec §6.7) read as sentences, in English and Chinese.
import { describe, expect, it } from 'vitest';
import { describeLimit, describeLimits, describeQuota, type LimitInfoLike } from '../../../shared/domain/voucher-limits';

const one = (key: string, value1: string | null, value2: string | null = null): LimitInfoLike => ({ key, values: [{ value1, value2 }] });
const many = (key: string, ...values: string[]): LimitInfoLike => ({ key, values: values.map((value1) => ({ value1, value2: '' })) });

describe('restrictions in words', () => {
  it.each([
    [many('chargeScene', '1', '5'), 'Billing modes: yearly, pay-per-use', '计费模式：包年、按需'],
    [many('chargeScene', '0', '2', '8'), 'Billing modes: yearly/monthly (any), monthly, reserved instance', '计费模式：包年/包月（任意）、包月、预留实例'],
    [many('serviceType', 'hws.service.type.ec2', 'hws.service.type.zzz'), 'Only for services: Elastic Cloud Server (hws.service.type.ec2), hws.service.type.zzz', '仅限云服务：弹性云服务器 (hws.service.type.ec2)、hws.service.type.zzz'],
    [many('serviceTypeBlackList', 'hws.service.type.obs'), 'Not for services: Object Storage Service (hws.service.type.obs)', '不可用于云服务：对象存储服务 (hws.service.type.obs)'],
    [one('regionCode', 'cn-north-4', '华北-北京四'), 'Only in regions: 华北-北京四 (cn-north-4)', '仅限区域：华北-北京四 (cn-north-4)'],
    [one('productId', 'OFFI_EC2_MONTHLY, OFFI_RDS_YEARLY'), 'Only for products: OFFI_EC2_MONTHLY, OFFI_RDS_YEARLY', '仅限产品：OFFI_EC2_MONTHLY、OFFI_RDS_YEARLY'],
    [one('usageTimes', '0'), 'Usable any number of times', '可多次使用，不限次数'],
    [one('usageTimes', '1'), 'Usable once', '仅可使用一次'],
    [one('usageTimes', '3'), 'Usable 3 times', '可使用 3 次'],
    [one('simultaneousUseWithEmpowerDiscount', '0'), 'Cannot be combined with discounts', '不可与折扣同时使用'],
    [one('simultaneousUseWithEmpowerDiscount', '1'), 'Can be combined with discounts', '可与折扣同时使用'],
    [one('minConsumeDiscount', '0.8'), "Combined with a discount only when the customer's discount rate is at least 0.8", '客户折扣率不低于 0.8 时才可与折扣同时使用'],
    [one('isOnlyForStrictSelected', '1'), 'Only for marketplace strict-selection products', '仅限云市场严选商品'],
    [one('accumulativeConsumption', '5000'), 'Consumption before association: ¥5,000.00', '关联前累计消费：¥5,000.00'],
    [one('faceValueRange', '10.00', '500.00'), 'Face value per voucher: ¥10.00 to ¥500.00', '每张面额：¥10.00 至 ¥500.00'],
    [one('faceValueRange', '', '500.00'), 'Face value per voucher: at most ¥500.00', '每张面额：不高于 ¥500.00'],
    [one('orderAmount', '100', ''), 'Order amount: at least ¥100.00', '订单金额：不低于 ¥100.00'],
    [one('maxCouponsPerCustomer', '2'), 'At most 2 vouchers per customer', '每位客户最多 2 张'],
    [one('maxFaceValuePerCustomer', '600.00'), 'At most ¥600.00 per customer in total', '每位客户累计最多 ¥600.00'],
    [one('firstAssociatedCustomerOnly', '1'), 'Only for customers associated with a partner for the first time', '仅限首次关联伙伴的客户'],
    [many('designatedCustomers', 'c1', 'c2'), 'Only for 2 designated customers: c1, c2', '仅限 2 位指定客户：c1、c2'],
    [one('someFutureKey', 'a', 'b'), 'someFutureKey: a/b', 'someFutureKey：a/b'],
  ])('%j', (limit, en, zh) => {
    expect(describeLimit(limit, 'en')).toBe(en);
    expect(describeLimit(limit, 'zh-CN')).toBe(zh);
  });

  it('leaves out an empty billing-mode restriction, which the spec calls unrestricted', () => {
    expect(describeLimits([{ key: 'chargeScene', values: [] }, one('usageTimes', '1')], 'en')).toEqual(['Usable once']);
  });

  it('writes amounts in the quota currency', () => {
    expect(describeLimit(one('maxFaceValuePerCustomer', '1234.5'), 'en', 'USD')).toBe('At most $1,234.50 per customer in total');
  });
});

describe('a quota in words', () => {
  const time = (iso: string) => iso.slice(0, 10);
  const quota = {
    quotaType: 0,
    quotaStatus: 0,
    quotaValue: '20000',
    balance: '18750.5',
    currency: 'CNY',
    effectiveTime: '2026-01-01T00:00:00Z',
    expireTime: '2026-12-31T16:00:00Z',
    limitInfos: [many('serviceType', 'hws.service.type.ebs'), one('faceValueRange', '10.00', '500.00')],
  };

  it('names type, status, what is left, validity and every restriction', () => {
    expect(describeQuota(quota, 'en', time)).toEqual({
      type: 'Voucher quota',
      status: 'normal',
      remaining: '¥18,750.50 left of ¥20,000.00',
      validity: 'Valid from 2026-01-01 to 2026-12-31',
      restrictions: ['Only for services: Elastic Volume Service (hws.service.type.ebs)', 'Face value per voucher: ¥10.00 to ¥500.00'],
    });
    expect(describeQuota({ ...quota, quotaType: 1, quotaStatus: 5 }, 'zh-CN', time)).toEqual({
      type: '现金券额度',
      status: '冻结',
      remaining: '剩余 ¥18,750.50，共 ¥20,000.00',
      validity: '有效期 2026-01-01 至 2026-12-31',
      restrictions: ['仅限云服务：云硬盘 (hws.service.type.ebs)', '每张面额：¥10.00 至 ¥500.00'],
    });
  });

  it('says so when a quota has no restrictions or no stated validity', () => {
    const bare = { ...quota, limitInfos: null, effectiveTime: null, expireTime: null };
    expect(describeQuota(bare, 'en', time)).toMatchObject({ restrictions: ['No restrictions'], validity: 'Validity not stated' });
    expect(describeQuota(bare, 'zh-CN', time)).toMatchObject({ restrictions: ['无使用限制'], validity: '未注明有效期' });
    expect(describeQuota({ ...bare, expireTime: '2027-03-01T00:00:00Z' }, 'en', time).validity).toBe('Valid until 2027-03-01');
  });
});
