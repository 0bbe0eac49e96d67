import type { Catalog } from './messages';

// Creating customers, following their association, freeze and budgets (issue #13).
export const customersErrors = {
  CUSTOMER_FIELD_INVALID: {
    en: '{{fieldEn}}: {{ruleEn}} Nothing was sent.',
    'zh-CN': '{{fieldZh}}：{{ruleZh}}未发送任何请求。',
  },
  CUSTOMER_NAME_TAKEN: {
    en: 'The login name "{{name}}" is already taken on Huawei Cloud (CheckUserIdentity: used_by_user). Choose another one; nothing was created.',
    'zh-CN': '登录名“{{name}}”在华为云上已被使用（CheckUserIdentity：used_by_user）。请换一个；未创建任何客户。',
  },
  CUSTOMER_CONTACT_TAKEN: {
    en: '{{contact}} cannot register another Huawei Cloud account (CheckUserIdentity: used_by_user). Use another one; nothing was created.',
    'zh-CN': '{{contact}} 不能再注册华为云账号（CheckUserIdentity：used_by_user）。请换一个；未创建任何客户。',
  },
  CUSTOMER_T2_REQUIRED: {
    en: 'A tier-1 distributor creates customers for one of its cloud resellers (Huawei refuses a T1 taking customers itself, CBC.50010059). Choose the reseller.',
    'zh-CN': '一级经销商须为其某个云经销商创建客户（华为云不允许一级经销商自己关联客户，CBC.50010059）。请选择云经销商。',
  },
  CUSTOMER_NOT_ON_SITE: {
    en: '{{what}} is not offered on the {{siteEn}} site: {{whyEn}} Nothing was sent.',
    'zh-CN': '{{siteZh}}不提供{{whatZh}}：{{whyZh}}未发送任何请求。',
  },
  CUSTOMER_CODE_TOO_SOON: {
    en: 'A code was sent to {{receiver}} at {{sentAt}}. You can send another one from {{resendAt}}; use the one already sent meanwhile.',
    'zh-CN': '已于 {{sentAt}} 向 {{receiver}} 发送验证码。{{resendAt}} 起可再次发送；在此之前请使用已发送的验证码。',
  },
  CUSTOMER_CODE_LIMIT: {
    en: '{{receiver}} has received {{count}} codes in the last hour; Huawei allows 15 an hour and 60 a day (CBC.99004015). Try again later.',
    'zh-CN': '{{receiver}} 在过去一小时内已收到 {{count}} 条验证码；华为云限制每小时 15 条、每天 60 条（CBC.99004015）。请稍后再试。',
  },
  OFFBOARD_NOTHING: {
    en: '{{name}} holds no partner-funded balance and no voucher that can be reclaimed: there is nothing to offboard. Nothing was sent.',
    'zh-CN': '{{name}} 没有伙伴拨付的余额，也没有可回收的代金券：无需回收。未发送任何请求。',
  },
  OFFBOARD_BALANCE_EMPTY: {
    en: '{{name}} holds no partner-funded balance: there is nothing to reclaim.',
    'zh-CN': '{{name}} 没有伙伴拨付的余额：没有可回收的金额。',
  },
  OFFBOARD_BALANCE_UNRESOLVED: {
    en: 'A reclaim of the balance of {{name}} is still unresolved (entry {{entry}}): reconcile it in Activity first; the balance is not reclaimed again meanwhile.',
    'zh-CN': '{{name}} 的余额回收尚未确认结果（记录 {{entry}}）：请先在“操作记录”中核对；在此之前不会再次回收余额。',
  },
  REALNAME_ALREADY_FILED: {
    en: 'Customer {{customerId}} is already {{stateEn}}: Huawei takes one real-name review at a time and refuses a second (CBC.99007188). Nothing was sent.',
    'zh-CN': '客户 {{customerId}} {{stateZh}}：华为一次只受理一个实名认证审核，重复提交会被拒绝（CBC.99007188）。未发送任何请求。',
  },
  REALNAME_CHANGE_NOT_ALLOWED: {
    en: 'Only a customer authenticated as an individual can change to an enterprise; customer {{customerId}} is {{stateEn}}. Nothing was sent.',
    'zh-CN': '只有已通过个人实名认证的客户才能变更为企业；客户 {{customerId}} {{stateZh}}。未发送任何请求。',
  },
} as const satisfies Catalog;
