import type { Catalog } from './messages';

// Money operations, journal and reconciliation (issue #8). Every refusal says what was wrong
// and, where it matters, that nothing was sent.
export const moneyErrors = {
  MONEY_OFFLINE: {
    en: 'Partner Desk cannot reach the partner API ({{endpoint}}) right now, so money cannot be moved. Nothing was sent. Try again when the connection is back.',
    'zh-CN': '当前无法连接伙伴 API（{{endpoint}}），因此不能进行资金操作。未发送任何请求。请在网络恢复后重试。',
  },
  MONEY_AMOUNT_EMPTY: {
    en: 'Enter an amount.',
    'zh-CN': '请输入金额。',
  },
  MONEY_AMOUNT_FORMAT: {
    en: '"{{input}}" is not an amount. Use digits with an optional decimal point, e.g. 1234.56.',
    'zh-CN': '“{{input}}”不是有效金额。请输入数字，可带小数点，例如 1234.56。',
  },
  MONEY_AMOUNT_DECIMALS: {
    en: 'The amount may have at most two decimals (yuan and fen); "{{input}}" has more.',
    'zh-CN': '金额最多两位小数（元、角、分）；“{{input}}”的小数位过多。',
  },
  MONEY_AMOUNT_NOT_POSITIVE: {
    en: 'The amount must be greater than zero.',
    'zh-CN': '金额必须大于零。',
  },
  MONEY_AMOUNT_TOO_LARGE: {
    en: 'The amount is too large (at most 16 integer digits).',
    'zh-CN': '金额过大（整数部分最多 16 位）。',
  },
  MONEY_OVER_ALLOCATABLE: {
    en: 'Your allocatable balance is too low: {{amount}} needed, {{available}} available (allocatable minus designated amount, as of {{asOf}}).',
    'zh-CN': '可拨款余额不足：需要 {{amount}}，可用 {{available}}（可拨款金额减去专款专用金额，截至 {{asOf}}）。',
  },
  MONEY_OVER_T2_BALANCE: {
    en: 'The cloud reseller {{name}} holds {{available}}; {{amount}} cannot be taken from it (as of {{asOf}}).',
    'zh-CN': '云经销商 {{name}} 的余额为 {{available}}，无法从中扣除 {{amount}}（截至 {{asOf}}）。',
  },
  MONEY_OVER_CUSTOMER_BALANCE: {
    en: 'Customer {{name}} holds {{available}}; you cannot reclaim {{amount}} (as of {{asOf}}).',
    'zh-CN': '客户 {{name}} 的余额为 {{available}}，无法回收 {{amount}}（截至 {{asOf}}）。',
  },
  MONEY_CUSTOMER_UNKNOWN: {
    en: 'Customer {{id}} is not among your customers. Sync the customer list if it is new.',
    'zh-CN': '客户 {{id}} 不在您的客户列表中。如为新客户，请先同步客户列表。',
  },
  MONEY_CUSTOMER_NOT_RESALE: {
    en: 'Customer {{name}} is a referral customer (顾问销售): only resale customers can be funded or reclaimed.',
    'zh-CN': '客户 {{name}} 是顾问销售模式客户：只有代售模式客户可以拨款或回收。',
  },
  MONEY_CUSTOMER_NOT_UNDER_T2: {
    en: 'Customer {{id}} does not belong to cloud reseller {{t2}}.',
    'zh-CN': '客户 {{id}} 不属于云经销商 {{t2}}。',
  },
  MONEY_T2_UNKNOWN: {
    en: 'Cloud reseller {{id}} is not linked to your account. Sync the reseller list if it is new.',
    'zh-CN': '云经销商 {{id}} 未与您的账号关联。如为新经销商，请先同步经销商列表。',
  },
  MONEY_T2_REQUIRED: {
    en: 'Choose the cloud reseller the customer belongs to.',
    'zh-CN': '请选择该客户所属的云经销商。',
  },
  MONEY_T1_ONLY: {
    en: 'Only a tier-1 distributor can move money with cloud resellers; this profile is a solution provider.',
    'zh-CN': '只有一级经销商可以与云经销商进行资金操作；当前配置为解决方案提供商。',
  },
  MONEY_BALANCES_UNAVAILABLE: {
    en: 'The balances needed to check this operation could not be read ({{reason}}). Nothing was sent.',
    'zh-CN': '无法读取校验此操作所需的余额（{{reason}}）。未发送任何请求。',
  },
  MONEY_CONFIRMATION_REQUIRED: {
    en: 'Money operations need an explicit confirmation of their preview. Nothing was sent.',
    'zh-CN': '资金操作必须先预览并明确确认。未发送任何请求。',
  },
  MONEY_CONFIRMATION_MISMATCH: {
    en: 'The confirmation does not match this operation or has expired. Review the operation again and confirm it. Nothing was sent.',
    'zh-CN': '确认信息与此操作不符或已过期。请重新预览并确认。未发送任何请求。',
  },
  MONEY_RETRY_NOT_ALLOWED: {
    en: 'Entry {{id}} may not be sent again: it is "{{state}}". Only an operation proven not applied can be re-sent, once.',
    'zh-CN': '记录 {{id}} 不能重新发送：其状态为“{{state}}”。只有已证实未执行的操作才能重新发送，且仅一次。',
  },
  MONEY_UNRESOLVED_DUPLICATE: {
    en: 'The same operation ({{amount}} with {{counterparty}}) is still unresolved in Activity (entry {{id}}). Reconcile it first so nothing moves twice.',
    'zh-CN': '相同的操作（与 {{counterparty}} 的 {{amount}}）在“活动”中仍未确认结果（记录 {{id}}）。请先对账，以免重复划款。',
  },
  MONEY_RECONCILE_FAILED: {
    en: 'Reconciliation could not read the adjust records ({{reason}}). The entry stays unknown; nothing was re-sent.',
    'zh-CN': '对账时无法读取拨款记录（{{reason}}）。该记录仍为“结果未知”；未重新发送任何请求。',
  },
  JOURNAL_UNAVAILABLE: {
    en: 'The operation journal cannot be written ({{reason}}). Nothing was sent.',
    'zh-CN': '无法写入操作日志（{{reason}}）。未发送任何请求。',
  },
  JOURNAL_UNAVAILABLE_AFTER_SEND: {
    en: 'The request for entry {{id}} was sent (the answer was "{{outcome}}", transaction {{transId}}), but the journal could not record it ({{reason}}). Do not send it again: Partner Desk reconciles the entry from Huawei’s records as soon as the journal can be written.',
    'zh-CN': '记录 {{id}} 的请求已发出（应答为“{{outcome}}”，交易号 {{transId}}），但操作日志无法记录该结果（{{reason}}）。请勿重新发送：日志恢复可写后，Partner Desk 会根据华为的记录对账。',
  },
  MONEY_CONFIRMATION_USED: {
    en: 'This confirmation has already been used. Each confirmed preview sends at most once; review the operation again if you really mean to do it again. Nothing was sent.',
    'zh-CN': '此确认已使用过。每次确认的预览最多发送一次；如确需再次操作，请重新预览。未发送任何请求。',
  },
  MONEY_RETRY_APPLIED_LATE: {
    en: 'Nothing was sent: Huawei’s records now show entry {{id}} as applied (transaction {{transId}}); the record appeared after the entry had been concluded not applied. The entry is now marked applied.',
    'zh-CN': '未发送任何请求：华为的记录现已显示记录 {{id}} 已执行（交易号 {{transId}}）；该记录是在判定“未执行”之后才出现的。该记录现已标记为已执行。',
  },
  MONEY_GATE_MISSING: {
    en: 'Internal safety check: "{{channel}}" reached a write without the gates every write needs ({{missing}}). Nothing was sent.',
    'zh-CN': '内部安全检查：“{{channel}}”在缺少写操作所需关卡（{{missing}}）的情况下触及写操作。未发送任何请求。',
  },
  MONEY_APPROVAL_REQUIRED: {
    en: 'This profile’s four-eyes policy asks for a second operator’s approval of single operations above {{limit}}; {{amount}} is above it. Make it a one-row batch plan and have it approved. Nothing was sent.',
    'zh-CN': '本配置的双人复核策略要求：单笔超过 {{limit}} 的操作须经另一名操作员批准；{{amount}} 超过该限额。请将其作为单行批量计划提交审批。未发送任何请求。',
  },
  PLAN_ITEM_ALREADY_SENT: {
    en: 'Item {{item}} of plan {{planId}} has already been sent once; a second first send is refused. Reconcile the plan to see its outcome.',
    'zh-CN': '计划 {{planId}} 的第 {{item}} 项已发送过一次，拒绝再次首发。请对该计划对账以查看结果。',
  },
} as const satisfies Catalog;
