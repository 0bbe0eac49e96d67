// IPC handlers of the plans area: thin, the service does the work.
import type { AreaHandlers, Contract, Language } from '../../../shared/contract';
import type { ApproversService } from './approvers-service';
import type { PlansService } from './plans-service';

export function plansHandlers(
  service: () => PlansService,
  language: () => Language,
  approvers: () => ApproversService,
): AreaHandlers<Contract, 'plans'> {
  return {
    list: () => service().list(),
    get: ({ id }) => service().get(id),
    importSheet: (input, ctx) => service().importSheet(input, ctx.operator),
    updateRow: (input) => service().updateRow(input),
    addRow: (input) => service().addRow(input),
    deleteRow: (input) => service().deleteRow(input),
    rename: (input) => service().rename(input),
    setParams: (input) => service().setParams(input),
    revalidate: ({ id }) => service().revalidate(id),
    saveDraft: (input) => service().saveDraft(input),
    save: (input) => service().save(input),
    delete: ({ id }) => service().delete(id),
    approve: (input, ctx) => service().approve(input, ctx.operator),
    exportPlanFile: ({ id }) => service().exportPlanFile(id),
    importPlanFile: ({ content }) => service().importPlanFile(content),
    exportApproval: ({ id }) => service().exportApproval(id),
    importApproval: ({ content }) => service().importApproval(content),
    execute: ({ id }, ctx) => service().execute(id, ctx.operator),
    pause: ({ id }) => service().pause(id),
    cancel: ({ id }) => service().cancel(id),
    reconcile: ({ id }, ctx) => service().reconcile(id, ctx.operator),
    exportResult: (input) => service().exportResult(input, language()),
    approvalSetup: (_, ctx) => approvers().setup(ctx.operator),
    createSigningKey: (_, ctx) => approvers().createSigningKey(ctx.operator),
    exportEnrolment: (_, ctx) => approvers().exportEnrolment(ctx.operator),
    enrolApprover: ({ content }, ctx) => approvers().enrol(content, ctx.operator),
    removeApprover: ({ fingerprint }, ctx) => approvers().remove(fingerprint, ctx.operator),
    setApprovalPolicy: (input, ctx) => approvers().setPolicy(input, ctx.operator),
  };
}
