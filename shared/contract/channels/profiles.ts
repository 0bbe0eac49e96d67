// Profiles: partner accounts the operator signs in with. The SK goes in (create, setSecret)
// and never comes out: no result type below has a field that could carry it.
import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../errors';
import type { TeamConnectionView } from './team';

export type ProfileSite = 'china' | 'intl' | 'custom' | 'sandbox';
export type ProfileRole = 'SP' | 'T1';

/** Sites an operator can choose; "sandbox" belongs to the built-in profile only. */
export const SELECTABLE_SITES = ['china', 'intl', 'custom'] as const;
export const PROFILE_ROLES: readonly ProfileRole[] = ['SP', 'T1'];

export const SITE_ENDPOINTS = {
  china: 'https://bss.myhuaweicloud.com',
  intl: 'https://bss-intl.myhuaweicloud.com',
} as const;

export const SANDBOX_PROFILE_ID = 'sandbox';
/** The built-in international-site sandbox profile: the sandbox's intl demo partner (USD). */
export const SANDBOX_INTL_PROFILE_ID = 'sandbox-intl';
export const isBuiltInProfile = (id: string): boolean => id === SANDBOX_PROFILE_ID || id === SANDBOX_INTL_PROFILE_ID;

/** What the renderer may see of a profile. */
export interface ProfileView {
  readonly id: string;
  readonly name: string;
  readonly site: ProfileSite;
  readonly endpoint: string;
  /** e.g. "HPUA****0001"; the full AK id stays on the main side. */
  readonly akMasked: string;
  readonly domainId: string;
  readonly role: ProfileRole;
  readonly builtIn: boolean;
  readonly active: boolean;
  /** Set on a shared profile: its operations live in this team database (channels/team.ts). */
  readonly team?: TeamConnectionView;
}

export interface KeychainView {
  readonly available: boolean;
  /** KEYCHAIN_* reason when unavailable, see the error catalogue. */
  readonly reason?: string;
}

export interface ProfilesList {
  readonly profiles: readonly ProfileView[];
  readonly activeId: string | null;
  readonly keychain: KeychainView;
}

export interface BalanceView {
  readonly accountType: number;
  /** Decimal string as received, never a float on screen. */
  readonly amount: string;
  readonly currency: string;
}

export interface ConnectionResult {
  readonly profileId: string;
  readonly endpoint: string;
  readonly balances: readonly BalanceView[];
  readonly elapsedMs: number;
}

// ---- field rules, shared by the form (instant feedback) and the service (the authority) ----

export type ProfileField = 'name' | 'site' | 'endpoint' | 'ak' | 'domainId' | 'role' | 'sk';

export interface FieldProblem {
  readonly field: ProfileField;
  readonly code: ErrorCode;
}

export const AK_PATTERN = /^[A-Z0-9]{16,40}$/;
export const DOMAIN_ID_PATTERN = /^[0-9a-fA-F]{16,64}$/;
export const NAME_MAX = 64;
export const SK_MAX = 256;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** scheme://host[:port] only (the signed client's rule); plain http only for a loopback sandbox. */
export function isEndpointUrl(value: string): boolean {
  try {
    const url = new URL(value.replace(/\/+$/, ''));
    if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  } catch {
    return false;
  }
}

export interface ProfileFields {
  readonly name?: string;
  readonly site?: string;
  readonly endpoint?: string;
  readonly ak?: string;
  readonly domainId?: string;
  readonly role?: string;
  readonly sk?: string;
}

/** Every problem of a draft, in form order. `requireSk`: creating needs an SK, editing does not. */
export function checkProfileFields(f: ProfileFields, requireSk: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const name = (f.name ?? '').trim();
  if (!name) problems.push({ field: 'name', code: 'PROFILE_NAME_REQUIRED' });
  else if (name.length > NAME_MAX) problems.push({ field: 'name', code: 'PROFILE_NAME_TOO_LONG' });
  if (!(SELECTABLE_SITES as readonly string[]).includes(f.site ?? '')) problems.push({ field: 'site', code: 'PROFILE_SITE_UNKNOWN' });
  else if (f.site === 'custom' && !isEndpointUrl((f.endpoint ?? '').trim())) {
    problems.push({ field: 'endpoint', code: 'PROFILE_ENDPOINT_INVALID' });
  }
  if (!AK_PATTERN.test((f.ak ?? '').trim())) problems.push({ field: 'ak', code: 'PROFILE_AK_FORMAT' });
  if (!DOMAIN_ID_PATTERN.test((f.domainId ?? '').trim())) problems.push({ field: 'domainId', code: 'PROFILE_DOMAIN_ID_FORMAT' });
  if (!(PROFILE_ROLES as readonly string[]).includes(f.role ?? '')) problems.push({ field: 'role', code: 'PROFILE_ROLE_UNKNOWN' });
  const sk = requireSk || f.sk ? checkSk(f.sk ?? '') : null;
  if (sk) problems.push({ field: 'sk', code: sk });
  return problems;
}

