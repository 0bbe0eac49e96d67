import type { Catalog } from './messages';

// Batch plans: row-level validation problems (shown next to each row) and channel errors.
export const plansErrors = {
  // ---- row problems ----
  PLAN_ROW_TARGET_EMPTY: {
    en: 'Enter a customer id or login name.',
    'zh-CN': '请填写客户 ID 或登录名。',
  },
  PLAN_ROW_T2_EMPTY: {
    en: 'Enter a cloud reseller (T2) id.',
    'zh-CN': '请填写云经销商（二级经销商）ID。',
  },
  PLAN_ROW_UNKNOWN_CUSTOMER: {
    en: 'No customer "{{target}}" in the local data (by id or login name). Sync customers or correct the row.',
    'zh-CN': '本地数据中没有客户“{{target}}”（按 ID 或登录名查找）。请同步客户或修改此行。',
  },
  PLAN_ROW_AMBIGUOUS_CUSTOMER: {
    en: '"{{target}}" matches more than one customer. Use the customer id.',
    'zh-CN': '“{{target}}”匹配到多个客户，请改用客户 ID。',
  },
  PLAN_ROW_REFERRAL_CUSTOMER: {
    en: '{{name}} is a referral customer: only resale customers can be funded or reclaimed.',
    'zh-CN': '{{name}}是推荐（咨询）模式客户：只能为代售客户拨款或回收。',
  },
  PLAN_ROW_T2_CUSTOMER_RECLAIM: {
    en: '{{name}} belongs to cloud reseller {{t2}}; reclaim from a reseller’s customer in the single-operation screen.',
    'zh-CN': '{{name}}属于云经销商 {{t2}}；从经销商的客户回收请使用单笔操作页面。',
  },
  PLAN_ROW_UNKNOWN_T2: {
    en: 'No cloud reseller "{{target}}" in the local data. Sync resellers or correct the row.',
    'zh-CN': '本地数据中没有云经销商“{{target}}”。请同步经销商或修改此行。',
  },
  PLAN_ROW_DUPLICATE: {
    en: 'Same counterparty as row {{other}}. Combine the rows or remove one.',
    'zh-CN': '与第 {{other}} 行的对象相同。请合并或删除其中一行。',
  },
  PLAN_ROW_AMOUNT_EMPTY: {
    en: 'Enter an amount.',
    'zh-CN': '请填写金额。',
  },
  PLAN_ROW_AMOUNT_FORMAT: {
    en: '"{{amount}}" is not a number.',
    'zh-CN': '“{{amount}}”不是数字。',
  },
  PLAN_ROW_AMOUNT_NOT_POSITIVE: {
    en: 'The amount must be greater than 0.',
    'zh-CN': '金额必须大于 0。',
  },
  PLAN_ROW_AMOUNT_DECIMALS: {
    en: 'The amount may have at most 2 decimals.',
    'zh-CN': '金额最多保留 2 位小数。',
  },
  PLAN_ROW_AMOUNT_TOO_LARGE: {
    en: 'The amount is too large.',
    'zh-CN': '金额过大。',
  },
  PLAN_ROW_OVER_BALANCE: {
    en: 'Reclaiming {{amount}} is more than the cached balance {{balance}} (as of {{fetchedAt}}).',
    'zh-CN': '回收 {{amount}} 超过了缓存余额 {{balance}}（截至 {{fetchedAt}}）。',
  },
  PLAN_ROW_NO_BALANCE: {
    en: 'No cached balance for this customer. Sync balances before reclaiming.',
    'zh-CN': '没有该客户的缓存余额。回收前请先同步余额。',
  },
  PLAN_ROW_MEMO_TOO_LONG: {
    en: 'The memo may have at most 200 characters.',
    'zh-CN': '备注最多 200 个字符。',
  },
  PLAN_TOTAL_OVER_ALLOCATABLE: {
    en: 'The total {{total}} is more than the allocatable balance {{allocatable}} (balance minus designated amount, as of {{fetchedAt}}).',
    'zh-CN': '合计 {{total}} 超过了可拨款余额 {{allocatable}}（余额减去专款专用金额，截至 {{fetchedAt}}）。',
  },
  PLAN_ALLOCATABLE_UNKNOWN: {
    en: 'The partner’s allocatable balance is not in the local data. Sync balances before saving.',
    'zh-CN': '本地数据中没有伙伴的可拨款余额。保存前请先同步余额。',
  },
  // ---- voucher plans (issue #12) ----
  PLAN_QUOTA_MISSING: {
    en: 'Choose the voucher quota this plan draws on.',
    'zh-CN': '请选择此计划使用的代金券额度。',
  },
  PLAN_QUOTA_UNKNOWN: {
    en: 'No quota "{{quotaId}}" of yours in the local data. Sync vouchers or choose another quota.',
    'zh-CN': '本地数据中没有您的额度“{{quotaId}}”。请同步代金券或选择其他额度。',
  },
  PLAN_T2_QUOTA_UNKNOWN: {
    en: 'No quota "{{quotaId}}" of cloud reseller {{t2}} in the local data: issuing to a reseller’s customers draws on a quota you granted that reseller.',
    'zh-CN': '本地数据中没有云经销商 {{t2}} 的额度“{{quotaId}}”：向经销商的客户发券须使用您下发给该经销商的额度。',
  },
  PLAN_QUOTA_NOT_USABLE: {
    en: 'Quota {{quotaId}} is not usable (status {{status}}; 3 invalid or expired, 4 being adjusted, 5 frozen, 6 reclaimed): nothing can be issued or granted from it.',
    'zh-CN': '额度 {{quotaId}} 不可用（状态 {{status}}；3 失效或过期，4 调整中，5 冻结，6 已回收）：无法从中发券或下发。',
  },
  PLAN_QUOTA_OUT_OF_TIME: {
    en: 'Quota {{quotaId}} is valid from {{from}} to {{to}}; it is not valid now ({{now}}).',
    'zh-CN': '额度 {{quotaId}} 的有效期为 {{from}} 至 {{to}}，当前（{{now}}）不在有效期内。',
  },
  PLAN_TOTAL_OVER_QUOTA: {
    en: 'The total {{total}} is more than the quota’s remaining {{balance}} (as of {{fetchedAt}}).',
    'zh-CN': '合计 {{total}} 超过了额度剩余 {{balance}}（截至 {{fetchedAt}}）。',
  },
  PLAN_T2_UNKNOWN: {
    en: 'No cloud reseller "{{t2}}" in the local data. Sync resellers or clear the field.',
    'zh-CN': '本地数据中没有云经销商“{{t2}}”。请同步经销商或清空此项。',
  },
  PLAN_ROW_FACE_OVER_QUOTA: {
    en: 'The face value {{amount}} is more than the quota’s remaining {{balance}}.',
    'zh-CN': '面额 {{amount}} 超过了额度剩余 {{balance}}。',
  },
  PLAN_ROW_FACE_OUT_OF_LIMITS: {
    en: 'The quota allows face values from {{min}} to {{max}} per voucher; {{amount}} is outside.',
    'zh-CN': '该额度每张券的面额须在 {{min}} 至 {{max}} 之间；{{amount}} 不在范围内。',
  },
  PLAN_ROW_CUSTOMER_NOT_OF_T2: {
    en: '{{name}} is not a customer of cloud reseller {{t2}}, the plan’s issuer.',
    'zh-CN': '{{name}}不是本计划发券方云经销商 {{t2}} 的客户。',
  },
  PLAN_ROW_CUSTOMER_OF_T2: {
    en: '{{name}} belongs to cloud reseller {{t2}}: make a plan for that reseller (its quota) to issue to them.',
    'zh-CN': '{{name}}属于云经销商 {{t2}}：请为该经销商（使用其额度）单独建立计划发券。',
  },
  PLAN_ROW_VALIDITY_FORMAT: {
    en: '"{{value}}" is not a UTC time such as 2026-01-31T16:00:00Z.',
    'zh-CN': '“{{value}}”不是 UTC 时间（例如 2026-01-31T16:00:00Z）。',
  },
  PLAN_ROW_VALIDITY_ORDER: {
    en: 'The voucher would expire ({{expire}}) before it becomes valid ({{valid}}).',
    'zh-CN': '代金券的失效时间（{{expire}}）早于生效时间（{{valid}}）。',
  },
  PLAN_ROW_VALIDITY_OUTSIDE_QUOTA: {
    en: 'The validity must lie inside the quota’s, {{from}} to {{to}}.',
    'zh-CN': '代金券有效期必须在额度有效期（{{from}} 至 {{to}}）之内。',
  },
  PLAN_ROW_COUPON_EMPTY: {
    en: 'Enter a voucher (coupon) id.',
    'zh-CN': '请填写代金券 ID。',
  },
  PLAN_ROW_UNKNOWN_COUPON: {
    en: 'No issued voucher "{{target}}" in the local data. Sync vouchers or correct the row.',
    'zh-CN': '本地数据中没有已发放的代金券“{{target}}”。请同步代金券或修改此行。',
  },
  PLAN_ROW_COUPON_RECLAIMED: {
    en: 'Voucher {{couponId}} has already been reclaimed.',
    'zh-CN': '代金券 {{couponId}} 已被回收。',
  },
  PLAN_ROW_COUPON_EXPIRED: {
    en: 'Voucher {{couponId}} has expired: there is nothing to reclaim.',
    'zh-CN': '代金券 {{couponId}} 已过期：没有可回收的余额。',
  },
  PLAN_ROW_COUPON_USED: {
    en: 'Voucher {{couponId}} is used up: there is nothing to reclaim.',
    'zh-CN': '代金券 {{couponId}} 已用完：没有可回收的余额。',
  },
  PLAN_ROW_CHILD_QUOTA_EMPTY: {
    en: 'Enter a cloud reseller’s quota id.',
    'zh-CN': '请填写云经销商的额度 ID。',
  },
  PLAN_ROW_UNKNOWN_CHILD_QUOTA: {
    en: 'No quota "{{target}}" granted to a cloud reseller in the local data. Sync vouchers or correct the row.',
    'zh-CN': '本地数据中没有下发给云经销商的额度“{{target}}”。请同步代金券或修改此行。',
  },
  PLAN_ROW_CHILD_QUOTA_RECLAIMED: {
    en: 'Quota {{quotaId}} of {{t2}} has already been reclaimed.',
    'zh-CN': '{{t2}} 的额度 {{quotaId}} 已被回收。',
  },
  PLAN_ROW_CHILD_QUOTA_NOT_USABLE: {
    en: 'Quota {{quotaId}} of {{t2}} cannot be reclaimed now (status {{status}}; 3 invalid or expired, 4 being adjusted, 5 frozen).',
    'zh-CN': '{{t2}} 的额度 {{quotaId}} 当前无法回收（状态 {{status}}；3 失效或过期，4 调整中，5 冻结）。',
  },
  PLAN_ROW_NOTHING_LEFT: {
    en: 'Nothing is left on {{id}} (balance {{balance}} as of {{fetchedAt}}).',
    'zh-CN': '{{id}} 已无余额（截至 {{fetchedAt}} 余额为 {{balance}}）。',
  },
  PLAN_ROW_RESOLVES_DIFFERENTLY: {
    en: 'The plan file says "{{target}}" is {{theirs}}, but in your local data it is {{ours}}. Do not approve until you know which is right.',
    'zh-CN': '计划文件称“{{target}}”是 {{theirs}}，但在您的本地数据中它是 {{ours}}。在确认哪一个正确之前请勿审批。',
  },
  PLAN_REVIEW_CONTENT_DIFFERS: {
    en: 'Checked against your local data, this plan is not the content the author exported (hash {{fileHash}} in the file, {{localHash}} here). See the rows marked; sync and import the file again, or ask the author.',
    'zh-CN': '按您的本地数据核对后，此计划与制单人导出的内容不一致（文件中哈希 {{fileHash}}，本地为 {{localHash}}）。请查看标出的行；同步后重新导入文件，或联系制单人。',
  },
  // ---- channel errors ----
  PLAN_NOT_FOUND: {
    en: 'The plan "{{id}}" does not exist (any more).',
    'zh-CN': '计划“{{id}}”不存在（或已删除）。',
  },
  PLAN_ROW_NOT_FOUND: {
    en: 'Row {{index}} is not in this plan.',
    'zh-CN': '此计划中没有第 {{index}} 行。',
  },
  PLAN_NOT_EDITABLE: {
    en: 'This plan can no longer be changed ({{status}}). Copy it into a new plan to change it.',
    'zh-CN': '此计划已不能修改（{{status}}）。如需修改，请另建新计划。',
  },
  PLAN_WRONG_STATE: {
    en: 'This is not possible while the plan is {{status}}.',
    'zh-CN': '计划处于“{{status}}”状态时不能执行此操作。',
  },
  PLAN_HAS_ERRORS: {
    en: '{{count}} problem(s) must be fixed first.',
    'zh-CN': '请先修正 {{count}} 个问题。',
  },
  PLAN_EMPTY: {
    en: 'The plan has no rows.',
    'zh-CN': '计划中没有任何行。',
  },
  PLAN_FILE_UNREADABLE: {
    en: 'Could not read "{{fileName}}" as CSV or XLSX ({{reason}}).',
    'zh-CN': '无法将“{{fileName}}”读取为 CSV 或 XLSX（{{reason}}）。',
  },
  PLAN_FILE_EMPTY: {
    en: '"{{fileName}}" has no data rows.',
    'zh-CN': '“{{fileName}}”中没有数据行。',
  },
  PLAN_FILE_COLUMNS: {
    en: 'Could not find the {{missing}} column in "{{fileName}}". Expected a header row with {{expected}}.',
    'zh-CN': '在“{{fileName}}”中找不到“{{missing}}”列。表头应包含：{{expected}}。',
  },
  PLAN_FILE_TOO_LARGE: {
    en: '"{{fileName}}" is {{mb}} MB; a plan sheet may be at most {{maxMb}} MB. Keep only the plan\'s rows, or split it into several plans.',
    'zh-CN': '“{{fileName}}”大小为 {{mb}} MB；计划表格最大 {{maxMb}} MB。请只保留计划的行，或拆分为多个计划。',
  },
  PLAN_FILE_NOT_XLSX: {
    en: '"{{fileName}}" is not an Excel workbook (.xlsx), or it is damaged. Open it in Excel or WPS and save it again as .xlsx, or as CSV.',
    'zh-CN': '“{{fileName}}”不是 Excel 工作簿（.xlsx），或已损坏。请用 Excel 或 WPS 打开后重新另存为 .xlsx 或 CSV。',
  },
  PLAN_FILE_COMPRESSION_RATIO: {
    en: '"{{fileName}}" was not opened: part of it is compressed {{ratio}} to 1, far beyond any real spreadsheet (at most {{maxRatio}} to 1), as in a zip bomb. Save the plan\'s sheet alone as a new XLSX or as CSV.',
    'zh-CN': '“{{fileName}}”未打开：其中部分内容的压缩比为 {{ratio}}:1，远超正常表格（最多 {{maxRatio}}:1），疑似压缩炸弹。请将计划所在的工作表单独另存为新的 XLSX 或 CSV。',
  },
  PLAN_FILE_UNPACKED_TOO_LARGE: {
    en: '"{{fileName}}" unpacks to more than {{maxMb}} MB, far more than a plan sheet needs; it was not opened. Save the plan\'s sheet alone as a new XLSX or as CSV.',
    'zh-CN': '“{{fileName}}”解压后超过 {{maxMb}} MB，远超计划表格所需，未打开。请将计划所在的工作表单独另存为新的 XLSX 或 CSV。',
  },
  PLAN_FILE_TOO_MANY_ROWS: {
    en: 'A plan may have at most {{max}} rows.',
    'zh-CN': '一个计划最多 {{max}} 行。',
  },
  PLAN_FILE_INVALID: {
    en: 'This is not a Partner Desk plan or approval file ({{reason}}).',
    'zh-CN': '这不是 Partner Desk 的计划文件或审批文件（{{reason}}）。',
  },
  PLAN_FILE_TAMPERED: {
    en: 'The plan file was changed after it was exported: its content does not match its hash. Do not use it; ask the author for a fresh export.',
    'zh-CN': '计划文件在导出后被修改过：内容与其哈希值不符。请勿使用，请让制单人重新导出。',
  },
  PLAN_ALREADY_EXISTS: {
    en: 'This plan is already here ({{id}}).',
    'zh-CN': '此计划已存在（{{id}}）。',
  },
  PLAN_APPROVER_IS_AUTHOR: {
    en: '{{operator}} wrote this plan and cannot also approve it. A second operator must approve.',
    'zh-CN': '{{operator}} 是此计划的制单人，不能自行审批，须由另一位操作员审批。',
  },
  PLAN_CHANGED_SINCE_VIEWED: {
    en: 'The plan changed since you opened it. Review it again before approving.',
    'zh-CN': '您打开计划后，计划已被修改。请重新审阅后再审批。',
  },
  PLAN_APPROVAL_MISMATCH: {
    en: 'The approval is for different content (hash {{approvedHash}}) than this plan now has ({{currentHash}}). The plan was changed or the approval was tampered with; it is void.',
    'zh-CN': '该审批对应的内容（哈希 {{approvedHash}}）与此计划当前内容（{{currentHash}}）不同。计划已被修改或审批被篡改，审批无效。',
  },
  PLAN_NOT_APPROVED: {
    en: 'This plan needs a signed approval by a second operator whose key is in this account’s approver roster before it can run.',
    'zh-CN': '此计划须经第二位操作员签名审批（其密钥须在本账号的审批人名单中）后才能执行。',
  },
  PLAN_APPROVAL_UNSIGNED: {
    en: 'This approval carries no signature (an older or hand-written file). Ask the approver to approve again in this version and send the new approval file.',
    'zh-CN': '此审批没有签名（旧版本或手工编写的文件）。请审批人在当前版本中重新审批并发送新的审批文件。',
  },
  PLAN_APPROVAL_SIGNATURE_INVALID: {
    en: 'The approval’s signature does not verify: the file was forged or changed after it was signed. It is refused.',
    'zh-CN': '审批签名校验失败：文件系伪造或签名后被修改，已拒绝。',
  },
  PLAN_APPROVAL_KEY_NOT_ENROLLED: {
    en: 'The approval was signed with a key ({{fingerprint}}) that is not in this account’s approver roster. Enrol the approver’s key file in Approvers first.',
    'zh-CN': '审批所用的密钥（{{fingerprint}}）不在本账号的审批人名单中。请先在“审批人”中导入该审批人的密钥文件。',
  },
  PLAN_APPROVAL_AUTHOR_KEY: {
    en: 'The approval was signed with the author’s own key ({{fingerprint}}). A second operator must approve with their own key.',
    'zh-CN': '审批使用的是制单人自己的密钥（{{fingerprint}}）。须由另一位操作员用其本人密钥审批。',
  },
  PLAN_APPROVAL_OTHER_ACCOUNT: {
    en: 'The approval is for partner account {{theirs}}, not this profile’s account {{ours}}.',
    'zh-CN': '该审批针对伙伴账号 {{theirs}}，而非当前配置的账号 {{ours}}。',
  },
  PLAN_FILE_OTHER_ACCOUNT: {
    en: 'The plan file is for partner account {{theirs}}; the active profile is account {{ours}}. Switch to that account’s profile to review it.',
    'zh-CN': '该计划文件属于伙伴账号 {{theirs}}；当前配置为账号 {{ours}}。请切换到该账号的配置后再审阅。',
  },
  PLAN_SIGNING_KEY_UNREADABLE: {
    en: 'The keychain holds something for {{operator}}’s signing key that is not a usable key. Remove the entry "operator-key:{{operator}}" from the keychain, then create a new key.',
    'zh-CN': '钥匙串中 {{operator}} 的签名密钥条目不可用。请从钥匙串删除条目“operator-key:{{operator}}”，然后新建密钥。',
  },
  PLAN_KEY_FILE_INVALID: {
    en: 'This is not a Partner Desk approver key file ({{reason}}).',
    'zh-CN': '这不是 Partner Desk 的审批人密钥文件（{{reason}}）。',
  },
  PLAN_APPROVER_ALREADY_ENROLLED: {
    en: 'This key ({{fingerprint}}) is already in the roster, for {{operator}}.',
    'zh-CN': '该密钥（{{fingerprint}}）已在名单中，属于 {{operator}}。',
  },
  PLAN_APPROVER_NOT_FOUND: {
    en: 'No approver with key {{fingerprint}} in the roster.',
    'zh-CN': '名单中没有密钥为 {{fingerprint}} 的审批人。',
  },
  PLAN_POLICY_LIMIT_INVALID: {
    en: '"{{amount}}" is not a valid limit: enter an amount greater than 0 with at most 2 decimals, or leave it empty for no limit.',
    'zh-CN': '“{{amount}}”不是有效的限额：请输入大于 0 且最多 2 位小数的金额，留空表示不设限额。',
  },
  PLAN_EXECUTION_UNAVAILABLE: {
    en: 'Money operations are not available right now ({{reason}}). The plan is kept; try again when connected.',
    'zh-CN': '当前无法执行资金操作（{{reason}}）。计划已保留，请在连接后重试。',
  },
} as const satisfies Catalog;
