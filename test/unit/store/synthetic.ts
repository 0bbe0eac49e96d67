// Many realistic customers for benches and volume tests: Chinese and Latin names, phones,
// e-mails, ids, balances — deterministic for a given seed.
import type { LocalStore } from '../../../electron/core/infra/store/local-store';
import type { WireCustomer, WireCustomerBalance } from '../../../electron/core/infra/store/wire';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏建红文辉力飞斌宇浩凯健俊帆帅旭宁晨阳佳欣怡雪琳晶';
const WORDS = ['云海', '星辰', '华信', '博远', '智联', '恒通', '天成', '瑞丰', '鼎盛', '新创', '数据', '网络', '科技', '信息', '软件'];
const SUFFIX = ['科技有限公司', '网络科技有限公司', '信息技术有限公司', '软件有限公司', '数据服务有限公司'];
const LATIN = ['acme', 'globex', 'initech', 'umbrella', 'stark', 'wayne', 'cyberdyne', 'hooli', 'vandelay', 'massive', 'nimbus', 'orbit'];
const DOMAINS = ['example.com', 'qq.com', '163.com', 'corp.cn', 'mail.example.org'];

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[] | string): T => list[Math.floor(r() * list.length)] as T;

export function syntheticCustomer(i: number, r: () => number): WireCustomer {
  const company = r() < 0.7;
  const name = company
    ? `${pick<string>(r, WORDS)}${pick<string>(r, WORDS)}${pick<string>(r, SUFFIX)}`
    : `${pick<string>(r, SURNAMES)}${pick<string>(r, GIVEN)}${r() < 0.5 ? pick<string>(r, GIVEN) : ''}`;
  const latin = `${pick<string>(r, LATIN)}_${i.toString(36)}`;
  return {
    customer_id: `${(0x10000000 + i).toString(16)}${Math.floor(r() * 1e8).toString(16).padStart(8, '0')}cafe0000beef`,
    account_name: latin,
    customer: r() < 0.9 ? name : null,
    association_type: r() < 0.8 ? '2' : '1',
    verified_status: pick(r, ['-1', '0', '1', '2', '2', '2']),
    customer_type: company ? 1 : 0,
    is_frozen: r() < 0.03 ? 1 : 0,
    telephone: `1${pick(r, ['3', '5', '7', '8'])}${Math.floor(r() * 1e9).toString().padStart(9, '0')}`,
    email: `${latin}@${pick<string>(r, DOMAINS)}`,
    xaccount_id: `X-${i}`,
    label: r() < 0.1 ? 'vip' : null,
  };
}

/** Writes `n` customers (and balances for resale ones) in batches of 1000. */
export function fillCustomers(store: LocalStore, n: number, seed = 1): void {
  const r = rng(seed);
  const ctx = { runId: 'bench', fetchedAt: '2026-01-15T08:00:00Z' };
  for (let start = 0; start < n; start += 1000) {
    const page: WireCustomer[] = [];
    const balances: WireCustomerBalance[] = [];
    for (let i = start; i < Math.min(n, start + 1000); i++) {
      const c = syntheticCustomer(i, r);
      page.push(c);
      if (c.association_type === '2') balances.push({ customer_id: c.customer_id, amount: (Math.floor(r() * 10_000_000) / 100).toFixed(2), debt_amount: '0', currency: 'CNY' });
    }
    store.customers.customers(page, null, ctx);
    store.customers.balances(balances, ctx);
  }
  store.lists.patch('customers', { asOf: ctx.fetchedAt, state: 'done' });
}