export function checkSk(sk: string): ErrorCode | null {
  if (!sk) return 'PROFILE_SK_REQUIRED';
  if (sk.length > SK_MAX || /\s/.test(sk)) return 'PROFILE_SK_FORMAT';
  return null;
}

export function maskAk(ak: string): string {
  if (ak.length <= 8) return '*'.repeat(ak.length);
  return `${ak.slice(0, 4)}****${ak.slice(-4)}`;
}

// ---- channels ----
// Schemas check shape only (strings, bounded); the field rules above run in the service so
// that each bad field gets its own message in both languages (FieldProblem codes).

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(64);

const fieldsInput = {
  name: text(200),
  site: text(32),
  endpoint: text(2048).optional(),
  ak: text(128),
  domainId: text(128),
  role: text(8),
};

const connectionErrors: readonly ErrorCode[] = [
  'NO_ACTIVE_PROFILE',
  'PROFILE_NOT_FOUND',
  'PROFILE_SECRET_MISSING',
  'PROFILE_ENDPOINT_UNREACHABLE',
  'PROFILE_SK_REJECTED',
  'PROFILE_ACCESS_DENIED',
  'PROFILE_CONNECTION_FAILED',
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_FAILED',
  'API_CLOCK_SKEW',
  'API_RATE_LIMITED',
  'API_SERVER_ERROR',
  'API_INVALID_RESPONSE',
  'API_WRONG_SITE',
  'SIGNING_OUTSIDE_PROFILE',
  'SANDBOX_START_FAILED',
];

const fieldErrors: readonly ErrorCode[] = [
  'PROFILE_NAME_REQUIRED',
  'PROFILE_NAME_TOO_LONG',
  'PROFILE_NAME_TAKEN',
  'PROFILE_SITE_UNKNOWN',
  'PROFILE_ENDPOINT_INVALID',
  'PROFILE_AK_FORMAT',
  'PROFILE_DOMAIN_ID_FORMAT',
  'PROFILE_ROLE_UNKNOWN',
  'PROFILE_SK_REQUIRED',
  'PROFILE_SK_FORMAT',
];

export const profilesChannels = {
  list: channel<ProfilesList>()(z.undefined().optional(), ['KEYCHAIN_FAILED']),
  get: channel<ProfileView>()(z.strictObject({ id }), ['PROFILE_NOT_FOUND']),
  /** Validates everything, stores the SK in the keychain, checks the connection (unless
   *  `verify: false`), then saves the profile; any failure leaves nothing behind. */
  create: channel<ProfileView>()(
    z.strictObject({ ...fieldsInput, sk: text(1024), verify: z.boolean().optional() }),
    [...fieldErrors, ...connectionErrors],
  ),
  /** Edits the public fields (an empty or absent `ak` keeps the current one, which the
   *  renderer only sees masked); the SK is replaced only through setSecret. */
  update: channel<ProfileView>()(
    z.strictObject({ id, ...fieldsInput, ak: text(128).optional() }),
    [...fieldErrors, 'PROFILE_NOT_FOUND', 'PROFILE_BUILTIN_READONLY'],
  ),
  delete: channel<{ readonly deleted: string }>()(z.strictObject({ id }), [
    'PROFILE_NOT_FOUND',
    'PROFILE_BUILTIN_READONLY',
    'PROFILE_HAS_UNRESOLVED',
    'KEYCHAIN_UNAVAILABLE',
    'KEYCHAIN_FAILED',
  ]),
  activate: channel<ProfileView>()(z.strictObject({ id }), ['PROFILE_NOT_FOUND', 'SANDBOX_START_FAILED']),
  /** Sets or replaces the SK; returns nothing about it. */
  setSecret: channel<{ readonly stored: true }>()(z.strictObject({ id, sk: text(1024), verify: z.boolean().optional() }), [
    'PROFILE_NOT_FOUND',
    'PROFILE_BUILTIN_READONLY',
    'PROFILE_SK_REQUIRED',
    'PROFILE_SK_FORMAT',
    ...connectionErrors,
  ]),
  testConnection: channel<ConnectionResult>()(z.strictObject({ id: id.optional() }).optional(), connectionErrors),
};
