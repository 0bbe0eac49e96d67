// The team area's channels (shared/contract/channels/team.ts).
import type { Contract } from '../../../shared/contract';
import type { AreaHandlers } from '../../../shared/contract/define';
import type { TeamService } from './team-service';

export function teamHandlers(service: TeamService): AreaHandlers<Contract, 'team'> {
  return {
    status: () => service.status(),
    join: (input) => service.join(input),
    leave: (input) => service.leave(input),
    importSolo: () => service.importSolo(),
  };
}
