// Real-name authentication filed for a customer (partner-api.md §11): every field checked
// offline by shared/domain/realname-rules, then the review state read live (one review at a
// time; a change only from a passed individual), then — confirmed — journaled and sent once
// through the write engine. The journal keeps what identifies the filing (name, document type,
// the number's last four characters, how many attachments, the state before); the number, the
// attachments and the legal person are sent only.
//
// Our choices: China site only (§11 lists the operations among the China site's). Personal
// document filings only (identify_type 0): bank-card authentication (identify_type 4) needs a
// code sent to the card holder's mobile by a send operation the partner API does not document.
import type { JournalEntryView } from '../../../shared/contract/channels/activity';
import type { CustomerWritePreview } from '../../../shared/contract/channels/customers';
import type { RealnameFiled, RealnameInput, RealnameReview, RealnameStatus } from '../../../shared/contract/channels/realname';
import { AppError } from '../../../shared/contract/errors';
import {
  attachmentsProblem, corpNameProblem, countryProblem, documentNumberProblem, enterpriseNumberProblem, enterpriseSlots, idNumberProblem,
  PERSONAL_DOCUMENTS, personNameProblem, REALNAME_RULE_MESSAGES, type AttachmentSlot, type RealnameProblem,
} from '../../../shared/domain/realname-rules';
import { huaweiCodeMeaning } from '../infra/http/huawei-codes';
import type { RealnameSecret } from '../infra/writes/descriptors/realname';
import type { PartnerApi } from '../infra/partner-api';
import type { MoneyRuntime, MoneySession } from '../money/runtime';
import { voucherConfirmedFields } from '../vouchers/confirm';
import { invalidField, notOnSite } from './fields';
import { xaccountTypeOf } from './xaccount-type';

const FIELD_NAMES = {
  name: { en: 'Name', zh: '姓名' },
  corpName: { en: 'Company name', zh: '单位名称' },
  documentNumber: { en: 'Document number', zh: '证件号码' },
  regCountry: { en: 'Country of registration', zh: '注册国家' },
  regAddress: { en: 'Registered address', zh: '注册地址' },
  personName: { en: 'Person’s name', zh: '人员姓名' },
  personIdNumber: { en: 'Person’s ID number', zh: '人员身份证号' },
} as const;

const SLOT_NAMES: Readonly<Record<AttachmentSlot, { en: string; zh: string }>> = {
  idFront: { en: 'Attachment: portrait side', zh: '附件：人像面' },
  idBack: { en: 'Attachment: national emblem side', zh: '附件：国徽面' },
  idHeld: { en: 'Attachment: holding the document, portrait side', zh: '附件：手持证件人像面' },
  passportInfo: { en: 'Attachment: personal data page', zh: '附件：个人资料页' },
  passportStamp: { en: 'Attachment: entry stamp page', zh: '附件：入境盖章页' },
  passportHeld: { en: 'Attachment: holding the personal data page', zh: '附件：手持个人资料页' },
  permitFront: { en: 'Attachment: front (portrait side)', zh: '附件：正面（人像面）' },
  permitBack: { en: 'Attachment: back', zh: '附件：反面' },
  permitHeld: { en: 'Attachment: holding the front', zh: '附件：手持证件正面' },
  licenceFront: { en: 'Attachment: front (portrait side)', zh: '附件：正面（人像面）' },
  licenceHeld: { en: 'Attachment: holding the front', zh: '附件：手持证件正面' },
  companyDocument: { en: 'Attachment: company document (front)', zh: '附件：单位证件（正面）' },
  companyDocumentBack: { en: 'Attachment: company document back', zh: '附件：单位证件反面' },
  personIdFront: { en: 'Attachment: person’s ID, portrait side', zh: '附件：人员身份证人像面' },
  personIdBack: { en: 'Attachment: person’s ID, national emblem side', zh: '附件：人员身份证国徽面' },
};

