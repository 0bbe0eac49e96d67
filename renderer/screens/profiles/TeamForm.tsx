// Connects a stored profile to its team database. Each field says what is wrong with it as soon
// as it has been left (or on submit), from the same rules the service applies; the service's
// answer then names a field, or shows on top (cannot connect, login refused, schema newer…).
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../shared/contract/channels/profiles';
import { isLoopbackHost, TEAM_PORT_DEFAULT, type TeamField } from '../../../shared/contract/channels/team';
import type { IpcError, Language } from '../../../shared/contract/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useTeamStore } from '../../stores/team-store';
import { fieldOf, teamCheck, type TeamFieldMessages } from './field-messages';

export type TeamDraft = Record<Exclude<TeamField, 'password'>, string>;

const EMPTY: TeamDraft = { host: '', port: String(TEAM_PORT_DEFAULT), database: '', user: '', caPem: '' };
const ALL: readonly TeamField[] = ['host', 'port', 'database', 'user', 'password', 'caPem'];
/** The e2e's names for the fields (team-host, team-ca…). */
const TEST_ID: Record<TeamField, string> = { host: 'team-host', port: 'team-port', database: 'team-database', user: 'team-user', password: 'team-password', caPem: 'team-ca' };

/**
 * What each field shows: the service's message for it until that field is edited, else the
 * shared rules' message once the field has been left. Exported for the unit tests.
 */
export function shownMessages(local: TeamFieldMessages, server: TeamFieldMessages, touched: ReadonlySet<TeamField>): TeamFieldMessages {
  const out: TeamFieldMessages = {};
  for (const f of ALL) {
    const message = server[f] ?? (touched.has(f) ? local[f] : undefined);
    if (message) out[f] = message;
  }
  return out;
}

export function TeamForm({ profile, onDone }: { profile: ProfileView; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const busy = useTeamStore((s) => s.busy === 'join');
  const join = useTeamStore((s) => s.join);
  const id = useId();
  const [draft, setDraft] = useState<TeamDraft>(EMPTY);
  // The password lives only in this input's state until submit; it is cleared right after.
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState<ReadonlySet<TeamField>>(new Set());
  const [server, setServer] = useState<TeamFieldMessages>({});
  const [error, setError] = useState<IpcError | null>(null);
  const messages = shownMessages(teamCheck({ ...draft, password }, lang), server, touched);
  // Which CA help applies depends on the host: before one is typed, say the rule itself.
  const host = draft.host.trim();
  const caHelp = !host ? t('team.form.caHelp') : isLoopbackHost(host) ? t('team.form.caOptional') : t('team.form.caRequired');

  const edit = (field: TeamField, value: string) => {
    if (field === 'password') setPassword(value);
    else setDraft({ ...draft, [field]: value });
    if (server[field]) setServer({ ...server, [field]: undefined });
  };
  const leave = (field: TeamField) => setTouched(new Set([...touched, field]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setServer({});
    setTouched(new Set(ALL));
    if (Object.keys(teamCheck({ ...draft, password }, lang)).length > 0) return;
    const failure = await join({ profileId: profile.id, ...draft, password });
    setPassword('');
    if (!failure) return onDone();
    const perField = fieldOf<TeamField>(failure, lang);
    if (perField) setServer(perField);
    else setError(failure);
  };

  const field = (name: TeamField, label: string, help: string | undefined, control: (props: FieldProps) => ReactNode) => {
    const ids = `${help ? `${id}-${name}-help ` : ''}${id}-${name}-err`;
    return (
      <label className="field">
        <span>{label}</span>
        {control({
          'data-testid': TEST_ID[name],
          value: name === 'password' ? password : draft[name],
          'aria-invalid': messages[name] ? true : undefined,
          'aria-describedby': ids,
          spellCheck: false,
          onChange: (e) => edit(name, e.target.value),
          onBlur: () => leave(name),
        })}
        {help ? (
          <small id={`${id}-${name}-help`} className="help">
            {help}
          </small>
        ) : null}
        <small id={`${id}-${name}-err`} className="field-error" role={messages[name] ? 'alert' : undefined}>
          {messages[name] ?? ''}
        </small>
      </label>
    );
  };
  const text = (type: string, autoComplete: string) => (props: FieldProps) => <input type={type} autoComplete={autoComplete} {...props} />;

  return (
    <form className="card" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate data-testid="team-form">
      <h2 id={`${id}-title`}>{t('team.form.title', { name: profile.name })}</h2>
      <p className="help">{t('team.form.intro')}</p>
      <ErrorNotice error={error} />
      {field('host', t('team.form.host'), t('team.form.hostHelp'), text('text', 'off'))}
      {field('port', t('team.form.port'), undefined, text('text', 'off'))}
      {field('database', t('team.form.database'), t('team.form.databaseHelp'), text('text', 'off'))}
      {field('user', t('team.form.user'), t('team.form.userHelp'), text('text', 'username'))}
      {field('password', t('team.form.password'), t('team.form.passwordHelp'), text('password', 'new-password'))}
      {field('caPem', t('team.form.ca'), caHelp, (props) => (
        <textarea rows={6} className="mono" placeholder="-----BEGIN CERTIFICATE-----" {...props} />
      ))}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="team-submit">
          {busy ? t('team.form.submitting') : t('team.form.submit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('team.form.cancel')}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  'data-testid': string;
  value: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
  spellCheck: false;
  onChange(e: { target: { value: string } }): void;
  onBlur(): void;
}
