import { useNeedsApi } from './OfflineBanner';

/** A one-off fetch from the partner API: disabled, with the reason, while it is unreachable. */
export function FetchButton({ label, busy, onClick, testId }: { label: string; busy: boolean; onClick: () => void; testId: string }) {
  const needsApi = useNeedsApi();
  return (
    <button type="button" className="button" data-testid={testId} disabled={busy || needsApi.disabled} title={needsApi.reason ?? undefined} onClick={onClick}>
      {label}
    </button>
  );
}