const problem = (field: { en: string; zh: string }, fieldId: string, p: RealnameProblem) => invalidField(fieldId, p, field, REALNAME_RULE_MESSAGES[p]);
const check = (field: keyof typeof FIELD_NAMES, p: RealnameProblem | null) => {
  if (p) throw problem(FIELD_NAMES[field], field, p);
};

interface Checked {
  readonly name: string;
  readonly documentType: number;
  readonly number: string;
  readonly files: string[];
  readonly secret: RealnameSecret;
}

/** Every field by the spec's rules; the normalised filing, or CUSTOMER_FIELD_INVALID naming the field. */
export function checkRealname(input: RealnameInput): Checked {
  const files = (layout: { slots: readonly AttachmentSlot[]; optional: readonly AttachmentSlot[] }) => {
    const r = attachmentsProblem(layout, input.attachments);
    if ('problem' in r) throw problem(SLOT_NAMES[r.slot], r.slot, r.problem);
    return r.files;
  };
  if (input.kind === 'individual') {
    check('name', personNameProblem(input.name));
    const number = input.documentNumber.toUpperCase();
    check('documentNumber', documentNumberProblem(input.documentType, number));
    const list = files(PERSONAL_DOCUMENTS[input.documentType]);
    return { name: input.name, documentType: input.documentType, number, files: list, secret: { verifiedNumber: number, files: list.join('\n') } };
  }
  check('corpName', corpNameProblem(input.corpName));
  const number = input.documentNumber.toUpperCase();
  check('documentNumber', enterpriseNumberProblem(input.certificateType, number));
  if (input.regCountry) check('regCountry', countryProblem(input.regCountry));
  if (input.regAddress && [...input.regAddress].length > 512) check('regAddress', 'addressLength');
  const person = input.person && (input.person.name || input.person.idNumber) ? input.person : undefined;
  if (person) {
    if (!person.name || !person.idNumber) check(person.name ? 'personIdNumber' : 'personName', 'personIncomplete');
    check('personName', personNameProblem(person.name));
    check('personIdNumber', idNumberProblem(person.idNumber.toUpperCase()));
  }
  const list = files(enterpriseSlots(!!person));
  return {
    name: input.corpName, documentType: input.certificateType, number, files: list,
    secret: {
      verifiedNumber: number, files: list.join('\n'),
      ...(person ? { legalName: person.name, legalIdNumber: person.idNumber.toUpperCase(), ...(person.role ? { certifierRole: person.role } : {}) } : {}),
      ...(input.regCountry ? { regCountry: input.regCountry } : {}),
      ...(input.regAddress ? { regAddress: input.regAddress } : {}),
    },
  };
}

const REVIEW: Readonly<Record<string, RealnameReview>> = { none: 'none', '0': 'reviewing', '1': 'rejected', '2': 'passed' };
const STATE_WORDS: Readonly<Record<RealnameReview, { en: string; zh: string }>> = {
  none: { en: 'not authenticated', zh: '尚未实名认证' },
  reviewing: { en: 'under real-name review', zh: '实名认证审核中' },
  rejected: { en: 'rejected at its last review', zh: '上次实名认证未通过' },
  passed: { en: 'authenticated', zh: '已通过实名认证' },
};
const OPERATION = { individual: 'realnameIndividual', enterprise: 'realnameEnterprise', change: 'realnameChange' } as const;
const REALNAME_OPERATIONS = Object.values(OPERATION);

