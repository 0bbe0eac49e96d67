// Four-eyes setup of the active profile's account: my key, the approver roster, the policy
// and its change log, as the core returns them after every call.
import { create } from 'zustand';
import type { IpcError } from '../../shared/contract/errors';
import type { ApprovalSetupView } from '../../shared/contract/channels/plans-approvers';
import { api, ApiError } from '../bridge';
import { download } from './plans-store';

interface ApproversState {
  setup: ApprovalSetupView | null;
  error: IpcError | null;
  busy: boolean;
  /** Set after a policy save, so the screen can say it was kept. */
  saved: boolean;
  load(): Promise<void>;
  createKey(): Promise<void>;
  exportKey(): Promise<void>;
  enrol(file: File): Promise<void>;
  remove(fingerprint: string): Promise<void>;
  setLimit(limit: string | null): Promise<void>;
}

export const useApproversStore = create<ApproversState>((set) => {
  const call = async (fn: () => Promise<ApprovalSetupView | void>, saved = false): Promise<void> => {
    set({ busy: true, saved: false });
    try {
      const setup = await fn();
      set({ ...(setup ? { setup } : {}), error: null, busy: false, saved });
    } catch (e) {
      set({ error: e instanceof ApiError ? e.error : null, busy: false });
    }
  };
  return {
    setup: null,
    error: null,
    busy: false,
    saved: false,
    load: () => call(() => api.plans.approvalSetup()),
    createKey: () => call(() => api.plans.createSigningKey()),
    exportKey: () =>
      call(async () => {
        const f = await api.plans.exportEnrolment();
        download(f.fileName, 'application/json', f.content, false);
        // Exporting makes the key on first use: show its fingerprint.
        return api.plans.approvalSetup();
      }),
    enrol: (file) => call(async () => api.plans.enrolApprover({ content: await file.text() })),
    remove: (fingerprint) => call(() => api.plans.removeApprover({ fingerprint })),
    setLimit: (limit) => call(() => api.plans.setApprovalPolicy({ singleOperationLimit: limit }), true),
  };
});
