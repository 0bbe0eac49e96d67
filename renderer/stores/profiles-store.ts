// Profiles screen state. Secrets typed into the form go straight into one api call and are
// never kept in this store.
import { create } from 'zustand';
import type { ConnectionResult, ProfilesList } from '../../shared/contract/channels/profiles';
import type { IpcError } from '../../shared/contract/errors';
import { api, ApiError } from '../bridge';

export interface ProfileDraft {
  name: string;
  site: string;
  endpoint: string;
  ak: string;
  domainId: string;
  role: string;
}

export type TestOutcome = { profileId: string } & ({ ok: true; result: ConnectionResult } | { ok: false; error: IpcError });

interface ProfilesState {
  list: ProfilesList | null;
  error: IpcError | null;
  busy: boolean;
  test: TestOutcome | null;
  load(): Promise<void>;
  /** Resolves to null on success, or the typed error for the form to show. */
  create(draft: ProfileDraft, sk: string, verify: boolean): Promise<IpcError | null>;
  update(id: string, draft: ProfileDraft): Promise<IpcError | null>;
  setSecret(id: string, sk: string, verify: boolean): Promise<IpcError | null>;
  remove(id: string): Promise<void>;
  activate(id: string): Promise<void>;
  testConnection(id: string): Promise<void>;
}

const asError = (e: unknown): IpcError | null => (e instanceof ApiError ? e.error : null);

export const useProfilesStore = create<ProfilesState>((set, get) => {
  const run = async (fn: () => Promise<unknown>): Promise<IpcError | null> => {
    set({ busy: true });
    try {
      await fn();
      await get().load();
      return null;
    } catch (e) {
      return asError(e) ?? { code: 'INTERNAL', message: String(e), messages: { en: String(e), 'zh-CN': String(e) }, details: {} };
    } finally {
      set({ busy: false });
    }
  };
  const draftInput = (d: ProfileDraft) => ({
    name: d.name,
    site: d.site,
    endpoint: d.site === 'custom' ? d.endpoint : undefined,
    ak: d.ak,
    domainId: d.domainId,
    role: d.role,
  });

  return {
    list: null,
    error: null,
    busy: false,
    test: null,
    async load() {
      try {
        set({ list: await api.profiles.list(), error: null });
      } catch (e) {
        set({ error: asError(e) });
      }
    },
    create: (draft, sk, verify) => run(() => api.profiles.create({ ...draftInput(draft), sk, verify })),
    update: (id, draft) => run(() => api.profiles.update({ id, ...draftInput(draft) })),
    setSecret: (id, sk, verify) => run(() => api.profiles.setSecret({ id, sk, verify })),
    async remove(id) {
      const error = await run(() => api.profiles.delete({ id }));
      set({ error });
    },
    async activate(id) {
      const error = await run(() => api.profiles.activate({ id }));
      set({ error });
    },
    async testConnection(id) {
      set({ busy: true, test: null });
      try {
        set({ test: { profileId: id, ok: true, result: await api.profiles.testConnection({ id }) } });
      } catch (e) {
        const error = asError(e);
        if (error) set({ test: { profileId: id, ok: false, error } });
      } finally {
        set({ busy: false });
      }
    },
  };
});
