// Turns field problems (shared rules, or the service's typed error) into per-field messages.
import { checkProfileFields, checkSk, type ProfileField } from '../../../shared/contract/channels/profiles';
import { checkTeamFields, type TeamField, type TeamFields } from '../../../shared/contract/channels/team';
import { errorCatalog, formatMessage, type IpcError, type Language } from '../../../shared/contract/errors';

export type FieldMessages = Partial<Record<ProfileField, string>>;

export function localCheck(fields: Parameters<typeof checkProfileFields>[0], requireSk: boolean, lang: Language): FieldMessages {
  const out: FieldMessages = {};
  for (const p of checkProfileFields(fields, requireSk)) out[p.field] ??= errorCatalog[p.code][lang];
  return out;
}

export type TeamFieldMessages = Partial<Record<TeamField, string>>;

/** The team form's draft: one message per bad field, the CA required only off this machine. */
export function teamCheck(fields: TeamFields, lang: Language): TeamFieldMessages {
  const out: TeamFieldMessages = {};
  for (const p of checkTeamFields(fields)) out[p.field] ??= errorCatalog[p.code][lang];
  return out;
}

/** A server error that names a field goes next to that field; anything else is shown on top. */
export function fieldOf<F extends string = ProfileField>(error: IpcError, lang: Language): Partial<Record<F, string>> | null {
  const field = error.details.field;
  if (typeof field !== 'string') return null;
  return { [field]: formatMessage(errorCatalog[error.code][lang], error.details) } as Partial<Record<F, string>>;
}

export function skCheck(sk: string, lang: Language): FieldMessages {
  const code = checkSk(sk);
  return code ? { sk: errorCatalog[code][lang] } : {};
}
