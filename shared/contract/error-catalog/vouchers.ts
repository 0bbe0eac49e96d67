import type { Catalog } from './messages';

// Voucher writes (issue #12): what the preview refuses for the whole operation, and what it
// names per customer, coupon, T2 or child quota. Nothing is sent for a refused item.
export const vouchersErrors = {
  VOUCHER_QUOTA_UNKNOWN: {
    en: 'Quota {{quotaId}} was not found among your voucher quotas. Sync the vouchers or pick another quota. Nothing was sent.',
    'zh-CN': '在您的代金券额度中找不到额度 {{quotaId}}。请同步代金券或选择其他额度。未发送任何请求。',
  },
  VOUCHER_QUOTA_NOT_USABLE: {
    en: 'Quota {{quotaId}} cannot be used now: {{why}}. Nothing was sent.',
    'zh-CN': '额度 {{quotaId}} 当前不可用：{{whyZh}}。未发送任何请求。',
  },
  VOUCHER_VALIDITY_OUTSIDE_QUOTA: {
    en: 'The voucher validity ({{from}} – {{to}}) must lie inside the quota’s ({{quotaFrom}} – {{quotaTo}}) and end after it starts. Nothing was sent.',
    'zh-CN': '代金券有效期（{{from}} – {{to}}）必须在额度有效期（{{quotaFrom}} – {{quotaTo}}）之内，且结束时间晚于开始时间。未发送任何请求。',
  },
  VOUCHER_FACE_VALUE_OUT_OF_RANGE: {
    en: 'This quota issues vouchers of {{min}} to {{max}} each; {{faceValue}} is outside that range. Nothing was sent.',
    'zh-CN': '此额度每张代金券面额须在 {{min}} 至 {{max}} 之间；{{faceValue}} 超出范围。未发送任何请求。',
  },
  VOUCHER_RESTRICTION_WIDER: {
    en: 'The voucher may not be wider than its quota: service type {{serviceType}} is not among the quota’s ({{allowed}}). Nothing was sent.',
    'zh-CN': '代金券的适用范围不能超出额度：服务类型 {{serviceType}} 不在额度允许的范围（{{allowed}}）内。未发送任何请求。',
  },
  VOUCHER_OVER_QUOTA: {
    en: 'The quota holds {{balance}}; {{count}} × {{each}} = {{total}} is more (as of {{asOf}}). Nothing was sent.',
    'zh-CN': '额度余额为 {{balance}}；{{count}} × {{each}} = {{total}}，超出余额（截至 {{asOf}}）。未发送任何请求。',
  },
  VOUCHER_NOTHING_TO_SEND: {
    en: 'None of the {{count}} items can be sent; the preview names each problem. Nothing was sent.',
    'zh-CN': '{{count}} 项中没有可以发送的；预览中列出了每一项的问题。未发送任何请求。',
  },
  VOUCHER_RECLAIM_TARGET: {
    en: 'Choose the coupons to reclaim, or one customer whose reclaimable coupons are all reclaimed.',
    'zh-CN': '请选择要回收的代金券，或选择一个客户以回收其全部可回收代金券。',
  },
  VOUCHER_RETRY_ONE_ITEM: {
    en: 'Send again works for one item at a time: the entry proven not applied.',
    'zh-CN': '“再次发送”一次只能针对一项：已证实未执行的那一条记录。',
  },
  VOUCHER_CUSTOMER_UNKNOWN: {
    en: 'Customer {{id}} is not in the local data of this profile (sync the customers first).',
    'zh-CN': '本配置的本地数据中没有客户 {{id}}（请先同步客户）。',
  },
  VOUCHER_CUSTOMER_NOT_RESALE: {
    en: '{{name}} is not a resale customer: vouchers go to resale customers only.',
    'zh-CN': '{{name}} 不是代售客户：代金券只能发放给代售客户。',
  },
  VOUCHER_CUSTOMER_NOT_UNDER_T2: {
    en: '{{name}} is not a customer of the cloud reseller {{t2}}.',
    'zh-CN': '{{name}} 不是云经销商 {{t2}} 的客户。',
  },
  VOUCHER_CUSTOMER_T2S: {
    en: '{{name}} belongs to the cloud reseller {{t2}}: issue from that reseller’s quota (choose the reseller first).',
    'zh-CN': '{{name}} 属于云经销商 {{t2}}：请从该经销商的额度发放（先选择该经销商）。',
  },
  VOUCHER_CUSTOMER_NOT_DESIGNATED: {
    en: 'This quota is for designated customers only, and {{name}} is not one of them.',
    'zh-CN': '此额度仅限指定客户使用，{{name}} 不在其中。',
  },
  VOUCHER_DUPLICATE_ITEM: {
    en: '{{id}} is listed more than once; it is sent once.',
    'zh-CN': '{{id}} 被列出多次；只发送一次。',
  },
  VOUCHER_UNRESOLVED: {
    en: 'An identical operation for {{id}} is still unresolved (entry {{entry}}): reconcile it in Activity first.',
    'zh-CN': '针对 {{id}} 的相同操作尚未确认结果（记录 {{entry}}）：请先在“操作记录”中核对。',
  },
  VOUCHER_COUPON_UNKNOWN: {
    en: 'Coupon {{id}} is not among the coupons you issued (sync the vouchers first).',
    'zh-CN': '您发放的代金券中没有 {{id}}（请先同步代金券）。',
  },
  VOUCHER_COUPON_GONE: {
    en: 'Coupon {{id}} is {{status}}: there is nothing to reclaim.',
    'zh-CN': '代金券 {{id}} {{statusZh}}：没有可回收的金额。',
  },
  VOUCHER_T2_UNKNOWN: {
    en: 'Cloud reseller {{id}} is not linked to your account (sync the resellers first).',
    'zh-CN': '云经销商 {{id}} 未与您的账号关联（请先同步云经销商）。',
  },
  VOUCHER_CHILD_QUOTA_UNKNOWN: {
    en: 'Quota {{id}} is not a quota you gave a cloud reseller (sync the vouchers first).',
    'zh-CN': '额度 {{id}} 不是您下发给云经销商的额度（请先同步代金券）。',
  },
  VOUCHER_CHILD_QUOTA_GONE: {
    en: 'Quota {{id}} is {{status}}: there is nothing to reclaim.',
    'zh-CN': '额度 {{id}} {{statusZh}}：没有可回收的余额。',
  },
  VOUCHER_NOT_SENT: {
    en: 'Not sent: {{reason}}',
    'zh-CN': '未发送：{{reason}}',
  },
} as const satisfies Catalog;
