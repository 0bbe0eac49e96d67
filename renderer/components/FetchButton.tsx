import { useNeedsApi } from './OfflineBanner';

/** A one-off fetch from the partner API: disabled, with the reason, while it is unreachable. */
export function FetchButton({ label, busy, onClick, testId, disabled = false }: { label: string; busy: boolean; onClick: () => void; testId: string; disabled?: boolean }) {
  const needsApi = useNeedsApi();
  return (
    <button type="button" className="button" data-testid={testId} disabled={busy || disabled || needsApi.disabled} title={needsApi.reason ?? undefined} onClick={onClick}>
      {label}
    </button>
  );
}
