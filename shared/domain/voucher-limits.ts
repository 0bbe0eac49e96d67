// A voucher quota in words, for the operator who picks one to issue from: its type, what is
// left of it, how long it is valid and what its restrictions (`limit_infos`, spec §6.7) allow,
// in English and Chinese. Pure: the caller passes how it writes times (operator's zone).
import { formatMoney } from './money';

export type LimitLanguage = 'en' | 'zh-CN';

export interface LimitValue {
  readonly value1: string | null;
  readonly value2: string | null;
}

export interface LimitInfoLike {
  readonly key: string;
  readonly values: readonly LimitValue[];
}

/** The restrictions as the store keeps them (JSON text of LimitInfoLike[]); null when absent or damaged. */
export function parseLimitInfos(value: unknown): LimitInfoLike[] | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as LimitInfoLike[]) : null;
  } catch {
    return null;
  }
}

type Words = Readonly<Record<LimitLanguage, string>>;
const w = (en: string, zh: string): Words => ({ en, 'zh-CN': zh });

/** chargeScene values (§6.7). */
const CHARGE_SCENES: Readonly<Record<string, Words>> = {
  '0': w('yearly/monthly (any)', '包年/包月（任意）'),
  '1': w('yearly', '包年'),
  '2': w('monthly', '包月'),
  '5': w('pay-per-use', '按需'),
  '6': w('general', '通用'),
  '7': w('one-off', '一次性'),
  '8': w('reserved instance', '预留实例'),
};

/** Names of common service type codes; any other code is shown as it is. */
const SERVICE_NAMES: Readonly<Record<string, Words>> = {
  'hws.service.type.ec2': w('Elastic Cloud Server', '弹性云服务器'),
  'hws.service.type.ebs': w('Elastic Volume Service', '云硬盘'),
  'hws.service.type.obs': w('Object Storage Service', '对象存储服务'),
  'hws.service.type.vpc': w('Virtual Private Cloud', '虚拟私有云'),
  'hws.service.type.rds': w('Relational Database Service', '云数据库 RDS'),
  'hws.service.type.cdn': w('Content Delivery Network', 'CDN'),
};

const QUOTA_TYPES: Readonly<Record<string, Words>> = {
  '0': w('Voucher quota', '代金券额度'),
  '1': w('Cash-coupon quota', '现金券额度'),
};

const QUOTA_STATUS: Readonly<Record<string, Words>> = {
  '0': w('normal', '正常'),
  '3': w('invalid', '失效'),
  '4': w('being adjusted', '调整中'),
  '5': w('frozen', '冻结'),
  '6': w('reclaimed', '已回收'),
};

const sep = (lang: LimitLanguage) => (lang === 'en' ? ', ' : '、');
const colon = (lang: LimitLanguage) => (lang === 'en' ? ': ' : '：');

function firsts(values: readonly LimitValue[]): string[] {
  return values.map((v) => (v.value1 ?? '').trim()).filter((v) => v !== '');
}

function serviceName(code: string, lang: LimitLanguage): string {
  const name = SERVICE_NAMES[code]?.[lang];
  return name ? `${name} (${code})` : code;
}

/** ¥1,234.56 in both languages; text that is not an amount is shown as it came. */
function amountText(value: string | null, currency: 'CNY' | 'USD'): string | null {
  const v = (value ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(v)) return v || null;
  return formatMoney(v, { currency });
}

function listed(label: Words, items: readonly string[], lang: LimitLanguage): string {
  return `${label[lang]}${colon(lang)}${items.join(sep(lang))}`;
}

type Describe = (values: readonly LimitValue[], lang: LimitLanguage, currency: 'CNY' | 'USD') => string | null;

