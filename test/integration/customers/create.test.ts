// Creating a customer through the router and its gates against the sandbox (associations take
// the sandbox's realistic 20 s, moved past on the world clock): an SMS code, the creation
// followed until associated, a taken login name refused with its reason, and a lost answer
// looked up — never created twice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CodeSent, CustomerCreationView } from '../../../shared/contract/channels/customers';
import { DEMO_SP, DEMO_T1, DEMO_T2S, SANDBOX_SMS_CODE, startSandbox, type RunningSandbox } from '../../../electron/sandbox/index';
import { clockFor } from '../money/harness';
import type { WorldClock } from '../../support/world-clock';
import { customersRig } from './harness';

let sb: RunningSandbox;
let clock: WorldClock;
let rig: ReturnType<typeof customersRig>;
let n = 0;

beforeAll(async () => {
  sb = await startSandbox({ customers: 100, seed: 5, rateLimits: false });
  clock = clockFor(sb);
  rig = customersRig(sb, mkdtempSync(join(tmpdir(), 'pd-cust-')), DEMO_SP, clock);
});
afterEach(() => sb.control.clearFaults());
afterAll(async () => {
  rig?.close();
  await sb?.close();
});

const customersWith = (xaccountId: string) => sb.control.sandbox.world.store.customers.filter((c) => c.xaccountId === xaccountId);
const fresh = () => `pd-new-customer-${++n}`;
const passAssociation = () => clock.advance(sb.control.sandbox.associationDelayMs + 1000);

describe('creating a customer', () => {
  it('with a mobile: sends the SMS code (a resend waits 60 s), creates, and follows the association until ListSubCustomers shows it', async () => {
    const mobile = `1390000${String(1000 + n).slice(-4)}`;
    const sent = await rig.call<CodeSent>('customers.sendCode', { mobile });
    expect(Date.parse(sent.resendAt) - Date.parse(sent.sentAt)).toBe(60_000);
    await expect(rig.call('customers.sendCode', { mobile })).rejects.toMatchObject({ code: 'CUSTOMER_CODE_TOO_SOON' });
    const input = { accountName: fresh(), mobile, verificationCode: SANDBOX_SMS_CODE };
    const created = await rig.confirmed<CustomerCreationView>('customers.previewCreate', 'customers.create', input);
    expect(created).toMatchObject({ state: 'pending', accountName: input.accountName, contact: mobile });
    expect(created.xaccountId).toMatch(/^pd-[0-9a-f-]{36}$/);
    expect(customersWith(created.xaccountId)).toHaveLength(1);
    // Still associating: asked again, still pending.
    expect((await rig.call<CustomerCreationView>('customers.checkCreation', { entryId: created.entryId })).state).toBe('pending');
    passAssociation();
    const after = await rig.call<CustomerCreationView>('customers.checkCreation', { entryId: created.entryId });
    expect(after).toMatchObject({ state: 'associated', customerId: created.customerId });
    expect(after.associatedOn).toBeTruthy();
    const listed = await rig.call<{ creations: CustomerCreationView[] }>('customers.creations', undefined);
    expect(listed.creations.find((c) => c.entryId === created.entryId)?.state).toBe('associated');
  });

  it('refuses a taken login name with its reason before anything is created', async () => {
    const taken = sb.control.sandbox.world.store.customers[0]!.accountName;
    const before = sb.control.sandbox.world.store.customers.length;
    await expect(rig.call('customers.previewCreate', { accountName: taken })).rejects.toMatchObject({
      code: 'CUSTOMER_NAME_TAKEN', messages: { en: expect.stringContaining('already taken'), 'zh-CN': expect.stringContaining('已被使用') },
    });
    expect(sb.control.sandbox.world.store.customers.length).toBe(before);
  });

  it('checks every field offline: a bad login name, mobile or code is refused with the rule, nothing sent', async () => {
    await expect(rig.call('customers.previewCreate', { accountName: 'op_admin1' })).rejects.toMatchObject({ code: 'CUSTOMER_FIELD_INVALID', details: { problem: 'nameReserved' } });
    await expect(rig.call('customers.previewCreate', { accountName: fresh(), mobile: '12345' })).rejects.toMatchObject({ code: 'CUSTOMER_FIELD_INVALID', details: { field: 'mobile' } });
    await expect(rig.call('customers.previewCreate', { accountName: fresh(), mobile: '13900001111', verificationCode: '12' })).rejects.toMatchObject({ details: { field: 'verificationCode' } });
    await expect(rig.call('customers.previewCreate', { accountName: fresh(), email: 'a@b.com', domainArea: 'MX' })).rejects.toMatchObject({ code: 'CUSTOMER_NOT_ON_SITE' });
  });

  it('refuses create without the preview’s confirmation (nothing sent)', async () => {
    const before = sb.control.sandbox.world.store.customers.length;
    await expect(rig.call('customers.create', { accountName: fresh() })).rejects.toMatchObject({ code: 'MONEY_CONFIRMATION_REQUIRED' });
    expect(sb.control.sandbox.world.store.customers.length).toBe(before);
  });

  it('a wrong SMS code is Huawei’s documented refusal in plain words: failed, nothing created', async () => {
    const created = await rig.confirmed<CustomerCreationView>('customers.previewCreate', 'customers.create', { accountName: fresh(), mobile: '13700002222', verificationCode: '000000' });
    expect(created).toMatchObject({ state: 'refused', code: 'CBC.99004008' });
  });
});

