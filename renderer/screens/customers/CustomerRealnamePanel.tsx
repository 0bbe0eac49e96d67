// A customer's real-name authentication (China site, partner-api.md §11): the review state as
// Huawei reports it now, this workstation's filings, and a filing — individual, enterprise, or
// an authenticated individual changing to an enterprise — previewed, confirmed and sent once
// through the write engine. The core checks every field again and says which one is wrong.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerWritePreview } from '../../../shared/contract/channels/customers';
import type { RealnameFiled, RealnameStatus } from '../../../shared/contract/channels/realname';
import type { CustomerRow } from '../../../shared/contract/channels/review';
import type { IpcError } from '../../../shared/contract/errors';
import { api } from '../../bridge';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FetchButton } from '../../components/FetchButton';
import { errorOf } from '../../components/error-of';
import { operationLabel } from '../funding/operations';
import { EMPTY_DRAFT, inputOf, RealnameForm, type RealnameDraft } from './RealnameForm';

export function CustomerRealnamePanel({ customer }: { customer: CustomerRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const [status, setStatus] = useState<RealnameStatus | null>(null);
  const [draft, setDraft] = useState<RealnameDraft>(EMPTY_DRAFT);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<CustomerWritePreview | null>(null);
  const [result, setResult] = useState<RealnameFiled | null>(null);

  const load = async () => {
    setBusy(true);
    try {
      setStatus(await api.customers.realnameStatus({ customerId: customer.customerId }));
      setError(null);
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
    }
  };
  const input = inputOf(customer.customerId, draft);
  const preview = async () => {
    setError(null);
    setResult(null);
    try {
      setPending(await api.customers.previewRealname(input));
    } catch (e) {
      setError(errorOf(e));
    }
  };
  const file = async (confirmation: string) => {
    setBusy(true);
    try {
      const filed = await api.customers.fileRealname({ ...input, confirmation });
      setResult(filed);
      if (filed.entry.state === 'done') setDraft(EMPTY_DRAFT);
      await load();
    } catch (e) {
      setError(errorOf(e));
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const open = status && (status.review === 'none' || status.review === 'rejected' || status.review === 'passed');

  return (
    <details className="card" data-testid="customer-realname" onToggle={(e) => { if ((e.target as HTMLDetailsElement).open && !status) void load(); }}>
      <summary>{t('realname.title')}</summary>
      <div className="button-row">
        <FetchButton testId="realname-check" busy={busy} label={t('realname.check')} onClick={() => void load()} />
      </div>
      {status ? (
        <dl className="facts" data-testid="realname-status">
          <dt>{t('realname.state')}</dt>
          <dd data-testid="realname-review">{t(`realname.review.${status.review}`)}</dd>
          {status.opinion ? (<><dt>{t('realname.opinion')}</dt><dd>{status.opinion}</dd></>) : null}
          <dt>{t('realname.filings')}</dt>
          <dd>
            {status.filings.length === 0 ? t('realname.filingsNone') : (
              <ul className="plain-list">
                {status.filings.map((f) => (
                  <li key={f.id}><DateTime value={f.createdAt} /> · {operationLabel(f.operation, i18n.language)} · {t(`activity.states.${f.state}`)}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      ) : null}
      {status ? <p className="help">{t('realname.readAt')} <DateTime value={status.asOf} /></p> : null}
      {open ? (
        <>
          <RealnameForm draft={draft} onChange={setDraft} canChange={status.review === 'passed'} />
          <div className="button-row">
            <button type="button" className="button button-primary" data-testid="realname-file" disabled={busy} onClick={() => void preview()}>{t('realname.file')}</button>
          </div>
        </>
      ) : null}
      <ErrorNotice error={error} />
      {result?.entry.state === 'done' ? <p role="status" className="notice notice-ok" data-testid="realname-done">{t('realname.filed')}</p> : null}
      {result?.entry.state === 'failed' ? (
        <p role="alert" className="notice notice-error" data-testid="realname-refused">
          {t('realname.refused', { code: result.entry.code ?? '', meaning: result.meaning?.[lang] ?? result.entry.message ?? '' })}
        </p>
      ) : null}
      {result && result.entry.state === 'unknown' ? <p role="alert" className="notice notice-warn" data-testid="realname-unknown">{t('realname.unknown')}</p> : null}
      <ConfirmDialog
        open={pending !== null}
        title={t('realname.confirmTitle')}
        confirmLabel={busy ? t('realname.sending') : t('realname.confirm')}
        confirmDisabled={busy}
        onCancel={() => setPending(null)}
        onConfirm={() => { if (pending) void file(pending.confirmation); }}
      >
        {pending ? <p data-testid="realname-confirm">{pending.summary[lang]}</p> : null}
      </ConfirmDialog>
    </details>
  );
}
