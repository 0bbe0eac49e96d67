import type { Catalog } from './messages';

// Profiles, the keychain and the connection check. No message has a placeholder that could
// carry a secret: details hold ids, field names, codes and reasons only.
export const profilesErrors = {
  PROFILE_NAME_REQUIRED: {
    en: 'Enter a name for this profile.',
    'zh-CN': '请输入配置名称。',
  },
  PROFILE_NAME_TOO_LONG: {
    en: 'The profile name may have at most 64 characters.',
    'zh-CN': '配置名称最多 64 个字符。',
  },
  PROFILE_NAME_TAKEN: {
    en: 'Another profile is already called "{{name}}". Choose a different name.',
    'zh-CN': '已有名为“{{name}}”的配置，请换一个名称。',
  },
  PROFILE_SITE_UNKNOWN: {
    en: 'Choose the China site, the international site, or a custom endpoint.',
    'zh-CN': '请选择中国站、国际站或自定义接入地址。',
  },
  PROFILE_ENDPOINT_INVALID: {
    en: 'The custom endpoint must be a full http:// or https:// address, e.g. https://bss.example.com.',
    'zh-CN': '自定义接入地址必须是完整的 http:// 或 https:// 地址，例如 https://bss.example.com。',
  },
  PROFILE_AK_FORMAT: {
    en: 'The Access Key ID (AK) should be 16–40 capital letters and digits, as shown in the Huawei Cloud console.',
    'zh-CN': '访问密钥 ID（AK）应为 16–40 位大写字母和数字，与华为云控制台显示的一致。',
  },
  PROFILE_DOMAIN_ID_FORMAT: {
    en: 'The account ID (domain ID) should be 16–64 hexadecimal characters, e.g. 0a7c0f2b51d84a6e9c3f1d2e5b6a7c80.',
    'zh-CN': '账号 ID（domain ID）应为 16–64 位十六进制字符，例如 0a7c0f2b51d84a6e9c3f1d2e5b6a7c80。',
  },
  PROFILE_ROLE_UNKNOWN: {
    en: 'Choose the partner role: solution provider or tier-1 distributor (T1).',
    'zh-CN': '请选择伙伴角色：解决方案提供商或总经销商（一级经销商）。',
  },
  PROFILE_SK_REQUIRED: {
    en: 'Enter the Secret Access Key (SK). It is kept in the system keychain only.',
    'zh-CN': '请输入秘密访问密钥（SK）。它只保存在系统钥匙串中。',
  },
  PROFILE_SK_FORMAT: {
    en: 'The Secret Access Key (SK) must not contain spaces and may have at most 256 characters.',
    'zh-CN': '秘密访问密钥（SK）不能包含空格，且最多 256 个字符。',
  },
  PROFILE_NOT_FOUND: {
    en: 'The profile "{{id}}" no longer exists.',
    'zh-CN': '配置“{{id}}”已不存在。',
  },
  PROFILE_BUILTIN_READONLY: {
    en: 'The built-in Sandbox profile cannot be changed or deleted.',
    'zh-CN': '内置的沙箱配置不能修改或删除。',
  },
  PROFILE_SECRET_MISSING: {
    en: 'No SK is stored for the profile "{{name}}". Enter it again to connect.',
    'zh-CN': '配置“{{name}}”没有保存 SK，请重新输入后再连接。',
  },
  NO_ACTIVE_PROFILE: {
    en: 'No profile is active. Choose a profile on the Profiles screen first.',
    'zh-CN': '当前没有启用的配置，请先在“配置”页面选择一个配置。',
  },
  PROFILE_ENDPOINT_UNREACHABLE: {
    en: 'Could not reach {{endpoint}} ({{cause}}). Check the address and your network; nothing was saved.',
    'zh-CN': '无法连接 {{endpoint}}（{{cause}}）。请检查地址和网络；未保存任何内容。',
  },
  PROFILE_SK_REJECTED: {
    en: 'The endpoint rejected the AK/SK (HTTP 401{{apiCode}}). Check that the SK belongs to this AK; nothing was saved.',
    'zh-CN': '接入点拒绝了该 AK/SK（HTTP 401{{apiCode}}）。请确认 SK 与该 AK 匹配；未保存任何内容。',
  },
  PROFILE_ACCESS_DENIED: {
    en: 'The AK/SK is valid but may not call partner APIs (HTTP 403{{apiCode}}). Use the partner account’s credentials or grant the Partner Center permission.',
    'zh-CN': '该 AK/SK 有效，但无权调用伙伴接口（HTTP 403{{apiCode}}）。请使用伙伴账号的凭证，或在伙伴中心授予相应权限。',
  },
  PROFILE_CONNECTION_FAILED: {
    en: 'The connection check failed: {{apiCode}} {{apiMessage}} (HTTP {{status}}).',
    'zh-CN': '连接检查失败：{{apiCode}} {{apiMessage}}（HTTP {{status}}）。',
  },
  KEYCHAIN_UNAVAILABLE: {
    en: 'No system keychain is available ({{reason}}), so Partner Desk cannot store or use an SK. Offline review still works. Start a keyring service (e.g. GNOME Keyring), unlock it, and try again.',
    'zh-CN': '系统钥匙串不可用（{{reason}}），因此 Partner Desk 无法保存或使用 SK。离线查看仍可使用。请启动并解锁钥匙串服务（如 GNOME Keyring）后重试。',
  },
  KEYCHAIN_FAILED: {
    en: 'The system keychain refused to {{operation}} the SK. Nothing was changed.',
    'zh-CN': '系统钥匙串拒绝了 SK 操作（{{operation}}），未做任何更改。',
  },
  SANDBOX_START_FAILED: {
    en: 'The built-in sandbox could not start. (ref {{ref}})',
    'zh-CN': '内置沙箱无法启动。（参考号 {{ref}}）',
  },
  PROFILE_HAS_UNRESOLVED: {
    en: 'Profile "{{name}}" cannot be deleted: its partner account has {{count}} money operation(s) with an unknown outcome. Reconcile them in Activity first; deleting would leave them unresolved.',
    'zh-CN': '无法删除配置“{{name}}”：其伙伴账号有 {{count}} 笔结果未知的资金操作。请先在“活动”中对账；删除会让它们无法确认。',
  },
} as const satisfies Catalog;
