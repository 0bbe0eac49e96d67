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
  'CBC.99000038': { en: 'the login name already exists: choose another one', 'zh-CN': '登录名已存在：请换一个' },
  'CBC.99000029': { en: 'this mobile number already has a Huawei Cloud account', 'zh-CN': '该手机号已注册华为云账号' },
  'CBC.99000030': { en: 'this mobile number has registered as many accounts as allowed', 'zh-CN': '该手机号注册的账号数已达上限' },
  'CBC.99000031': { en: 'the login name has an invalid format', 'zh-CN': '登录名格式不正确' },
  'CBC.5017': { en: 'the mobile number has an invalid format (China numbers only)', 'zh-CN': '手机号格式不正确（仅支持中国大陆号码）' },
  'CBC.99000036': { en: 'the password does not meet Huawei’s rules', 'zh-CN': '密码不符合华为云的规则' },
  'CBC.99000004': { en: 'the customer’s authorisation of the partner failed: nothing was created; try again later', 'zh-CN': '客户向伙伴授权时出错：未创建客户；请稍后重试' },
  'CBC.99000051': { en: 'this mobile or e-mail was already reported (报备) to Huawei by a partner: it cannot be used to create a customer', 'zh-CN': '该手机号或邮箱已由伙伴向华为云报备，不能用于创建客户' },
  'CBC.99004008': { en: 'the verification code has expired: send a new one', 'zh-CN': '验证码已过期：请重新发送' },
  'CBC.99004009': { en: 'the verification code was entered wrongly more than 3 times: send a new one', 'zh-CN': '验证码错误超过 3 次：请重新发送' },
  'CBC.99004010': { en: 'the verification code is wrong', 'zh-CN': '验证码错误' },
  'CBC.50010059': { en: 'a tier-1 distributor may not take customers itself: create it for one of your cloud resellers', 'zh-CN': '一级经销商不能自己关联客户：请为您的某个云经销商创建' },
  'CBC.50010065': { en: 'this cloud reseller’s distributor has left the partner program: it cannot take new customers', 'zh-CN': '该云经销商的一级经销商已退出伙伴计划，不能再关联新客户' },
  'CBC.50010085': { en: 'your company is restricted and cannot take new customers', 'zh-CN': '贵公司受限，不能关联新客户' },
  'CBC.50010086': { en: 'this cloud reseller’s distributor is restricted: it cannot take new customers', 'zh-CN': '该云经销商的一级经销商受限，不能关联新客户' },
  'CBC.99000039': { en: 'this xaccount_id is already used (the customer may already exist: look it up)', 'zh-CN': '该 xaccount_id 已被使用（客户可能已存在，请先查询）' },
  'CBC.99000047': { en: 'the customer has no partner-funded account to reclaim from', 'zh-CN': '该客户没有可回收的伙伴拨款账户' },
  'CBC.99000048': { en: 'the coupon has already expired or been reclaimed', 'zh-CN': '代金券已过期或已回收' },
  'CBC.99000050': { en: 'the account was created but the association result timed out: confirm it in the customer list', 'zh-CN': '账号已创建，但关联结果查询超时：请在客户列表中确认' },
  'CBC.99004015': { en: 'the SMS sending limit was reached (15 per hour, 60 per day)', 'zh-CN': '短信发送次数已达上限（每小时 15 次，每天 60 次）' },
  'CBC.99005003': { en: 'insufficient balance', 'zh-CN': '余额不足' },
  'CBC.99005035': { en: 'test partner accounts may not use this API', 'zh-CN': '测试伙伴账号不能使用此 API' },
  'APIG.0308': { en: 'the API gateway’s rate limit was reached', 'zh-CN': '触发了 API 网关的流控' },
};

/** Meaning of a Huawei error code in both languages; a generic phrase for unknown codes. */
export function huaweiCodeMeaning(code: string | undefined): Messages {
  return (code && CODES[code]) || { en: 'see Huawei’s error message', 'zh-CN': '请参见华为云返回的错误信息' };
}
