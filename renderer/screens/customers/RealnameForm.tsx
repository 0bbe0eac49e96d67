// The fields of a real-name filing: an individual's document, or a company's (with an optional
// legal or authorised person), and the attachment names in the order the API requires. The
// slots follow the document chosen (shared/domain/realname-rules).
import { useTranslation } from 'react-i18next';
import type { RealnameInput } from '../../../shared/contract/channels/realname';
import {
  CERTIFICATE_TYPES, enterpriseSlots, PERSONAL_DOCUMENT_TYPES, PERSONAL_DOCUMENTS, type AttachmentSlot, type CertificateType, type PersonalDocumentType,
} from '../../../shared/domain/realname-rules';

export interface RealnameDraft {
  kind: RealnameInput['kind'];
  name: string;
  documentType: PersonalDocumentType;
  documentNumber: string;
  corpName: string;
  certificateType: CertificateType;
  regCountry: string;
  regAddress: string;
  personName: string;
  personId: string;
  personRole: 'legalPerson' | 'authorizedPerson';
  attachments: Partial<Record<AttachmentSlot, string>>;
}

export const EMPTY_DRAFT: RealnameDraft = {
  kind: 'individual', name: '', documentType: 0, documentNumber: '', corpName: '', certificateType: 0, regCountry: 'CN', regAddress: '',
  personName: '', personId: '', personRole: 'legalPerson', attachments: {},
};

const withPerson = (d: RealnameDraft) => !!(d.personName.trim() || d.personId.trim());

export function slotsOf(d: RealnameDraft) {
  return d.kind === 'individual' ? PERSONAL_DOCUMENTS[d.documentType] : enterpriseSlots(withPerson(d));
}

/** The channel input of a draft: only the slots the document takes, the person only when named. */
export function inputOf(customerId: string, d: RealnameDraft): RealnameInput {
  const layout = slotsOf(d);
  const attachments = Object.fromEntries(layout.slots.map((s) => [s, (d.attachments[s] ?? '').trim()]).filter(([, v]) => v));
  if (d.kind === 'individual') return { kind: 'individual', customerId, name: d.name.trim(), documentType: d.documentType, documentNumber: d.documentNumber.trim(), attachments };
  return {
    kind: d.kind, customerId, corpName: d.corpName.trim(), certificateType: d.certificateType, documentNumber: d.documentNumber.trim(),
    ...(d.regCountry.trim() ? { regCountry: d.regCountry.trim() } : {}),
    ...(d.regAddress.trim() ? { regAddress: d.regAddress.trim() } : {}),
    ...(withPerson(d) ? { person: { name: d.personName.trim(), idNumber: d.personId.trim(), role: d.personRole } } : {}),
    attachments,
  };
}

export function RealnameForm({ draft, onChange, canChange }: { draft: RealnameDraft; onChange(d: RealnameDraft): void; canChange: boolean }) {
  const { t } = useTranslation();
  const set = (patch: Partial<RealnameDraft>) => onChange({ ...draft, ...patch });
  const text = (key: 'name' | 'documentNumber' | 'corpName' | 'regCountry' | 'regAddress' | 'personName' | 'personId', label: string, max: number) => (
    <label>
      {label}
      <input data-testid={`realname-${key}`} value={draft[key]} maxLength={max} onChange={(e) => set({ [key]: e.target.value })} />
    </label>
  );
  const layout = slotsOf(draft);
  return (
    <fieldset className="form-grid" data-testid="realname-form">
      <legend>{t('realname.kind')}</legend>
      <label>
        {t('realname.kind')}
        <select data-testid="realname-kind" value={draft.kind} onChange={(e) => set({ kind: e.target.value as RealnameDraft['kind'] })}>
          <option value="individual">{t('realname.kinds.individual')}</option>
          <option value="enterprise">{t('realname.kinds.enterprise')}</option>
          <option value="change" disabled={!canChange}>{t('realname.kinds.change')}</option>
        </select>
      </label>
      {draft.kind === 'individual' ? (
        <>
          <p className="help">{t('realname.bankCardNote')}</p>
          {text('name', t('realname.name'), 255)}
          <label>
            {t('realname.documentType')}
            <select data-testid="realname-documentType" value={draft.documentType} onChange={(e) => set({ documentType: Number(e.target.value) as PersonalDocumentType })}>
              {PERSONAL_DOCUMENT_TYPES.map((n) => <option key={n} value={n}>{t(`realname.documentTypes.${n}`)}</option>)}
            </select>
          </label>
          {text('documentNumber', t('realname.documentNumber'), 32)}
        </>
      ) : (
        <>
          {text('corpName', t('realname.corpName'), 255)}
          <label>
            {t('realname.certificateType')}
            <select data-testid="realname-certificateType" value={draft.certificateType} onChange={(e) => set({ certificateType: Number(e.target.value) as CertificateType })}>
              {CERTIFICATE_TYPES.map((n) => <option key={n} value={n}>{t(`realname.certificateTypes.${n}`)}</option>)}
            </select>
          </label>
          {text('documentNumber', draft.certificateType === 0 ? t('realname.creditCode') : t('realname.documentNumber'), 32)}
          {text('regCountry', t('realname.regCountry'), 2)}
          {text('regAddress', t('realname.regAddress'), 512)}
          <fieldset>
            <legend>{t('realname.person')}</legend>
            {text('personName', t('realname.personName'), 255)}
            {text('personId', t('realname.personId'), 18)}
            <label>
              {t('realname.personRole')}
              <select value={draft.personRole} onChange={(e) => set({ personRole: e.target.value as RealnameDraft['personRole'] })}>
                <option value="legalPerson">{t('realname.roles.legalPerson')}</option>
                <option value="authorizedPerson">{t('realname.roles.authorizedPerson')}</option>
              </select>
            </label>
          </fieldset>
        </>
      )}
      <fieldset>
        <legend>{t('realname.attachments')}</legend>
        <p className="help">{t('realname.attachmentsHelp')}</p>
        {layout.slots.map((slot, i) => (
          <label key={slot}>
            {`${i + 1}. ${t(`realname.slots.${slot}`)}${(layout.optional as readonly string[]).includes(slot) ? ` ${t('realname.optional')}` : ''}`}
            <input data-testid={`realname-slot-${slot}`} value={draft.attachments[slot] ?? ''} maxLength={512} placeholder="kyc/…"
              onChange={(e) => set({ attachments: { ...draft.attachments, [slot]: e.target.value } })} />
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}
