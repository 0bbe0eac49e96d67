// Operator signing keys on their own: a signature verifies only for the exact statement and
// key it was made with; key files are checked before anything is enrolled; the keychain
// entry is made once and never silently replaced.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  generateOperatorKey,
  operatorKeyFromPem,
  readEnrolment,
  signApproval,
  signatureValid,
  writeEnrolment,
  type ApprovalStatement,
} from '../../../electron/core/plans/four-eyes/keys';
import { operatorKeyAccount, operatorKeys } from '../../../electron/core/plans/four-eyes/operator-keys';
import { createMemoryVault } from '../../../electron/core/infra/vault/memory-vault';

const bob = generateOperatorKey('bob');
const statement: ApprovalStatement = { account: 'domain-1', planId: 'plan-1', contentHash: 'a'.repeat(64), approver: 'bob' };

describe('approval signatures', () => {
  it('verify for the statement and key they were made with', () => {
    expect(signatureValid(bob.publicKey, statement, signApproval(bob, statement))).toBe(true);
  });

  it('fail when any field of the statement differs', () => {
    const signature = signApproval(bob, statement);
    const field = fc.constantFrom<keyof ApprovalStatement>('account', 'planId', 'contentHash', 'approver');
    fc.assert(
      fc.property(field, fc.string({ minLength: 1, maxLength: 64 }), (key, value) => {
        fc.pre(value !== statement[key]);
        expect(signatureValid(bob.publicKey, { ...statement, [key]: value }, signature)).toBe(false);
      }),
    );
  });

  it('fail for another key, a forged or truncated signature, and a key that is not Ed25519', () => {
    const signature = signApproval(bob, statement);
    expect(signatureValid(generateOperatorKey('bob').publicKey, statement, signature)).toBe(false);
    expect(signatureValid(bob.publicKey, statement, Buffer.alloc(64, 9).toString('base64'))).toBe(false);
    expect(signatureValid(bob.publicKey, statement, signature.slice(0, 40))).toBe(false);
    expect(signatureValid(bob.publicKey, statement, 'not base64 at all!')).toBe(false);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(signatureValid(ec, statement, signature)).toBe(false);
  });

  it('sign the same text whichever Unicode form a name was typed in', () => {
    const composed = { ...statement, approver: 'Zoë' };
    const decomposed = { ...statement, approver: 'Zoe\u0308' };
    expect(signatureValid(bob.publicKey, decomposed, signApproval(bob, composed))).toBe(true);
  });
});

describe('key files (enrolment)', () => {
  const file = writeEnrolment(bob, new Date(0));

  it('carry the public key only, and read back with the fingerprint of that key', () => {
    expect(file).not.toMatch(/PRIVATE/);
    expect(readEnrolment(file)).toMatchObject({ operator: 'bob', publicKey: bob.publicKey, fingerprint: fingerprintOf(bob.publicKey) });
    expect(readEnrolment(`\uFEFF${file}`).fingerprint).toBe(bob.fingerprint);
  });

  it('are refused when not JSON, of another format, for a key other than they claim, or not Ed25519', () => {
    const refused = (content: string) => {
      try {
        readEnrolment(content);
        return 'accepted';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    const json = JSON.parse(file) as Record<string, string>;
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(refused('{')).toBe('PLAN_KEY_FILE_INVALID');
    expect(refused(JSON.stringify({ ...json, format: 'partner-desk-operator-key/0' }))).toBe('PLAN_KEY_FILE_INVALID');
    expect(refused(JSON.stringify({ ...json, extra: 1 }))).toBe('PLAN_KEY_FILE_INVALID');
    expect(refused(JSON.stringify({ ...json, publicKey: generateOperatorKey('x').publicKey }))).toBe('PLAN_KEY_FILE_INVALID');
    expect(refused(JSON.stringify({ ...json, publicKey: ec, fingerprint: fingerprintOf(ec) }))).toBe('PLAN_KEY_FILE_INVALID');
  });
});

describe('the keychain entry', () => {
  it('is made on first use under the operator’s own account name, and the same key comes back', async () => {
    const vault = createMemoryVault();
    const keys = operatorKeys(vault);
    expect(await keys.find('Alice')).toBeNull();
    const made = await keys.ensure('Alice');
    expect(vault.ids()).toEqual([operatorKeyAccount('alice')]);
    expect((await keys.ensure('alice')).fingerprint).toBe(made.fingerprint);
    expect(operatorKeyFromPem('alice', made.privateKeyPem)?.publicKey).toBe(made.publicKey);
  });

  it('that holds something else is reported, never replaced', async () => {
    const vault = createMemoryVault();
    await vault.setSecret(operatorKeyAccount('alice'), 'not a key');
    await expect(operatorKeys(vault).ensure('alice')).rejects.toMatchObject({ code: 'PLAN_SIGNING_KEY_UNREADABLE' });
    expect(await vault.getSecret(operatorKeyAccount('alice'))).toBe('not a key');
  });

  it('on a machine without a keychain, refuses to sign rather than keep a key anywhere else', async () => {
    const vault = createMemoryVault();
    vault.breakWith('no-secret-service');
    await expect(operatorKeys(vault).ensure('alice')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });
});