const DESCRIBERS: Readonly<Record<string, Describe>> = {
  chargeScene: (values, lang) => {
    const scenes = firsts(values);
    // "empty = unrestricted" (§6.7): no line at all rather than a restriction that allows everything.
    if (scenes.length === 0) return null;
    return listed(w('Billing modes', '计费模式'), scenes.map((s) => CHARGE_SCENES[s]?.[lang] ?? s), lang);
  },
  serviceType: (values, lang) => listed(w('Only for services', '仅限云服务'), firsts(values).map((c) => serviceName(c, lang)), lang),
  serviceTypeBlackList: (values, lang) => listed(w('Not for services', '不可用于云服务'), firsts(values).map((c) => serviceName(c, lang)), lang),
  regionCode: (values, lang) =>
    listed(
      w('Only in regions', '仅限区域'),
      values.map((v) => (v.value2 ? `${v.value2} (${v.value1 ?? ''})` : (v.value1 ?? ''))).filter(Boolean),
      lang,
    ),
  // Product ids come comma-separated in value1 (§6.7), possibly over several values.
  productId: (values, lang) =>
    listed(w('Only for products', '仅限产品'), firsts(values).flatMap((v) => v.split(',').map((p) => p.trim()).filter(Boolean)), lang),
  usageTimes: (values, lang) => {
    const n = firsts(values)[0] ?? '0';
    if (n === '0') return w('Usable any number of times', '可多次使用，不限次数')[lang];
    if (n === '1') return w('Usable once', '仅可使用一次')[lang];
    return lang === 'en' ? `Usable ${n} times` : `可使用 ${n} 次`;
  },
  simultaneousUseWithEmpowerDiscount: (values, lang) =>
    (firsts(values)[0] === '1' ? w('Can be combined with discounts', '可与折扣同时使用') : w('Cannot be combined with discounts', '不可与折扣同时使用'))[lang],
  minConsumeDiscount: (values, lang) =>
    lang === 'en'
      ? `Combined with a discount only when the customer's discount rate is at least ${firsts(values)[0] ?? '?'}`
      : `客户折扣率不低于 ${firsts(values)[0] ?? '?'} 时才可与折扣同时使用`,
  isOnlyForStrictSelected: (values, lang) =>
    (firsts(values)[0] === '0'
      ? w('Also for products outside the marketplace strict selection', '不限于云市场严选商品')
      : w('Only for marketplace strict-selection products', '仅限云市场严选商品'))[lang],
  accumulativeConsumption: (values, lang, currency) => {
    const v = amountText(firsts(values)[0] ?? null, currency) ?? '?';
    return lang === 'en' ? `Consumption before association: ${v}` : `关联前累计消费：${v}`;
  },
  // §6.7 names order-amount limits without their key; we read these two spellings [INF].
  orderAmount: (values, lang, currency) => range(w('Order amount', '订单金额'), values[0], lang, currency),
  orderAmountLimit: (values, lang, currency) => range(w('Order amount', '订单金额'), values[0], lang, currency),
  // Issue rules the sandbox (and, we assume, Huawei's quota settings) shows as limit_infos [INF].
  faceValueRange: (values, lang, currency) => range(w('Face value per voucher', '每张面额'), values[0], lang, currency),
  maxCouponsPerCustomer: (values, lang) =>
    lang === 'en' ? `At most ${firsts(values)[0] ?? '?'} vouchers per customer` : `每位客户最多 ${firsts(values)[0] ?? '?'} 张`,
  maxFaceValuePerCustomer: (values, lang, currency) => {
    const v = amountText(firsts(values)[0] ?? null, currency) ?? '?';
    return lang === 'en' ? `At most ${v} per customer in total` : `每位客户累计最多 ${v}`;
  },
  firstAssociatedCustomerOnly: (_values, lang) => w('Only for customers associated with a partner for the first time', '仅限首次关联伙伴的客户')[lang],
  designatedCustomers: (values, lang) => {
    const ids = firsts(values);
    return lang === 'en'
      ? `Only for ${ids.length} designated customer${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`
      : `仅限 ${ids.length} 位指定客户：${ids.join('、')}`;
  },
};

