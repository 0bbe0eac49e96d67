// The team soak's plans, prepared as a team would: Alice imports each sheet and saves it on
// her workstation, Bob approves it on his (his key enrolled by Alice). Alice approving her own
// plan is tried on every plan and must be refused by the app; on the first plan it is also
// tried with the app's check bypassed (a signed approval written straight to the team store),
// and the server must refuse it (PDF01).
import { LocalStore } from '../../electron/core/infra/store/local-store';
import type { TeamDatabase } from '../../electron/core/infra/team/team-database';
import { createMemoryVault } from '../../electron/core/infra/vault/memory-vault';
import { ApproversService } from '../../electron/core/plans/approvers-service';
import { signApproval } from '../../electron/core/plans/four-eyes/keys';
import { operatorKeys, type OperatorKeys } from '../../electron/core/plans/four-eyes/operator-keys';
import { PlansService } from '../../electron/core/plans/plans-service';
import { storeReferenceSource } from '../../electron/core/plans/store-reference';
import { seedStore } from '../unit/plans/fixtures';

export interface PlanSpec {
  readonly items: readonly { readonly customerId: string; readonly amount: string }[];
}

export interface SelfApprovals {
  readonly tried: number;
  /** Codes the app answered Alice's approvals of her own plans with. */
  readonly byApp: readonly string[];
  /** What the server answered the bypassed one with. */
  readonly byServer: string;
}

interface Desk {
  readonly login: string;
  readonly keys: OperatorKeys;
  readonly plans: PlansService;
  readonly approvers: ApproversService;
}

const codeOf = (e: unknown) => String((e as { code?: unknown }).code ?? e);

/** Alice's plans approved by Bob, and what became of her own approvals. */
export async function preparePlans(
  o: { alice: TeamDatabase; bob: TeamDatabase; logins: { alice: string; bob: string }; account: string; now: () => Date },
  specs: readonly PlanSpec[],
): Promise<{ planIds: string[]; selfApprovals: SelfApprovals }> {
  // Alice's snapshot store knows every customer the plans name (resale customers, funded by the partner).
  const reference = LocalStore.open(':memory:');
  try {
    const customers = specs.flatMap((s) => s.items.map((i) => ({ id: i.customerId, login: `login-${i.customerId}` })));
    seedStore(reference.db, { allocatable: '100000000.00', customers });
    const desk = (login: string, db: TeamDatabase): Desk => {
      const keys = operatorKeys(createMemoryVault());
      const source = { stores: () => db, account: () => o.account, keys, now: o.now };
      return {
        login, keys,
        plans: new PlansService({ ...source, reference: storeReferenceSource(() => reference.db), money: () => null, onProgress: () => undefined }),
        approvers: new ApproversService(source),
      };
    };
    const alice = desk(o.logins.alice, o.alice);
    const bob = desk(o.logins.bob, o.bob);
    await alice.approvers.enrol((await bob.approvers.exportEnrolment(bob.login)).content, alice.login);
    const planIds: string[] = [];
    const byApp: string[] = [];
    let byServer = 'not tried';
    for (const [n, spec] of specs.entries()) {
      const csv = `customer_id,amount,memo\n${spec.items.map((i) => `${i.customerId},${i.amount},soak`).join('\n')}\n`;
      const imported = await alice.plans.importSheet(
        { fileName: `soak-${n}.csv`, kind: 'fund-customers', contentBase64: Buffer.from(csv).toString('base64') }, alice.login,
      );
      const ready = await alice.plans.save({ id: imported.id });
      byApp.push(await alice.plans.approve({ id: ready.id, contentHash: ready.contentHash }, alice.login).then(() => 'APPROVED', codeOf));
      if (n === 0) byServer = await bypassedSelfApproval(alice, o.alice, o.account, ready.id, ready.contentHash, bob.login);
      await bob.plans.approve({ id: ready.id, contentHash: ready.contentHash }, bob.login);
      planIds.push(ready.id);
    }
    return { planIds, selfApprovals: { tried: specs.length, byApp, byServer } };
  } finally {
    reference.close();
  }
}

/** Alice's own signed approval written to the store as if from Bob: only the server is left to refuse it. */
async function bypassedSelfApproval(alice: Desk, db: TeamDatabase, account: string, planId: string, contentHash: string, bob: string): Promise<string> {
  const key = await alice.keys.ensure(alice.login);
  const signature = signApproval(key, { account, planId, contentHash, approver: alice.login });
  return db.plans
    .setApproval(planId, { approver: bob, approvedAt: new Date().toISOString(), contentHash, via: 'local', keyFingerprint: key.fingerprint, signature })
    .then(() => 'APPROVED', codeOf);
}