export function createRealnameService(deps: { readonly money: MoneyRuntime; readonly now?: () => Date }) {
  const now = deps.now ?? (() => new Date());

  const requireCn = (money: MoneySession) => {
    if (money.session.profile.site === 'intl') {
      throw notOnSite('intl', { en: 'Real-name authentication', zh: '实名认证' }, {
        en: 'Huawei documents the real-name filing APIs for the China site only (partner-api.md §11).',
        zh: '华为仅为中国站提供实名认证接口（partner-api.md §11）。',
      });
    }
  };

  async function readReview(money: MoneySession, customerId: string): Promise<{ code: string; opinion: string | null }> {
    const r = await (money.session.api as PartnerApi).realname.showRealnameAuthenticationReviewResult({ customer_id: customerId });
    return { code: r.review_result === undefined || r.review_result === null ? 'none' : String(r.review_result), opinion: r.opinion ?? null };
  }

  const filings = async (money: MoneySession, customerId: string): Promise<JournalEntryView[]> =>
    (await money.executor.journal.list({ operations: [...REALNAME_OPERATIONS], counterparty: customerId }, 0, 50)).entries.filter((e) => e.counterpartyId === customerId);

  async function status(customerId: string): Promise<RealnameStatus> {
    const money = deps.money.require();
    requireCn(money);
    const r = await readReview(money, customerId);
    return { customerId, review: REVIEW[r.code] ?? 'none', opinion: r.opinion, asOf: now().toISOString(), filings: await filings(money, customerId) };
  }

  /** Offline checks, then live: what may be filed now. Returns the state read (journaled as reviewBefore). */
  async function checkAll(input: RealnameInput, money: MoneySession): Promise<{ checked: Checked; before: string }> {
    requireCn(money);
    const checked = checkRealname(input);
    const { code } = await readReview(money, input.customerId);
    const review = REVIEW[code] ?? 'none';
    const words = STATE_WORDS[review];
    if (input.kind === 'change') {
      if (review !== 'passed') throw new AppError('REALNAME_CHANGE_NOT_ALLOWED', { customerId: input.customerId, stateEn: words.en, stateZh: words.zh });
    } else if (review === 'reviewing' || review === 'passed') {
      throw new AppError('REALNAME_ALREADY_FILED', { customerId: input.customerId, stateEn: words.en, stateZh: words.zh });
    }
    return { checked, before: code };
  }

  async function preview(input: RealnameInput): Promise<CustomerWritePreview> {
    const money = deps.money.require();
    const { checked } = await checkAll(input, money);
    const tail = checked.number.slice(-4);
    const what = input.kind === 'individual'
      ? { en: `individual real-name authentication for "${checked.name}" (document ending ${tail})`, zh: `个人实名认证：“${checked.name}”（证件尾号 ${tail}）` }
      : input.kind === 'enterprise'
        ? { en: `enterprise real-name authentication for "${checked.name}" (number ending ${tail})`, zh: `企业实名认证：“${checked.name}”（证件尾号 ${tail}）` }
        : { en: `a change to enterprise "${checked.name}" (number ending ${tail})`, zh: `变更为企业“${checked.name}”（证件尾号 ${tail}）` };
    const { token, expiresAt } = deps.money.confirmations.issue(voucherConfirmedFields('customers.fileRealname' as never, money.session.profile.id, input as Record<string, unknown>));
    return {
      summary: {
        en: `File ${what.en} for customer ${input.customerId}, with ${checked.files.length} attachment(s). Huawei reviews it; the result shows here.`,
        'zh-CN': `为客户 ${input.customerId} 提交${what.zh}，附件 ${checked.files.length} 个。华为审核后，结果将显示在此处。`,
      },
      confirmation: token,
      expiresAt,
    };
  }

  async function file(input: RealnameInput, operator: string): Promise<RealnameFiled> {
    const money = deps.money.require();
    const { checked, before } = await checkAll(input, money);
    const entry = await money.executor.execute({
      operation: OPERATION[input.kind],
      counterpartyId: input.customerId,
      indirectPartnerId: null,
      amount: '0.00',
      details: {
        xaccountType: xaccountTypeOf(money),
        realnameName: checked.name,
        documentType: checked.documentType,
        documentNumberTail: checked.number.slice(-4),
        attachmentCount: checked.files.length,
        reviewBefore: before,
      },
      transient: { ...checked.secret },
    }, { operator });
    return { entry, meaning: entry.state === 'failed' && entry.code ? huaweiCodeMeaning(entry.code) : null };
  }

  return { status, preview, file };
}

export type RealnameService = ReturnType<typeof createRealnameService>;