function range(label: Words, v: LimitValue | undefined, lang: LimitLanguage, currency: 'CNY' | 'USD'): string | null {
  const low = amountText(v?.value1 ?? null, currency);
  const high = amountText(v?.value2 ?? null, currency);
  if (!low && !high) return null;
  const text =
    low && high
      ? lang === 'en' ? `${low} to ${high}` : `${low} 至 ${high}`
      : low
        ? lang === 'en' ? `at least ${low}` : `不低于 ${low}`
        : lang === 'en' ? `at most ${high}` : `不高于 ${high}`;
  return `${label[lang]}${colon(lang)}${text}`;
}

/** One restriction in words; an unknown key is shown as "key: value1/value2, …" so nothing is hidden. */
export function describeLimit(limit: LimitInfoLike, lang: LimitLanguage, currency: 'CNY' | 'USD' = 'CNY'): string | null {
  const describe = DESCRIBERS[limit.key];
  if (describe) return describe(limit.values, lang, currency);
  const values = limit.values.map((v) => [v.value1, v.value2].filter((x) => x !== null && x !== '').join('/')).filter(Boolean);
  return `${limit.key || '?'}${colon(lang)}${values.length ? values.join(sep(lang)) : '—'}`;
}

/** Every restriction of a quota in words, in the order the API listed them; [] when there are none. */
export function describeLimits(limits: readonly LimitInfoLike[] | null | undefined, lang: LimitLanguage, currency: 'CNY' | 'USD' = 'CNY'): string[] {
  return (limits ?? []).map((l) => describeLimit(l, lang, currency)).filter((s): s is string => s !== null);
}

export interface QuotaLike {
  readonly quotaType: number | null;
  readonly quotaStatus: number | null;
  readonly quotaValue: string | null;
  readonly balance: string | null;
  readonly currency: string | null;
  readonly effectiveTime: string | null;
  readonly expireTime: string | null;
  readonly limitInfos: readonly LimitInfoLike[] | null;
}

export interface QuotaWords {
  readonly type: string;
  readonly status: string;
  readonly remaining: string;
  readonly validity: string;
  readonly restrictions: readonly string[];
}

/** A quota in words; `time` writes an ISO instant the way the screen shows times. */
export function describeQuota(q: QuotaLike, lang: LimitLanguage, time: (iso: string) => string): QuotaWords {
  const currency = q.currency === 'USD' ? 'USD' : 'CNY';
  const type = QUOTA_TYPES[String(q.quotaType)]?.[lang] ?? (lang === 'en' ? `Quota type ${q.quotaType ?? '?'}` : `额度类型 ${q.quotaType ?? '?'}`);
  const status = QUOTA_STATUS[String(q.quotaStatus)]?.[lang] ?? String(q.quotaStatus ?? '?');
  const left = amountText(q.balance, currency) ?? '?';
  const total = amountText(q.quotaValue, currency);
  const remaining = total ? (lang === 'en' ? `${left} left of ${total}` : `剩余 ${left}，共 ${total}`) : lang === 'en' ? `${left} left` : `剩余 ${left}`;
  const from = q.effectiveTime ? time(q.effectiveTime) : null;
  const to = q.expireTime ? time(q.expireTime) : null;
  const validity =
    from && to
      ? lang === 'en' ? `Valid from ${from} to ${to}` : `有效期 ${from} 至 ${to}`
      : to
        ? lang === 'en' ? `Valid until ${to}` : `有效期至 ${to}`
        : from
          ? lang === 'en' ? `Valid from ${from}` : `自 ${from} 起有效`
          : lang === 'en' ? 'Validity not stated' : '未注明有效期';
  const restrictions = describeLimits(q.limitInfos, lang, currency);
  return { type, status, remaining, validity, restrictions: restrictions.length ? restrictions : [lang === 'en' ? 'No restrictions' : '无使用限制'] };
}
