import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { ProfilesService } from './profiles-service';

export function profilesHandlers(service: ProfilesService): AreaHandlers<Contract, 'profiles'> {
  return {
    list: () => service.list(),
    get: ({ id }) => service.get(id),
    create: (input) => service.create(input),
    update: (input) => service.update(input),
    delete: ({ id }) => service.delete(id),
    activate: ({ id }) => service.activate(id),
    setSecret: (input) => service.setSecret(input),
    testConnection: (input) => service.testConnection(input?.id),
  };
}
