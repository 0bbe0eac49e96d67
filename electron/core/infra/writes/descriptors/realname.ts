// Real-name filings (partner-api.md §11) as descriptors. They move no money, but a repeat is not
// harmless: it is refused (CBC.99007188) or spends one of the customer's limited attempts
// (CBC.99007191). Journaled before sending, never re-sent blindly; a lost answer is decided from
// ShowRealnameAuthenticationReviewResult (and, for a change, the customer_type ListSubCustomers
// reports), compared with the state read just before sending (journaled as reviewBefore):
//  - a first filing is only sent when nothing was filed or the last review rejected it; after a
//    received filing the customer is under review (0) or passed (2). A rejection (1) proves it
//    only when nothing had been filed before: "rejected, then rejected again" cannot be told
//    from "never received", and is reported not applied — our choice: filing again costs one
//    attempt, never a second authentication.
//  - a change is only sent from "passed as an individual"; after it the review is 0 or 1, or 2
//    with customer_type 1 (enterprise).
// The certificate number, the attachments and the legal person are sent, never journaled
// (WriteCall.transient); the journal keeps the name, the document type and the number's tail.
import { CUSTOMER_OPERATIONS } from '../../../../../shared/domain/operations';
import type { EvidenceRecord, WriteCall, WriteDescriptor } from '../descriptor';
import type { PartnerApi } from '../../partner-api';
import { COMMON_REFUSALS } from './refusals';

/** The error tables of the three operations, less CBC.0999 (unknown). All are refused before anything is filed. */
const REALNAME_REFUSALS = new Set([
  ...COMMON_REFUSALS,
  'CBC.99000027', 'CBC.99000035', 'CBC.99000099', 'CBC.99000100', 'CBC.99005030', 'CBC.99007004', 'CBC.99007188', 'CBC.99007189',
  'CBC.99007191', 'CBC.99007193', 'CBC.99007202', 'CBC.99007219', 'CBC.99007255', 'CBC.99007258', 'CBC.99007260', 'CBC.99007261',
  'CBC.99007262', 'CBC.70600026',
]);

export const REALNAME_EVIDENCE = 'realname_review';

/** The transient fields a filing carries (never journaled). */
export interface RealnameSecret {
  readonly verifiedNumber: string;
  /** Object names, in slot order, joined by newlines (names cannot hold one). */
  readonly files: string;
  readonly legalName?: string;
  readonly legalIdNumber?: string;
  readonly certifierRole?: 'legalPerson' | 'authorizedPerson';
  readonly regCountry?: string;
  readonly regAddress?: string;
}

function secretOf(call: WriteCall): RealnameSecret {
  const t = call.transient ?? {};
  if (!t.verifiedNumber || !t.files) throw new Error(`${call.operation} needs its certificate number and attachments (sent once, never journaled)`);
  return t as unknown as RealnameSecret;
}

async function sendFiling(api: PartnerApi, call: WriteCall): Promise<{ transId: string; requestId: string | undefined }> {
  const d = call.details ?? {};
  if (!d.realnameName || !d.xaccountType) throw new Error(`${call.operation} needs its journaled name and xaccount_type`);
  const s = secretOf(call);
  const files = s.files.split('\n');
  let r: { is_review?: number | null | undefined; requestId?: string | undefined };
  if (call.operation === 'realnameIndividual') {
    r = await api.realname.createPersonalRealnameAuth({
      customer_id: call.counterpartyId, identify_type: 0, name: d.realnameName, verified_number: s.verifiedNumber,
      verified_type: d.documentType as 0, verified_file_url: files, xaccount_type: d.xaccountType, change_type: -1,
    });
  } else {
    const body = {
      customer_id: call.counterpartyId, identify_type: 1 as const, corp_name: d.realnameName, verified_number: s.verifiedNumber, verified_file_url: files,
      xaccount_type: d.xaccountType,
      ...(d.documentType !== undefined ? { certificate_type: d.documentType as 0 } : {}),
      ...(s.regCountry ? { reg_country: s.regCountry } : {}),
      ...(s.regAddress ? { reg_address: s.regAddress } : {}),
      ...(s.legalName && s.legalIdNumber
        ? { enterprise_person: { legel_name: s.legalName, legel_id_number: s.legalIdNumber, ...(s.certifierRole ? { certifier_role: s.certifierRole } : {}) } }
        : {}),
    };
    r = call.operation === 'realnameChange'
      ? await api.realname.changeEnterpriseRealnameAuthentication({ ...body, change_type: 1 })
      : await api.realname.createEnterpriseRealnameAuthentication(body);
  }
  // No id comes back: the filing is named by the customer and its request id.
  return { transId: `${call.operation}:${call.counterpartyId}:${r.requestId ?? 'no-request-id'}:review=${r.is_review ?? ''}`, requestId: r.requestId };
}

function matchesFiling(call: WriteCall, r: EvidenceRecord): boolean {
  if (r.operationType !== REALNAME_EVIDENCE || r.customerId !== call.counterpartyId) return false;
  const before = call.details?.reviewBefore ?? 'none';
  if (call.operation === 'realnameChange') return r.state === '0' || r.state === '1' || (r.state === '2' && r.customerType === '1');
  return r.state === '0' || r.state === '2' || (r.state === '1' && before === 'none');
}

function filingDescriptor(name: 'realnameIndividual' | 'realnameEnterprise' | 'realnameChange'): WriteDescriptor {
  return {
    name,
    facts: CUSTOMER_OPERATIONS[name],
    refusals: REALNAME_REFUSALS,
    send: sendFiling,
    // One open filing per customer, whatever its kind: Huawei takes one review at a time.
    intentKey: (call) => `realname|${call.counterpartyId}`,
    evidenceQuery: (call) => ({ list: 'customers', kind: 'realname', customerId: call.counterpartyId, accountName: '', indirectPartnerId: call.indirectPartnerId }),
    matches: matchesFiling,
    rule: name === 'realnameChange'
      ? {
          en: 'Filed when, after the send, ShowRealnameAuthenticationReviewResult reports the change under review (0) or rejected (1), or passed (2) with ListSubCustomers showing the customer as an enterprise. Before it, the customer had passed as an individual.',
          'zh-CN': '发送后 ShowRealnameAuthenticationReviewResult 显示变更审核中（0）或不通过（1），或已通过（2）且 ListSubCustomers 显示该客户为企业，即视为已提交。发送前该客户已通过个人实名认证。',
        }
      : {
          en: 'Filed when, after the send, ShowRealnameAuthenticationReviewResult reports the customer under review (0) or passed (2); a rejection (1) counts only when nothing had been filed before the send.',
          'zh-CN': '发送后 ShowRealnameAuthenticationReviewResult 显示该客户审核中（0）或已通过（2），即视为已提交；不通过（1）仅在发送前从未提交过时才算已提交。',
        },
  };
}

export const realnameIndividual = filingDescriptor('realnameIndividual');
export const realnameEnterprise = filingDescriptor('realnameEnterprise');
export const realnameChange = filingDescriptor('realnameChange');
