import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { CoreContext } from '../core-context';

export function appHandlers(core: CoreContext): AreaHandlers<Contract, 'app'> {
  return {
    info: () => ({
      name: 'Partner Desk',
      version: core.version,
      dataDir: core.dataDir,
      host: core.host,
      platform: process.platform,
    }),
  };
}
