// customers.* channels over the customers service and offboarding; gates are declared on the channels.
import type { AreaHandlers, Contract } from '../../../shared/contract';
import type { CustomersService } from './customers-service';
import type { OffboardingHandlers } from './offboarding';
import type { RealnameService } from './realname';

export function customersHandlers(service: CustomersService, offboarding: OffboardingHandlers, realname: RealnameService): AreaHandlers<Contract, 'customers'> {
  return {
    previewOffboard: (input) => offboarding.previewOffboard(input),
    offboard: (input, ctx) => offboarding.offboard(input, { operator: ctx.operator }),
    offboardSummary: async (input) => offboarding.offboardSummary(input),
    exportOffboard: (input) => offboarding.exportOffboard(input),
    checkIdentity: ({ kind, value }) => service.checkIdentity(kind, value),
    sendCode: (input) => service.sendCode(input),
    previewCreate: (input) => service.previewCreate(input),
    create: (input, ctx) => service.create(input, ctx.operator),
    creations: async () => service.creations(),
    checkCreation: ({ entryId }, ctx) => service.checkCreation(entryId, ctx.operator),
    previewFreeze: async (input) => service.previewFreeze(input, true),
    freeze: (input, ctx) => service.setFrozen(input, true, ctx.operator),
    previewUnfreeze: async (input) => service.previewFreeze(input, false),
    unfreeze: (input, ctx) => service.setFrozen(input, false, ctx.operator),
    budget: ({ customerId, indirectPartnerId }) => service.budget(customerId, indirectPartnerId),
    previewBudget: async (input) => service.previewBudget(input),
    setBudget: (input, ctx) => service.setBudget(input, ctx.operator),
    realnameStatus: ({ customerId }) => realname.status(customerId),
    previewRealname: (input) => realname.preview(input),
    fileRealname: ({ confirmation: _c, ...input }, ctx) => realname.file(input, ctx.operator),
  };
}
