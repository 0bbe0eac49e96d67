// Real-name authentication a partner files for its customer (issue #13, partner-api.md §11):
// the review state read live, and the three filings (individual, enterprise, individual →
// enterprise) previewed, confirmed, journaled and sent once through the write engine.
// Attachments are object names in the partner's OBS bucket (its download/ folder).
import { z } from 'zod';
import { CERTIFICATE_TYPES, PERSONAL_DOCUMENT_TYPES, type AttachmentSlot } from '../../domain/realname-rules';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import type { JournalEntryView } from './activity';
import { WRITE_GATE_ERRORS } from './money';

const text = (max: number) => z.string().trim().max(max);
const customerId = z.string().trim().min(1).max(64);

const SLOTS = [
  'idFront', 'idBack', 'idHeld', 'passportInfo', 'passportStamp', 'passportHeld', 'permitFront', 'permitBack', 'permitHeld',
  'licenceFront', 'licenceHeld', 'companyDocument', 'companyDocumentBack', 'personIdFront', 'personIdBack',
] as const satisfies readonly AttachmentSlot[];
/** Object names per slot; which slots a document needs is in shared/domain/realname-rules. */
const attachments = z.partialRecord(z.enum(SLOTS), text(600));

const individual = z.strictObject({
  kind: z.literal('individual'),
  customerId,
  /** As on the document. */
  name: text(300),
  documentType: z.literal(PERSONAL_DOCUMENT_TYPES),
  documentNumber: text(40),
  attachments,
});

const company = {
  customerId,
  corpName: text(300),
  certificateType: z.literal(CERTIFICATE_TYPES).default(0),
  documentNumber: text(40),
  regCountry: text(2).optional(),
  regAddress: text(600).optional(),
  /** The legal person or authorised person; both fields or neither. */
  person: z.strictObject({ name: text(300), idNumber: text(40), role: z.enum(['legalPerson', 'authorizedPerson']).optional() }).optional(),
  attachments,
};

const enterprise = z.strictObject({ kind: z.literal('enterprise'), ...company });
/** An authenticated individual becomes an enterprise (ChangeEnterpriseRealnameAuthentication, change_type 1). */
const change = z.strictObject({ kind: z.literal('change'), ...company });

export const realnameInput = z.discriminatedUnion('kind', [individual, enterprise, change]);
export type RealnameInput = z.infer<typeof realnameInput>;
const confirmation = { confirmation: z.string().max(256).optional() };
export const realnameExecute = z.discriminatedUnion('kind', [individual.extend(confirmation), enterprise.extend(confirmation), change.extend(confirmation)]);

export type RealnameReview = 'none' | 'reviewing' | 'rejected' | 'passed';

export interface RealnameStatus {
  readonly customerId: string;
  /** ShowRealnameAuthenticationReviewResult now: none filed, under review, rejected, passed. */
  readonly review: RealnameReview;
  /** The reviewer's words when rejected. */
  readonly opinion: string | null;
  readonly asOf: string;
  /** This customer's filings in the journal, newest first. */
  readonly filings: readonly JournalEntryView[];
}

/** A filing as sent: its journal entry and, when Huawei refused it, the code in plain words. */
export interface RealnameFiled {
  readonly entry: JournalEntryView;
  readonly meaning: { readonly en: string; readonly 'zh-CN': string } | null;
}

const COMMON: readonly ErrorCode[] = ['NO_ACTIVE_PROFILE', 'MONEY_OFFLINE', 'API_HUAWEI_ERROR', 'API_NETWORK', 'API_RATE_LIMITED', 'API_WRONG_SITE', 'API_INVALID_REQUEST', 'CUSTOMER_NOT_ON_SITE'];
const CHECKS: readonly ErrorCode[] = ['CUSTOMER_FIELD_INVALID', 'REALNAME_ALREADY_FILED', 'REALNAME_CHANGE_NOT_ALLOWED'];
const WRITE: readonly ErrorCode[] = [
  ...COMMON, ...CHECKS, ...WRITE_GATE_ERRORS, 'MONEY_CONFIRMATION_REQUIRED', 'MONEY_CONFIRMATION_MISMATCH', 'MONEY_CONFIRMATION_USED',
  'JOURNAL_UNAVAILABLE', 'JOURNAL_UNAVAILABLE_AFTER_SEND', 'MONEY_UNRESOLVED_DUPLICATE',
];

export const realnameChannels = {
  /** The review state read live, with this customer's filings from the journal. */
  realnameStatus: channel<RealnameStatus>()(z.strictObject({ customerId }), COMMON, ['online']),
  /** Every field checked offline, then the review state live (nothing open, or a change from a passed individual); nothing is sent. */
  previewRealname: channel<import('./customers').CustomerWritePreview>()(realnameInput, [...COMMON, ...CHECKS], ['online']),
  /** Journaled before it is sent (without the number or the attachments), never re-sent blindly. */
  fileRealname: channel<RealnameFiled>()(realnameExecute, WRITE, ['single-instance', 'online', 'confirmed']),
};
