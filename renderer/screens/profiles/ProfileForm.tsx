import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_ROLES, SELECTABLE_SITES, type ProfileView } from '../../../shared/contract/channels/profiles';
import type { IpcError, Language } from '../../../shared/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useProfilesStore, type ProfileDraft } from '../../stores/profiles-store';
import { fieldOf, localCheck, skCheck, type FieldMessages } from './field-messages';

export type FormMode = { kind: 'add' } | { kind: 'edit'; profile: ProfileView } | { kind: 'sk'; profile: ProfileView };

const EMPTY: ProfileDraft = { name: '', site: 'china', endpoint: '', ak: '', domainId: '', role: 'SP' };

export function ProfileForm({ mode, onDone }: { mode: FormMode; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.language === 'zh-CN' ? 'zh-CN' : 'en') as Language;
  const store = useProfilesStore();
  const headingId = useId();
  const existing = mode.kind === 'add' ? null : mode.profile;
  const [draft, setDraft] = useState<ProfileDraft>(
    existing
      ? { name: existing.name, site: existing.site, endpoint: existing.site === 'custom' ? existing.endpoint : '', ak: '', domainId: existing.domainId, role: existing.role }
      : EMPTY,
  );
  // The SK lives only in this input's state until submit; it is cleared right after.
  const [sk, setSk] = useState('');
  const [verify, setVerify] = useState(true);
  const [fields, setFields] = useState<FieldMessages>({});
  const [error, setError] = useState<IpcError | null>(null);

  const title =
    mode.kind === 'add' ? t('profiles.formAdd') : mode.kind === 'edit' ? t('profiles.formEdit', { name: existing?.name }) : t('profiles.formSk', { name: existing?.name });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const local = mode.kind === 'sk' ? skCheck(sk, lang) : localCheck({ ...draft, sk: mode.kind === 'add' ? sk : undefined }, mode.kind === 'add', lang);
    if (mode.kind === 'edit' && !draft.ak.trim()) delete local.ak; // empty keeps the stored AK
    setFields(local);
    if (Object.keys(local).length > 0) return;
    const failure =
      mode.kind === 'add'
        ? await store.create(draft, sk, verify)
        : mode.kind === 'edit'
          ? await store.update(existing!.id, draft)
          : await store.setSecret(existing!.id, sk, verify);
    setSk('');
    if (!failure) return onDone();
    const perField = fieldOf(failure, lang);
    if (perField) setFields(perField);
    else setError(failure);
  };

  const input = (field: keyof ProfileDraft, label: string, opts: { type?: string; help?: string; autoComplete?: string } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input
        type={opts.type ?? 'text'}
        value={draft[field]}
        data-testid={`profile-${field}`}
        aria-invalid={fields[field] ? true : undefined}
        aria-describedby={`${headingId}-${field}-err`}
        autoComplete={opts.autoComplete ?? 'off'}
        spellCheck={false}
        onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
      />
      {opts.help ? <small className="help">{opts.help}</small> : null}
      <small id={`${headingId}-${field}-err`} className="field-error" role={fields[field] ? 'alert' : undefined}>
        {fields[field] ?? ''}
      </small>
    </label>
  );

  return (
    <form className="card" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={headingId}>{title}</h2>
      <ErrorNotice error={error} />
      {mode.kind !== 'sk' ? (
        <>
          {input('name', t('profiles.name'))}
          <label className="field">
            <span>{t('profiles.siteLabel')}</span>
            <select data-testid="profile-site" value={draft.site} onChange={(e) => setDraft({ ...draft, site: e.target.value })}>
              {SELECTABLE_SITES.map((s) => (
                <option key={s} value={s}>
                  {t(`profiles.site.${s}`)}
                </option>
              ))}
            </select>
            <small className="field-error">{fields.site ?? ''}</small>
          </label>
          {draft.site === 'custom' ? input('endpoint', t('profiles.endpoint'), { type: 'url', help: t('profiles.endpointHelp') }) : null}
          {input('ak', t('profiles.ak'), { help: existing ? t('profiles.akKeep', { ak: existing.akMasked }) : undefined })}
          {input('domainId', t('profiles.domainId'))}
          <label className="field">
            <span>{t('profiles.roleLabel')}</span>
            <select data-testid="profile-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })}>
              {PROFILE_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`profiles.role.${r}`)}
                </option>
              ))}
            </select>
            <small className="field-error">{fields.role ?? ''}</small>
          </label>
        </>
      ) : null}
      {mode.kind !== 'edit' ? (
        <>
          <label className="field">
            <span>{t('profiles.sk')}</span>
            <input
              type="password"
              value={sk}
              data-testid="profile-sk"
              autoComplete="new-password"
              spellCheck={false}
              aria-invalid={fields.sk ? true : undefined}
              aria-describedby={`${headingId}-sk-help ${headingId}-sk-err`}
              onChange={(e) => setSk(e.target.value)}
            />
            <small id={`${headingId}-sk-help`} className="help">
              {t('profiles.skHelp')}
            </small>
            <small id={`${headingId}-sk-err`} className="field-error" role={fields.sk ? 'alert' : undefined}>
              {fields.sk ?? ''}
            </small>
          </label>
          <label>
            <input type="checkbox" checked={verify} data-testid="profile-verify" onChange={(e) => setVerify(e.target.checked)} /> {t('profiles.verify')}
          </label>
        </>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={store.busy} data-testid="profile-save">
          {store.busy ? t('profiles.saving') : t('profiles.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('profiles.cancel')}
        </button>
      </div>
    </form>
  );
}
