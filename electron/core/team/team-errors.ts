// Why a team database did not open, as the typed error the operator reads: the schema's own
// refusals pass through; the server's and the network's become one code each, with their
// words as the reason (never the password: pg does not put it in messages).
import { AppError } from '../../../shared/contract/errors';
import { pgError, type TeamConnectionConfig } from '../infra/team/connection';

/** SQLSTATEs of a refused login: invalid password, invalid authorization, no CONNECT privilege. */
const LOGIN_REFUSED = new Set(['28P01', '28000', '42501']);
/** The database does not exist. */
const NO_DATABASE = '3D000';

export function connectionFailure(error: unknown, config: Pick<TeamConnectionConfig, 'host' | 'port' | 'database' | 'user'>): AppError {
  if (error instanceof AppError) return error;
  const e = pgError(error);
  const reason = e.message.slice(0, 300);
  if (e.code && LOGIN_REFUSED.has(e.code)) return new AppError('TEAM_LOGIN_REJECTED', { user: config.user, reason });
  if (e.code === NO_DATABASE) return new AppError('TEAM_NOT_PROVISIONED', { database: config.database, reason });
  return new AppError('TEAM_CONNECT_FAILED', { host: config.host, port: config.port, reason });
}
