// The customers created from this partner account, newest first, each with where it is:
// sending, answer lost (being looked up), refused (with the code in plain words), created and
// waiting for the association, associated, or timed out — and "Check now".
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { useNewCustomerStore } from '../../stores/new-customer-store';
import { formatInZone } from '../../components/format/time';

export function CreationsTable() {
  const { t, i18n } = useTranslation();
  const { creations, checkNow } = useNewCustomerStore();
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <section aria-labelledby="nc-creations">
      <h2 id="nc-creations">{t('newCustomer.creations')}</h2>
      {creations.length === 0 ? (
        <p className="help">{t('newCustomer.none')}</p>
      ) : (
        <table className="mini-table" data-testid="nc-creations">
          <thead>
            <tr>
              <th scope="col">{t('newCustomer.col.name')}</th>
              <th scope="col">{t('newCustomer.col.contact')}</th>
              <th scope="col">{t('newCustomer.col.state')}</th>
              <th scope="col">{t('newCustomer.col.customerId')}</th>
              <th scope="col">{t('newCustomer.col.created')}</th>
              <th scope="col">{t('newCustomer.col.checked')}</th>
              <th scope="col"><span className="sr-only">{t('newCustomer.checkNow')}</span></th>
            </tr>
          </thead>
          <tbody>
            {creations.map((c) => (
              <tr key={c.entryId} data-testid={`nc-creation-${c.accountName}`} data-state={c.state}>
                <td>{c.accountName}</td>
                <td>{c.contact ?? '—'}</td>
                <td>
                  <strong>{t(`newCustomer.state.${c.state}`)}</strong>
                  {c.state === 'pending' && c.giveUpAt ? <div className="help">{t('newCustomer.stateHelp.pending', { until: formatInZone(new Date(c.giveUpAt)) })}</div> : null}
                  {c.state === 'timed-out' ? <div className="help">{t('newCustomer.stateHelp.timed-out')}</div> : null}
                  {c.state === 'refused' ? (
                    <div className="help" data-testid="nc-refusal">{t('newCustomer.stateHelp.refused', { code: c.code ?? '—', message: c.meaning?.[lang] ?? c.message ?? '' })}</div>
                  ) : null}
                  {c.state === 'unknown' && c.message ? <div className="help">{t('newCustomer.stateHelp.unknown', { message: c.message })}</div> : null}
                </td>
                <td className="mono">{c.customerId ?? '—'}</td>
                <td><DateTime value={c.createdAt} /></td>
                <td>{c.lastCheckedAt ? <DateTime value={c.lastCheckedAt} /> : '—'}</td>
                <td>
                  {c.state === 'pending' || c.state === 'timed-out' || c.state === 'unknown' ? (
                    <button type="button" className="button" data-testid={`nc-check-${c.accountName}`} onClick={() => void checkNow(c.entryId)}>{t('newCustomer.checkNow')}</button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
