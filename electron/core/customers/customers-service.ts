// Customers use cases over the active profile: live identity checks, verification codes,
// creating a customer through the write engine (journaled with a generated xaccount_id before
// sending; a lost answer is reconciled by looking the customer up, never by creating it again),
// following its association, and — on the international site — freeze, unfreeze and budgets.
import { randomUUID } from 'node:crypto';
import type {
  CodeSent, CreateCustomerInput, CustomerBudgetView, CustomerCreationView, CustomerWritePreview, IdentityCheck, IdentityKind,
} from '../../../shared/contract/channels/customers';
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import { AppError } from '../../../shared/contract/errors';
import { parseAmount } from '../../../shared/domain/money';
import { CODE_VALID_MINUTES, emailProblem, loginNameProblem, mobileProblem, RESEND_AFTER_SECONDS, SMS_PER_HOUR } from '../../../shared/domain/customer-rules';
import { NOT_ON_SITE_REASON } from '../../../shared/domain/operations';
import type { PartnerApi } from '../infra/partner-api';
import type { MoneyRuntime, MoneySession } from '../money/runtime';
import { voucherConfirmedFields } from '../vouchers/confirm';
import { AssociationCache, creationView, GIVE_UP_MS, POLL_MS } from './creations';
import { checkCreateFields, fieldError, notOnSite } from './fields';
import { xaccountTypeOf } from './xaccount-type';

export interface CustomersDeps {
  readonly money: MoneyRuntime;
  /** Called when a created customer is associated (the local store takes it). */
  readonly onAssociated?: (customer: { customerId: string; indirectPartnerId: string | null }, api: PartnerApi) => void;
  readonly now?: () => Date;
}

type Site = 'cn' | 'intl';
const siteOf = (m: MoneySession): Site => (m.session.profile.site === 'intl' ? 'intl' : 'cn');
const apiOf = (m: MoneySession): PartnerApi => m.session.api as PartnerApi;

const INTL_ONLY = (what: { en: string; zh: string }) => notOnSite('cn', what, { en: NOT_ON_SITE_REASON.cn.en, zh: NOT_ON_SITE_REASON.cn['zh-CN'] });

