// The rules of a real-name filing a partner sends for its customer (partner-api.md §11, the
// SDK's ApplyIndividualRealnameAuthsReq / ApplyEnterpriseRealnameAuthsReq comments), checked
// offline — in the renderer as the operator types and again in the core — before anything is
// sent. Attachments are object names in the partner's OBS bucket (its download/ folder), which
// the partner uploads there itself: the API takes names, not files.

export type RealnameKind = 'individual' | 'enterprise' | 'change';

/** A slot of the attachment list, in the order the API requires. */
export type AttachmentSlot =
  | 'idFront' | 'idBack' | 'idHeld'
  | 'passportInfo' | 'passportStamp' | 'passportHeld'
  | 'permitFront' | 'permitBack' | 'permitHeld'
  | 'licenceFront' | 'licenceHeld'
  | 'companyDocument' | 'companyDocumentBack' | 'personIdFront' | 'personIdBack';

/**
 * Personal documents (verified_type) and their attachments in order. A passport takes 2 or 3
 * (the entry-stamp page is optional: `optional` slots may stay empty).
 */
export const PERSONAL_DOCUMENTS = {
  0: { slots: ['idFront', 'idBack', 'idHeld'], optional: [] },
  3: { slots: ['passportInfo', 'passportStamp', 'passportHeld'], optional: ['passportStamp'] },
  5: { slots: ['permitFront', 'permitBack', 'permitHeld'], optional: [] },
  6: { slots: ['permitFront', 'permitBack', 'permitHeld'], optional: [] },
  7: { slots: ['licenceFront', 'licenceHeld'], optional: [] },
  9: { slots: ['idFront', 'idBack', 'idHeld'], optional: [] },
  10: { slots: ['idFront', 'idBack', 'idHeld'], optional: [] },
} as const satisfies Record<number, { slots: readonly AttachmentSlot[]; optional: readonly AttachmentSlot[] }>;
export type PersonalDocumentType = keyof typeof PERSONAL_DOCUMENTS;
export const PERSONAL_DOCUMENT_TYPES = [0, 3, 5, 6, 7, 9, 10] as const satisfies readonly PersonalDocumentType[];

/** certificate_type: 0 business licence … 99 other. */
export const CERTIFICATE_TYPES = [0, 1, 2, 3, 4, 99] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/**
 * The company's attachments: its document (one scan, or front and back), then — when a legal
 * person or authorised person is named — that person's ID card, portrait side then emblem side.
 */
export function enterpriseSlots(withPerson: boolean): { slots: readonly AttachmentSlot[]; optional: readonly AttachmentSlot[] } {
  return withPerson
    ? { slots: ['companyDocument', 'personIdFront', 'personIdBack'], optional: [] }
    : { slots: ['companyDocument', 'companyDocumentBack'], optional: ['companyDocumentBack'] };
}

export type RealnameProblem =
  | 'nameRequired' | 'nameLength' | 'corpNameNoise'
  | 'idNumberFormat' | 'idNumberChecksum' | 'documentNumberFormat' | 'enterpriseNumberFormat' | 'creditCodeFormat'
  | 'fileMissing' | 'fileFormat' | 'fileNotRelative' | 'fileLength' | 'fileRepeated'
  | 'countryFormat' | 'addressLength' | 'personIncomplete';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number: 18 characters, the last the ISO 7064 MOD 11-2 check character. */
export function idNumberProblem(value: string): RealnameProblem | null {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v)) return 'idNumberFormat';
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(v[i]), 0);
  return ID_CHECK[sum % 11] === v[17] ? null : 'idNumberChecksum';
}

/** Another personal document: letters and digits, 1–32 (the rule Huawei's sync API documents). */
export function documentNumberProblem(type: PersonalDocumentType, value: string): RealnameProblem | null {
  if (type === 0 || type === 9 || type === 10) return idNumberProblem(value);
  return /^[0-9A-Za-z]{1,32}$/.test(value) ? null : 'documentNumberFormat';
}

