import { useEffect, useState } from 'react';
import type { IpcError } from '../../shared/contract/errors';
import { errorOf } from './error-of';

/**
 * A snapshot kept by the core and fetched from Huawei on request: `read` loads what was kept
 * (offline) whenever `key` changes; `fetchNow` asks Huawei and shows the new snapshot, or the
 * error with the old one still on screen.
 */
export function useFetchedSnapshot<T>(read: () => Promise<T>, fetch: () => Promise<T>, key: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    read().then((d) => { setData(d); setError(null); }, (e: unknown) => setError(errorOf(e)));
    // `read` is a fresh closure each render; `key` names what it reads.
  }, [key]);
  const fetchNow = async () => {
    setBusy(true);
    try {
      setData(await fetch());
      setError(null);
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };
  return { data, error, busy, fetchNow };
}
