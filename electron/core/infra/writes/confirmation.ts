// The confirmation token a preview hands out and execute demands: an HMAC (key random per
// process) over the profile, the exact intent and the issue time. Execute recomputes it, so a
// token confirms exactly one operation — not another amount, counterparty or profile — and
// expires after a few minutes. A token is used once: its hash is written to the operations
// file (confirmation_use, unique) by one atomic insert when it is accepted, so neither a
// replay nor two concurrent calls with one token can both pass.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CONFIRMATION_TTL_MS = 10 * 60_000;

export interface ConfirmedFields {
  readonly profileId: string;
  readonly operation: string;
  readonly counterpartyId: string;
  readonly indirectPartnerId: string | null;
  readonly amount: string;
  readonly retryOf: string | null;
}

export interface Confirmations {
  issue(fields: ConfirmedFields): { token: string; expiresAt: string };
  verify(token: string, fields: ConfirmedFields): boolean;
}

/** What is stored of a used token: its hash, never the token. */
export function confirmationHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createConfirmations(now: () => Date = () => new Date(), key: Buffer = randomBytes(32)): Confirmations {
  const mac = (issued: number, f: ConfirmedFields) =>
    createHmac('sha256', key)
      .update(JSON.stringify([issued, f.profileId, f.operation, f.counterpartyId, f.indirectPartnerId, f.amount, f.retryOf]))
      .digest('base64url');
  return {
    issue(fields) {
      const issued = now().getTime();
      return { token: `v1.${issued}.${mac(issued, fields)}`, expiresAt: new Date(issued + CONFIRMATION_TTL_MS).toISOString() };
    },
    verify(token, fields) {
      const [v, issuedText, sig] = token.split('.');
      const issued = Number(issuedText);
      if (v !== 'v1' || !sig || !Number.isSafeInteger(issued)) return false;
      const age = now().getTime() - issued;
      if (age < 0 || age > CONFIRMATION_TTL_MS) return false;
      const expected = Buffer.from(mac(issued, fields));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
