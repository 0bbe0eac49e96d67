// Plan and approval files: how four-eyes works across workstations. The author exports the
// plan (content + hash + author + account); the approver imports it, resolves every row
// against their own data, approves, and exports a small approval file carrying an Ed25519
// signature over account, plan id, content hash and approver (four-eyes/keys.ts); the author
// imports that back. A plan file's hash detects change; the signature, checked against the
// account's roster, is what makes an approval impossible to write without the approver's key.
// Unsigned approval files of the first format are recognised only to be refused.
import { z } from 'zod';
import { AppError } from '../../../shared/contract';
import { PLAN_KINDS, planParamsSchema } from '../../../shared/contract/channels/plans';
import { isAmountString } from '../../../shared/domain/money';
import { contentHash, PLAN_FORMAT, type CanonicalPlan } from './canonical';

export const APPROVAL_FORMAT = 'partner-desk-plan-approval/2';
const UNSIGNED_APPROVAL_FORMAT = 'partner-desk-plan-approval/1';

const str = (max: number) => z.string().max(max);
const hash = z.string().regex(/^[0-9a-f]{64}$/);

const itemSchema = z.strictObject({
  target: str(128),
  counterpartyId: str(64).min(1),
  counterpartyName: str(256).nullable(),
  indirectPartnerId: str(64).nullable(),
  amount: z.string().refine(isAmountString, 'amount'),
  memo: str(256),
  /** Voucher kinds: the validity as typed and what the row resolved to (absent in funding plans). */
  validTime: str(40).optional(),
  expireTime: str(40).optional(),
  details: z.strictObject({ couponId: str(64).optional(), quotaId: str(64).optional(), validTime: str(40).optional(), expireTime: str(40).optional() }).nullable().optional(),
});

const planFileSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  id: str(64).min(1),
  name: str(200),
  kind: z.enum(PLAN_KINDS),
  /** Voucher kinds' plan-level settings (bound by the hash). */
  params: planParamsSchema.optional(),
  author: str(128).min(1),
  createdAt: str(40),
  /** The partner account (domain id) the plan moves money of; absent in older files. */
  account: str(128).optional(),
  /** Written by older versions; ignored (approval is the account's policy). */
  requiresApproval: z.boolean().optional(),
  exportedAt: str(40),
  items: z.array(itemSchema).min(1).max(20_000),
  contentHash: hash,
});

const approvalFileSchema = z.strictObject({
  format: z.literal(APPROVAL_FORMAT),
  planId: str(64).min(1),
  planName: str(200),
  author: str(128),
  contentHash: hash,
  approver: str(128).min(1),
  approvedAt: str(40),
  total: z.string().refine(isAmountString, 'total'),
  itemCount: z.number().int().min(0),
  account: str(128),
  keyFingerprint: hash,
  signature: z.string().min(1).max(200),
});

export type PlanFile = z.infer<typeof planFileSchema>;
export type ApprovalFile = z.infer<typeof approvalFileSchema>;

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('PLAN_FILE_INVALID', { reason: 'not JSON' });
  }
}

const canonicalOf = (f: Pick<PlanFile, 'id' | 'kind' | 'author' | 'createdAt' | 'items' | 'params'>): CanonicalPlan => ({
  id: f.id,
  kind: f.kind,
  author: f.author,
  createdAt: f.createdAt,
  params: f.params ?? {},
  items: f.items.map(({ target, counterpartyId, indirectPartnerId, amount, memo, details }) => ({ target, counterpartyId, indirectPartnerId, amount, memo, details: details ?? null })),
});

export function writePlanFile(plan: Omit<PlanFile, 'format' | 'contentHash' | 'exportedAt'>, now: Date): string {
  const file: PlanFile = { format: PLAN_FORMAT, ...plan, exportedAt: now.toISOString(), contentHash: contentHash(canonicalOf(plan)) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses and verifies a plan file: a content/hash mismatch is tampering. */
export function readPlanFile(content: string): PlanFile {
  const parsed = planFileSchema.safeParse(parseJson(content));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'format';
    throw new AppError('PLAN_FILE_INVALID', { reason: `field ${where}` });
  }
  if (contentHash(canonicalOf(parsed.data)) !== parsed.data.contentHash) throw new AppError('PLAN_FILE_TAMPERED', {});
  return parsed.data;
}

export function writeApprovalFile(approval: Omit<ApprovalFile, 'format'>): string {
  return `${JSON.stringify({ format: APPROVAL_FORMAT, ...approval }, null, 2)}\n`;
}

export function readApprovalFile(content: string): ApprovalFile {
  const json = parseJson(content);
  const fields = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  // A hand-written or first-format file: the right format, but nothing proves who approved.
  if (fields.format === UNSIGNED_APPROVAL_FORMAT || (fields.format === APPROVAL_FORMAT && !fields.signature)) {
    throw new AppError('PLAN_APPROVAL_UNSIGNED', {});
  }
  const parsed = approvalFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'format';
    throw new AppError('PLAN_FILE_INVALID', { reason: `field ${where}` });
  }
  return parsed.data;
}

export { canonicalOf as canonicalOfPlanFile };