export function createCustomersService(deps: CustomersDeps) {
  const now = deps.now ?? (() => new Date());
  const cache = new AssociationCache();
  /** Codes sent per receiver (ms), this process: the resend interval and the hourly limit. */
  const sends = new Map<string, number[]>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const confirm = (channel: string, money: MoneySession, input: object, summary: CustomerWritePreview['summary']): CustomerWritePreview => {
    const { token, expiresAt } = deps.money.confirmations.issue(voucherConfirmedFields(channel as never, money.session.profile.id, input as Record<string, unknown>));
    return { summary, confirmation: token, expiresAt };
  };

  async function checkIdentity(kind: IdentityKind, value: string): Promise<IdentityCheck> {
    const money = deps.money.require();
    const problem = kind === 'name' ? loginNameProblem(value) : kind === 'mobile' ? mobileProblem(value) : emailProblem(value);
    if (problem) throw fieldError(kind === 'name' ? 'accountName' : kind, problem);
    // §3.1: a mobile is searched as 0086-<number>; only 0086 is supported.
    const r = await apiOf(money).customers.checkUserIdentity(
      kind === 'mobile' ? { search_type: 'mobile', search_value: `0086-${value}` } : { search_type: kind, search_value: value },
    );
    const remaining = r.mobile_remain_available_num ?? null;
    const taken = r.check_result === 'used_by_user' || (kind === 'mobile' && remaining === 0);
    return { kind, value, result: taken ? 'taken' : 'available', remaining, checkedAt: now().toISOString() };
  }

  async function sendCode(input: { mobile: string } | { email: string }): Promise<CodeSent> {
    const money = deps.money.require();
    const site = siteOf(money);
    const byMail = 'email' in input;
    if (byMail && site === 'cn') throw notOnSite('cn', { en: 'An e-mail code', zh: '邮箱验证码' }, { en: 'the China site sends codes by SMS only (§3.2).', zh: '中国站只发送短信验证码（§3.2）。' });
    if (!byMail && site === 'intl') throw notOnSite('intl', { en: 'An SMS code', zh: '短信验证码' }, { en: 'the international site sends codes by e-mail (§3.3).', zh: '国际站通过邮箱发送验证码（§3.3）。' });
    const receiver = byMail ? input.email.toLowerCase() : input.mobile;
    const problem = byMail ? emailProblem(receiver) : mobileProblem(receiver);
    if (problem) throw fieldError(byMail ? 'email' : 'mobile', problem);
    const t = now().getTime();
    const recent = (sends.get(receiver) ?? []).filter((x) => x > t - 3_600_000);
    const last = recent.at(-1);
    if (last !== undefined && t - last < RESEND_AFTER_SECONDS * 1000) {
      throw new AppError('CUSTOMER_CODE_TOO_SOON', { receiver, sentAt: new Date(last).toISOString(), resendAt: new Date(last + RESEND_AFTER_SECONDS * 1000).toISOString() });
    }
    if (recent.length >= SMS_PER_HOUR) throw new AppError('CUSTOMER_CODE_LIMIT', { receiver, count: recent.length });
    const minutes = byMail ? CODE_VALID_MINUTES.email : CODE_VALID_MINUTES.sms;
    await apiOf(money).customers.sendVerificationMessageCode(
      byMail ? { receiver_type: 2, email: receiver, timeout: minutes } : { receiver_type: 1, mobile_phone: receiver, timeout: minutes },
    );
    recent.push(t);
    sends.set(receiver, recent);
    return {
      receiver, sentAt: new Date(t).toISOString(), resendAt: new Date(t + RESEND_AFTER_SECONDS * 1000).toISOString(),
      expiresAt: new Date(t + minutes * 60_000).toISOString(), sentLastHour: recent.length,
    };
  }

  /** Offline rules, the T2 a T1 must name, then live: the login name and the contact still free. */
  async function checkCreate(input: CreateCustomerInput, money: MoneySession): Promise<CreateCustomerInput> {
    const checked = checkCreateFields(input, siteOf(money));
    if (money.role === 'T1' && !checked.indirectPartnerId) throw new AppError('CUSTOMER_T2_REQUIRED');
    if ((await checkIdentity('name', checked.accountName)).result === 'taken') throw new AppError('CUSTOMER_NAME_TAKEN', { name: checked.accountName });
    const contact = checked.mobile ? (['mobile', checked.mobile] as const) : checked.email ? (['email', checked.email] as const) : null;
    if (contact && (await checkIdentity(contact[0], contact[1])).result === 'taken') throw new AppError('CUSTOMER_CONTACT_TAKEN', { contact: contact[1] });
    return checked;
  }

  async function previewCreate(input: CreateCustomerInput): Promise<CustomerWritePreview> {
    const money = deps.money.require();
    const c = await checkCreate(input, money);
    const under = c.indirectPartnerId ? ` under cloud reseller ${c.indirectPartnerId}` : '';
    const underZh = c.indirectPartnerId ? `，归属云经销商 ${c.indirectPartnerId}` : '';
    const contact = c.mobile ?? c.email ?? '';
    return confirm('customers.create', money, input, {
      en: `Create the Huawei Cloud account "${c.accountName}"${contact ? ` (login ${contact})` : ''}${under} as a resale customer.`,
      'zh-CN': `创建华为云账号“${c.accountName}”${contact ? `（登录 ${contact}）` : ''}${underZh}，作为代售客户。`,
    });
  }

  async function create(input: CreateCustomerInput & { confirmation?: string }, operator: string): Promise<CustomerCreationView> {
    const money = deps.money.require();
    const { confirmation: _c, ...plain } = input;
    const c = await checkCreate(plain, money);
    // Unique per creation and journaled before sending: the key the lookup finds it by.
    const xaccountId = `pd-${randomUUID()}`;
    const entry = await money.executor.execute({
      operation: 'createCustomer',
      counterpartyId: c.accountName,
      counterpartyName: c.accountName,
      indirectPartnerId: c.indirectPartnerId ?? null,
      amount: '0.00',
      details: {
        xaccountId,
        // The platform identifier Huawei assigns the partner (§3.3 xaccount_type): fixed per partner.
        xaccountType: xaccountTypeOf(money),
        accountName: c.accountName,
        ...(c.mobile ? { mobile: c.mobile } : {}),
        ...(c.email ? { email: c.email } : {}),
        ...(c.domainArea ? { domainArea: c.domainArea } : {}),
        ...(c.marketingOptOut ? { marketingOptOut: true } : {}),
      },
      transient: { ...(c.verificationCode ? { verificationCode: c.verificationCode } : {}), ...(c.password ? { password: c.password } : {}) },
    }, { operator });
    startPolling();
    return check(entry);
  }

  const creationEntries = async (money: MoneySession): Promise<readonly JournalEntryView[]> =>
    (await money.executor.journal.list({ operations: ['createCustomer'] }, 0, 500)).entries;

  /** Re-reads the association of one created customer (done / reconciled-done entries). */
  async function check(entry: JournalEntryView): Promise<CustomerCreationView> {
    const money = deps.money.require();
    if ((entry.state === 'done' || entry.state === 'reconciled-done') && entry.transId && !cache.get(entry.transId)?.listed) {
      const listed = await cache.check(apiOf(money), entry.transId, entry.indirectPartnerId, now).catch(() => false);
      if (listed) deps.onAssociated?.({ customerId: entry.transId, indirectPartnerId: entry.indirectPartnerId }, apiOf(money));
    }
    return creationView(entry, cache, now());
  }

  async function checkCreation(entryId: string, operator: string): Promise<CustomerCreationView> {
    const money = deps.money.require();
    let entry = await money.executor.journal.get(entryId);
    if (!entry || entry.operation !== 'createCustomer') throw new AppError('NOT_FOUND', { what: `customer creation ${entryId}` });
    // A lost answer: look the customer up (reconciliation), never create it again.
    if (entry.state === 'unknown' || entry.state === 'sent' || entry.state === 'pending') {
      try {
        entry = await money.executor.reconcile(entryId, { operator });
      } catch (error) {
        // Not decidable yet (the name is taken but the customer not listed: the association
        // runs) or the reads failed: the creation stays unknown, with the reason shown.
        if (!(error instanceof AppError && error.code === 'MONEY_RECONCILE_FAILED')) throw error;
        return { ...creationView(entry, cache, now()), message: error.message };
      }
    }
    return check(entry);
  }

  async function creations(): Promise<{ creations: CustomerCreationView[] }> {
    const money = deps.money.require();
    return { creations: (await creationEntries(money)).map((e) => creationView(e, cache, now())) };
  }

  /** While a session is open, pending creations are checked every POLL_MS until associated or given up. */
  function startPolling(): void {
    if (timer) return;
    const poll = async (money: MoneySession) => {
      const pending = (await creationEntries(money)).filter(
        (e) => (e.state === 'done' || e.state === 'reconciled-done') && e.transId && !cache.get(e.transId)?.listed && now().getTime() - Date.parse(e.stateAt) < GIVE_UP_MS,
      );
      for (const e of pending) void check(e).catch(() => undefined);
    };
    timer = setInterval(() => {
      const money = deps.money.active;
      // The journal may be unreachable (a team database down): the next tick tries again.
      if (money) poll(money).catch(() => undefined);
    }, POLL_MS);
    timer.unref?.();
  }

  // --- international site: freeze, unfreeze, budgets ---

  const requireIntl = (money: MoneySession, what: { en: string; zh: string }) => {
    if (siteOf(money) !== 'intl') throw INTL_ONLY(what);
  };
  const FREEZE = { en: 'Freezing customers', zh: '冻结客户' };
  const UNFREEZE = { en: 'Unfreezing customers', zh: '解冻客户' };
  const BUDGET = { en: 'Customer budgets', zh: '客户预算' };

  type FreezeIn = { customerIds: string[]; reason: string; type: 'ACCOUNT' | 'ACCOUNT_AND_RESOURCE'; indirectPartnerId?: string | undefined };
  function previewFreeze(input: FreezeIn, freeze: boolean): CustomerWritePreview {
    const money = deps.money.require();
    requireIntl(money, freeze ? FREEZE : UNFREEZE);
    const level = input.type === 'ACCOUNT' ? { en: 'the account', zh: '账号' } : { en: 'the account and its resources', zh: '账号及资源' };
    return confirm(freeze ? 'customers.freeze' : 'customers.unfreeze', money, input, freeze
      ? { en: `Freeze ${level.en} of ${input.customerIds.length} customer(s): ${input.customerIds.join(', ')}. Reason: ${input.reason}`, 'zh-CN': `冻结 ${input.customerIds.length} 个客户的${level.zh}：${input.customerIds.join('、')}。原因：${input.reason}` }
      : { en: `Unfreeze ${level.en} of ${input.customerIds.length} customer(s): ${input.customerIds.join(', ')}. Reason: ${input.reason}`, 'zh-CN': `解冻 ${input.customerIds.length} 个客户的${level.zh}：${input.customerIds.join('、')}。原因：${input.reason}` });
  }

  async function setFrozen(input: FreezeIn, freeze: boolean, operator: string): Promise<{ entries: JournalEntryView[] }> {
    const money = deps.money.require();
    requireIntl(money, freeze ? FREEZE : UNFREEZE);
    const results = await money.executor.executeMany(input.customerIds.map((id) => ({
      operation: freeze ? 'freezeCustomer' as const : 'unfreezeCustomer' as const,
      counterpartyId: id, indirectPartnerId: input.indirectPartnerId ?? null, amount: '0.00',
      details: { freezeType: input.type, remark: input.reason },
    })), { operator });
    const first = results.find((r) => !r.ok);
    if (first && !first.ok && results.every((r) => !r.ok)) throw first.error;
    return { entries: results.flatMap((r) => (r.ok ? [r.entry] : [])) };
  }

  type BudgetIn = { customerId: string; amount: string; budgetType: 'MONTHLY' | 'PACKAGE'; autoFreeze: boolean; cancelPartnerFrozen: boolean; indirectPartnerId?: string | undefined };
  const budgetAmount = (text: string): string => {
    // A budget may be 0 (no spending) but never negative.
    if (text.trim().startsWith('-')) throw new AppError('MONEY_AMOUNT_NOT_POSITIVE', { input: text.slice(0, 40) });
    const parsed = parseAmount(text, { maxDecimals: 2, lenient: true });
    if (!parsed.ok || parsed.value.startsWith('-')) throw new AppError(parsed.ok ? 'MONEY_AMOUNT_NOT_POSITIVE' : 'MONEY_AMOUNT_FORMAT', { input: text.slice(0, 40) });
    return parsed.value;
  };

  function previewBudget(input: BudgetIn): CustomerWritePreview {
    const money = deps.money.require();
    requireIntl(money, BUDGET);
    const amount = budgetAmount(input.amount);
    const kind = input.budgetType === 'MONTHLY' ? { en: 'monthly', zh: '月度' } : { en: 'one-off (package)', zh: '一次性' };
    return confirm('customers.setBudget', money, input, {
      en: `Set a ${kind.en} budget of ${amount} ${money.executor.profile.currency} for customer ${input.customerId}${input.autoFreeze ? '; Huawei freezes the customer when it is used up' : ''}.`,
      'zh-CN': `为客户 ${input.customerId} 设置${kind.zh}预算 ${amount} ${money.executor.profile.currency}${input.autoFreeze ? '；预算用完时华为云自动冻结该客户' : ''}。`,
    });
  }

  async function setBudget(input: BudgetIn, operator: string): Promise<JournalEntryView> {
    const money = deps.money.require();
    requireIntl(money, BUDGET);
    return money.executor.execute({
      operation: 'setBudget', counterpartyId: input.customerId, indirectPartnerId: input.indirectPartnerId ?? null, amount: budgetAmount(input.amount),
      details: { budgetType: input.budgetType, autoFreeze: input.autoFreeze, cancelPartnerFrozen: input.cancelPartnerFrozen },
    }, { operator });
  }

  async function budget(customerId: string, indirectPartnerId?: string): Promise<CustomerBudgetView> {
    const money = deps.money.require();
    requireIntl(money, BUDGET);
    const api = apiOf(money);
    const ip = indirectPartnerId ? { indirect_partner_id: indirectPartnerId } : {};
    const b = await api.intl.showSubCustomerBudget({ customer_id: customerId, ...ip });
    const records = await api.intl.listSubCustomerBudgetRecords({ customer_id: customerId, limit: 20, ...ip });
    return {
      customerId,
      amount: b.budget_amount?.toFixed(2) ?? null,
      used: b.used_amount?.toFixed(2) ?? null,
      budgetType: b.budget_type ?? null,
      currency: b.currency ?? money.executor.profile.currency,
      records: (records.record_list ?? []).map((r) => ({
        amount: r.budget_amount?.toFixed(2) ?? null, budgetType: r.budget_type ?? null, operationType: r.operation_type ?? null,
        operationTime: r.operation_time ?? null, operator: r.operator ?? null,
      })),
      asOf: now().toISOString(),
    };
  }

  return {
    checkIdentity, sendCode, previewCreate, create, creations, checkCreation,
    previewFreeze, setFrozen, previewBudget, setBudget, budget,
    dispose() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}

export type CustomersService = ReturnType<typeof createCustomersService>;
