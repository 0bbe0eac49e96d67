// Plain meanings of the Huawei error codes partners meet most (partner-api.md §2.4, §2.5 and
// the per-operation tables), so an error screen can say more than "CBC.99005003".
import type { Messages } from '../../../../shared/contract/error-catalog/messages';

const CODES: Readonly<Record<string, Messages>> = {
  'CBC.0100': { en: 'a parameter has the wrong format or is out of range', 'zh-CN': '参数格式错误或超出范围' },
  'CBC.0101': { en: 'a parameter is invalid', 'zh-CN': '参数无效' },
  'CBC.0150': { en: 'the operation is not allowed', 'zh-CN': '非法操作' },
  'CBC.0151': { en: 'access denied: use the partner account’s own AK/SK, not a customer’s', 'zh-CN': '访问被拒绝：请使用伙伴账号自己的 AK/SK，而不是客户的' },
  'CBC.0154': { en: 'the credentials are invalid or expired', 'zh-CN': '凭证非法或已过期' },
  'CBC.0105': { en: 'the credentials are invalid or expired', 'zh-CN': '凭证非法或已过期' },
  'CBC.0155': { en: 'the request is not allowed: the operator lacks this Partner Center API permission', 'zh-CN': '请求不被允许：操作员缺少伙伴中心的此项 API 权限' },
  'CBC.0156': { en: 'the customer does not belong to this site', 'zh-CN': '客户不属于本站点' },
  'CBC.0250': { en: 'Huawei’s rate limit was reached', 'zh-CN': '触发了华为云的流控' },
  'CBC.0999': { en: 'an unspecified error on Huawei’s side', 'zh-CN': '华为云侧的未知错误' },
  'CBC.5001': { en: 'the caller is not a partner', 'zh-CN': '调用者不是伙伴' },
  'CBC.5002': { en: 'the partner’s customer does not exist', 'zh-CN': '伙伴的客户不存在' },
  'CBC.5003': { en: 'insufficient balance', 'zh-CN': '余额不足' },
  'CBC.5021': { en: 'referral-mode customers cannot be funded or reclaimed', 'zh-CN': '顾问销售模式的客户不能拨款或回收' },
  'CBC.99000000': { en: 'no permission to operate on this customer', 'zh-CN': '无权操作此客户' },
  'CBC.99000012': { en: 'the quota does not exist or is in the wrong status', 'zh-CN': '额度不存在或状态不正确' },
  'CBC.99000013': { en: 'the voucher quota balance is insufficient', 'zh-CN': '代金券额度余额不足' },
  'CBC.99000035': { en: 'this customer is not your sub-customer', 'zh-CN': '该客户不是您的子客户' },
  'CBC.99000037': { en: 'no permission on this cloud reseller (not linked to you)', 'zh-CN': '无权操作此云经销商（未与您关联）' },
  'CBC.99000038': { en: 'the login name already exists', 'zh-CN': '登录名已存在' },
  'CBC.99000039': { en: 'this xaccount_id is already used (the customer may already exist: look it up)', 'zh-CN': '该 xaccount_id 已被使用（客户可能已存在，请先查询）' },
  'CBC.99000047': { en: 'the customer has no partner-funded account to reclaim from', 'zh-CN': '该客户没有可回收的伙伴拨款账户' },
  'CBC.99000048': { en: 'the coupon has already expired or been reclaimed', 'zh-CN': '代金券已过期或已回收' },
  'CBC.99000050': { en: 'the account was created but the association result timed out: confirm it in the customer list', 'zh-CN': '账号已创建，但关联结果查询超时：请在客户列表中确认' },
  'CBC.99004015': { en: 'the SMS sending limit was reached (15 per hour, 60 per day)', 'zh-CN': '短信发送次数已达上限（每小时 15 次，每天 60 次）' },
  'CBC.99005003': { en: 'insufficient balance', 'zh-CN': '余额不足' },
  'CBC.99005035': { en: 'test partner accounts may not use this API', 'zh-CN': '测试伙伴账号不能使用此 API' },
  // Coupon issue and reclaim (§6.2, §6.3): the per-customer reasons a plan's result shows.
  'CBC.99000014': { en: 'this voucher may not be given to customers of this association type', 'zh-CN': '该代金券不能发放给此关联类型的客户' },
  'CBC.99000017': { en: 'the quota is not yet effective or has expired', 'zh-CN': '额度尚未生效或已过期' },
  'CBC.99000018': { en: 'the face value is below the quota’s minimum', 'zh-CN': '面额低于额度允许的最小值' },
  'CBC.99000019': { en: 'the face value is above the quota’s maximum', 'zh-CN': '面额高于额度允许的最大值' },
  'CBC.99000020': { en: 'the customer already holds as many vouchers of this quota as allowed', 'zh-CN': '该客户持有此额度的代金券数量已达上限' },
  'CBC.99000021': { en: 'the customer’s total face value from this quota would exceed the limit', 'zh-CN': '该客户来自此额度的代金券总面额将超过上限' },
  'CBC.99000022': { en: 'this voucher is only for first-time-associated customers', 'zh-CN': '该代金券仅限首次关联的客户' },
  'CBC.99000023': { en: 'the service or product restriction is wider than the quota’s', 'zh-CN': '服务或产品限制超出了额度的限制范围' },
  'CBC.99000024': { en: 'the order-type restriction is outside the quota’s', 'zh-CN': '订单类型限制超出了额度的范围' },
  'CBC.99000045': { en: 'a voucher of a referral-mode customer cannot be reclaimed', 'zh-CN': '顾问销售模式客户的代金券不能回收' },
  'CBC.50000010': { en: 'the partner is in “partner uses coupons” mode and cannot issue', 'zh-CN': '伙伴处于“伙伴使用代金券”模式，不能发券' },
  'CBC.50000020': { en: 'this voucher is valid only for designated customers', 'zh-CN': '该代金券仅限指定客户' },
  'CBC.50000034': { en: 'vouchers cannot go to a financially custodied enterprise sub-account', 'zh-CN': '不能向财务托管的企业子账号发放代金券' },
  'CBC.50000054': { en: 'the product does not exist', 'zh-CN': '产品不存在' },
  'CBC.50000055': { en: 'the service type does not exist', 'zh-CN': '服务类型不存在' },
  'APIG.0308': { en: 'the API gateway’s rate limit was reached', 'zh-CN': '触发了 API 网关的流控' },
};

/** Meaning of a Huawei error code in both languages; a generic phrase for unknown codes. */
export function huaweiCodeMeaning(code: string | undefined): Messages {
  return (code && CODES[code]) || { en: 'see Huawei’s error message', 'zh-CN': '请参见华为云返回的错误信息' };
}