/** A unified social credit code (18 characters, no I, O, S, V, Z) or an old 15-digit registration number. */
export function enterpriseNumberProblem(type: CertificateType | undefined, value: string): RealnameProblem | null {
  if (value.length < 1 || value.length > 32 || /[!@#$%^&*<\\>]/.test(value)) return 'enterpriseNumberFormat';
  if ((type ?? 0) === 0 && !/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value) && !/^\d{15}$/.test(value)) return 'creditCodeFormat';
  return null;
}

export function personNameProblem(name: string): RealnameProblem | null {
  if (!name.trim()) return 'nameRequired';
  return [...name].length > 255 ? 'nameLength' : null;
}

/** corp_name: "cannot be only digits, special characters or spaces". */
export function corpNameProblem(name: string): RealnameProblem | null {
  return personNameProblem(name) ?? (/^[\d\s\p{P}\p{S}]*$/u.test(name) ? 'corpNameNoise' : null);
}

const FORMATS = /\.(jpe?g|bmp|png|gif|pdf)$/i;

/** One attachment's object name: relative to the bucket's download/ folder, an allowed format. */
export function attachmentProblem(name: string): RealnameProblem | null {
  if (!name) return 'fileMissing';
  if (name.length > 512) return 'fileLength';
  if (/^[a-z]+:\/\//i.test(name) || name.startsWith('/') || /^download\//i.test(name)) return 'fileNotRelative';
  return FORMATS.test(name) ? null : 'fileFormat';
}

/** The attachments in slot order; the problem and the slot it is in, or the list to send. */
export function attachmentsProblem(
  layout: { slots: readonly AttachmentSlot[]; optional: readonly AttachmentSlot[] },
  given: Partial<Record<AttachmentSlot, string>>,
): { slot: AttachmentSlot; problem: RealnameProblem } | { files: string[] } {
  const files: string[] = [];
  for (const slot of layout.slots) {
    const name = (given[slot] ?? '').trim();
    if (!name && (layout.optional as readonly string[]).includes(slot)) continue;
    const problem = attachmentProblem(name);
    if (problem) return { slot, problem };
    if (files.includes(name)) return { slot, problem: 'fileRepeated' };
    files.push(name);
  }
  return { files };
}

export const countryProblem = (c: string): RealnameProblem | null => (/^[A-Z]{2}$/.test(c) ? null : 'countryFormat');

export const REALNAME_RULE_MESSAGES: Readonly<Record<RealnameProblem, { en: string; 'zh-CN': string }>> = {
  nameRequired: { en: 'Enter the name exactly as on the document.', 'zh-CN': '请按证件上的写法填写名称。' },
  nameLength: { en: 'The name may have at most 255 characters.', 'zh-CN': '名称最多 255 个字符。' },
  corpNameNoise: { en: 'The company name cannot be only digits, special characters or spaces.', 'zh-CN': '单位名称不能全为数字、特殊字符或空格。' },
  idNumberFormat: { en: 'An ID number has 18 characters: 17 digits and a digit or X.', 'zh-CN': '身份证号为 18 位：17 位数字加 1 位数字或 X。' },
  idNumberChecksum: { en: 'This ID number’s check character is wrong: check it against the card.', 'zh-CN': '身份证号校验位不正确：请对照证件核对。' },
  documentNumberFormat: { en: 'The document number may use letters and digits only, at most 32.', 'zh-CN': '证件号码只能包含字母和数字，最多 32 位。' },
  enterpriseNumberFormat: { en: 'The document number has 1 to 32 characters and none of ! @ # $ % ^ & * < \\ >.', 'zh-CN': '证件号码为 1 到 32 个字符，且不能包含 ! @ # $ % ^ & * < \\ >。' },
  creditCodeFormat: {
    en: 'A business licence number is the 18-character unified social credit code (or an old 15-digit registration number).',
    'zh-CN': '营业执照号码应为 18 位统一社会信用代码（或旧版 15 位注册号）。',
  },
  fileMissing: { en: 'Enter the attachment’s object name in your bucket.', 'zh-CN': '请填写附件在存储桶中的对象名。' },
  fileFormat: { en: 'Attachments must be jpg, jpeg, bmp, png, gif or pdf.', 'zh-CN': '附件须为 jpg、jpeg、bmp、png、gif 或 pdf 格式。' },
  fileNotRelative: {
    en: 'Give the name relative to the bucket’s download/ folder (e.g. test/abc023.jpg), not a URL or a path starting with download/.',
    'zh-CN': '请填写相对于存储桶 download/ 目录的名称（例如 test/abc023.jpg），不要填写网址或以 download/ 开头的路径。',
  },
  fileLength: { en: 'The object name is too long (at most 512 characters).', 'zh-CN': '对象名过长（最多 512 个字符）。' },
  fileRepeated: { en: 'Each attachment must be a different file.', 'zh-CN': '每个附件须为不同的文件。' },
  countryFormat: { en: 'The country of registration is two capital letters, e.g. CN.', 'zh-CN': '注册国家为两位大写字母，例如 CN。' },
  addressLength: { en: 'The registered address may have at most 512 characters.', 'zh-CN': '注册地址最多 512 个字符。' },
  personIncomplete: { en: 'Give both the person’s name and ID number, or neither.', 'zh-CN': '请同时填写人员姓名和身份证号，或都不填。' },
};
