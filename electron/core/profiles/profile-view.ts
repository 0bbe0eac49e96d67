import { SITE_ENDPOINTS, maskAk, type ProfileView } from '../../../shared/contract/channels/profiles';
import type { StoredProfile } from './profile';

export function endpointOf(p: Pick<StoredProfile, 'site' | 'endpoint'>): string {
  if (p.site === 'custom') return (p.endpoint ?? '').replace(/\/+$/, '');
  return SITE_ENDPOINTS[p.site];
}

/** The renderer's view of a stored profile: the AK masked, nothing else withheld. */
export function toView(p: StoredProfile, active: boolean): ProfileView {
  return {
    id: p.id,
    name: p.name,
    site: p.site,
    endpoint: endpointOf(p),
    akMasked: maskAk(p.ak),
    domainId: p.domainId,
    role: p.role,
    builtIn: false,
    active,
    ...(p.team ? { team: { host: p.team.host, port: p.team.port, database: p.team.database, user: p.team.user, tls: Boolean(p.team.caPem) } } : {}),
  };
}