describe('fault matrix: CreateSubCustomer', () => {
  it('answer lost after commit: unknown, undecided while the association runs, then found by xaccount_id — created once', async () => {
    sb.control.addFault({ operation: 'CreateSubCustomer', kind: 'drop-after-commit', times: 1 });
    const input = { accountName: fresh() };
    const created = await rig.confirmed<CustomerCreationView>('customers.previewCreate', 'customers.create', input);
    expect(created.state).toBe('unknown');
    expect(customersWith(created.xaccountId)).toHaveLength(1);
    // The name is taken but the customer not listed yet: it cannot be decided, nothing re-sent.
    const early = await rig.call<CustomerCreationView>('customers.checkCreation', { entryId: created.entryId });
    expect(early.state).toBe('unknown');
    expect(early.message).toMatch(/association may still be running/);
    // A second create of the same name is refused while the first is unresolved.
    await expect(rig.call('customers.previewCreate', input)).rejects.toMatchObject({ code: 'CUSTOMER_NAME_TAKEN' });
    passAssociation();
    const found = await rig.call<CustomerCreationView>('customers.checkCreation', { entryId: created.entryId });
    expect(found).toMatchObject({ state: 'associated', customerId: customersWith(created.xaccountId)[0]!.id });
    expect(customersWith(created.xaccountId)).toHaveLength(1);
    expect((await rig.money.require().executor.journal.require(created.entryId)).state).toBe('reconciled-done');
  });

  it('lost before commit (connection reset): not applied once the settle time passed — the name is still free', async () => {
    sb.control.addFault({ operation: 'CreateSubCustomer', kind: 'reset', times: 1 });
    const created = await rig.confirmed<CustomerCreationView>('customers.previewCreate', 'customers.create', { accountName: fresh() });
    expect(created.state).toBe('unknown');
    expect(customersWith(created.xaccountId)).toHaveLength(0);
    clock.advance(4 * 60_000);
    const r = await rig.call<CustomerCreationView>('customers.checkCreation', { entryId: created.entryId });
    expect(r.state).toBe('refused');
    expect((await rig.money.require().executor.journal.require(created.entryId)).state).toBe('reconciled-not-applied');
  });
});

describe('a T1 creates under one of its T2s', () => {
  it('needs the T2, then creates the customer bound to it', async () => {
    const t1 = customersRig(sb, mkdtempSync(join(tmpdir(), 'pd-cust-t1-')), DEMO_T1, clock);
    try {
      await expect(t1.call('customers.previewCreate', { accountName: fresh() })).rejects.toMatchObject({ code: 'CUSTOMER_T2_REQUIRED' });
      const t2 = DEMO_T2S[1]!.domainId;
      const created = await t1.confirmed<CustomerCreationView>('customers.previewCreate', 'customers.create', { accountName: fresh(), indirectPartnerId: t2 });
      expect(created).toMatchObject({ state: 'pending', indirectPartnerId: t2 });
      expect(customersWith(created.xaccountId)[0]!.ownerId).toBe(t2);
    } finally {
      t1.close();
    }
  });
});
