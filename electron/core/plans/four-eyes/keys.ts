// Operator signing keys (Ed25519) and what they sign. An approval is a signature over a
// canonical message naming the partner account, the plan and its content hash, and the
// approver: it cannot be written by hand, edited, or moved to another plan or account.
// Keys travel between workstations only as public enrolment files.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../../shared/contract';

export const ENROLMENT_FORMAT = 'partner-desk-operator-key/1';
export const APPROVAL_MESSAGE_FORMAT = 'partner-desk-plan-approval/2';

export interface OperatorKey {
  readonly operator: string;
  /** PKCS#8 PEM; lives in the OS keychain only. */
  readonly privateKeyPem: string;
  /** SPKI DER, base64. */
  readonly publicKey: string;
  readonly fingerprint: string;
}

/** SHA-256 (hex) of the SPKI DER: what rosters, approvals and screens name a key by. */
export function fingerprintOf(publicKeyBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
}

function publicOf(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

export function generateOperatorKey(operator: string): OperatorKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = publicOf(publicKey);
  return { operator, privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey: pub, fingerprint: fingerprintOf(pub) };
}

/** Rebuilds the key from the keychain's PEM; null when what is stored is not an Ed25519 key. */
export function operatorKeyFromPem(operator: string, pem: string): OperatorKey | null {
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') return null;
    const pub = publicOf(createPublicKey(key));
    return { operator, privateKeyPem: pem, publicKey: pub, fingerprint: fingerprintOf(pub) };
  } catch {
    return null;
  }
}

export interface ApprovalStatement {
  readonly account: string;
  readonly planId: string;
  readonly contentHash: string;
  readonly approver: string;
}

/** Fixed field order, NFC text: the same statement gives the same bytes on every machine. */
export function approvalMessage(s: ApprovalStatement): Buffer {
  const n = (t: string) => t.normalize('NFC');
  return Buffer.from(JSON.stringify([APPROVAL_MESSAGE_FORMAT, n(s.account), n(s.planId), s.contentHash, n(s.approver)]), 'utf8');
}

export function signApproval(key: OperatorKey, s: ApprovalStatement): string {
  return sign(null, approvalMessage(s), createPrivateKey(key.privateKeyPem)).toString('base64');
}

export function signatureValid(publicKeyBase64: string, s: ApprovalStatement, signatureBase64: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' && verify(null, approvalMessage(s), key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

// ---- enrolment files: an operator's public key, handed to whoever keeps a roster ----

const enrolmentSchema = z.strictObject({
  format: z.literal(ENROLMENT_FORMAT),
  operator: z.string().min(1).max(128),
  publicKey: z.string().min(1).max(200),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string().max(40),
});

export type Enrolment = z.infer<typeof enrolmentSchema>;

export function writeEnrolment(key: OperatorKey, now: Date): string {
  const file: Enrolment = { format: ENROLMENT_FORMAT, operator: key.operator, publicKey: key.publicKey, fingerprint: key.fingerprint, createdAt: now.toISOString() };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses an enrolment file; the key must be Ed25519 and match the fingerprint it claims. */
export function readEnrolment(content: string): Enrolment {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('PLAN_KEY_FILE_INVALID', { reason: 'not JSON' });
  }
  const parsed = enrolmentSchema.safeParse(json);
  if (!parsed.success) throw new AppError('PLAN_KEY_FILE_INVALID', { reason: `field ${parsed.error.issues[0]?.path.join('.') || 'format'}` });
  let type: string | undefined;
  try {
    type = createPublicKey({ key: Buffer.from(parsed.data.publicKey, 'base64'), format: 'der', type: 'spki' }).asymmetricKeyType;
  } catch {
    type = undefined;
  }
  if (type !== 'ed25519') throw new AppError('PLAN_KEY_FILE_INVALID', { reason: 'not an Ed25519 public key' });
  if (fingerprintOf(parsed.data.publicKey) !== parsed.data.fingerprint) throw new AppError('PLAN_KEY_FILE_INVALID', { reason: 'fingerprint does not match the key' });
  return parsed.data;
}
