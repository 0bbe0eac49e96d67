// Four-eyes setup of the active account: my signing key (fingerprint, public key file out),
// the roster of approvers' keys (enrol from a key file, remove), then the policy and its log.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApproverView } from '../../../shared/contract/channels/plans-approvers';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateTime } from '../../components/DateTime';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useApproversStore } from '../../stores/approvers-store';
import { ApprovalPolicyCard } from './ApprovalPolicyCard';
import { groupedFingerprint, shortFingerprint } from './fingerprint';
import { JsonFileField } from './JsonFileField';

export function ApproversPanel() {
  const { t } = useTranslation();
  const { setup, error, busy, load, createKey, exportKey, enrol, remove } = useApproversStore();
  const [removing, setRemoving] = useState<ApproverView | null>(null);
  useEffect(() => void load(), [load]);

  return (
    <article className="card approvers" aria-labelledby="approvers-title" data-testid="approvers-panel">
      <h2 id="approvers-title">{t('approvers.title')}</h2>
      <ErrorNotice error={error} />
      {setup ? (
        <dl className="facts">
          <dt>{t('approvers.account')}</dt>
          <dd className="mono" data-testid="approvers-account">{setup.account}</dd>
          <dt>{t('approvers.operator')}</dt>
          <dd>{setup.operator}</dd>
        </dl>
      ) : null}

      <section aria-labelledby="approvers-my-key">
        <h3 id="approvers-my-key">{t('approvers.myKey')}</h3>
        {setup?.myKey ? (
          <dl className="facts">
            <dt>{t('approvers.fingerprint')}</dt>
            <dd className="mono fingerprint" data-testid="my-key-fingerprint">{groupedFingerprint(setup.myKey.fingerprint)}</dd>
          </dl>
        ) : (
          <p data-testid="my-key-none">{t('approvers.noKey')}</p>
        )}
        <div className="button-row">
          {setup && !setup.myKey ? (
            <button type="button" className="button" data-testid="my-key-create" disabled={busy} onClick={() => void createKey()}>{t('approvers.createKey')}</button>
          ) : null}
          <button type="button" className="button" data-testid="my-key-export" disabled={busy} onClick={() => void exportKey()}>{t('approvers.exportKey')}</button>
        </div>
        <p className="help">{t('approvers.myKeyHelp')}</p>
      </section>

      <section aria-labelledby="approvers-roster">
        <h3 id="approvers-roster">{t('approvers.roster')}</h3>
        <p className="help">{t('approvers.rosterHelp')}</p>
        <div data-testid="approver-roster">
          {setup && setup.roster.length === 0 ? <p>{t('approvers.rosterEmpty')}</p> : null}
          {setup && setup.roster.length > 0 ? (
            <table className="plan-table">
              <thead>
                <tr>
                  <th scope="col">{t('approvers.col.operator')}</th>
                  <th scope="col">{t('approvers.col.fingerprint')}</th>
                  <th scope="col">{t('approvers.col.enrolled')}</th>
                  <th scope="col">{t('approvers.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {setup.roster.map((a) => (
                  <tr key={a.fingerprint} data-testid={`approver-${a.fingerprint.slice(0, 16)}`}>
                    <td>{a.operator}</td>
                    <td className="mono fingerprint">{groupedFingerprint(a.fingerprint)}</td>
                    <td>
                      <DateTime value={a.enrolledAt} /> {t('approvers.enrolledBy', { who: a.enrolledBy })}
                    </td>
                    <td>
                      <button type="button" className="button button-danger" disabled={busy} aria-label={t('approvers.removeLabel', { operator: a.operator })} onClick={() => setRemoving(a)}>
                        {t('approvers.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
        <JsonFileField label={t('approvers.enrolFile')} testId="approver-enrol-file" disabled={busy} onFile={(f) => void enrol(f)} />
      </section>

      {setup ? <ApprovalPolicyCard key={setup.account} setup={setup} /> : null}

      <ConfirmDialog
        open={removing !== null}
        title={t('approvers.removeTitle')}
        confirmLabel={t('approvers.remove')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const fingerprint = removing!.fingerprint;
          setRemoving(null);
          void remove(fingerprint);
        }}
      >
        <p>{removing ? t('approvers.removeBody', { operator: removing.operator, fingerprint: shortFingerprint(removing.fingerprint) }) : null}</p>
      </ConfirmDialog>
    </article>
  );
}
