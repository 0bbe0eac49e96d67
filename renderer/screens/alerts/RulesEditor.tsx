// The profile's alert rules as an editable list; saved as a set and checked at once.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_KINDS, ALERT_PARAMETER, type AlertKind, type AlertRule, type AlertRuleInput } from '../../../shared/contract/channels/alerts';
import { useAlertsStore } from '../../stores/alerts-store';

interface Draft {
  readonly id?: string;
  readonly kind: AlertKind;
  readonly value: string;
  readonly enabled: boolean;
}

const draftOf = (r: AlertRule): Draft => ({ id: r.id, kind: r.kind, value: r.amount ?? (r.percent ?? r.days ?? '').toString(), enabled: r.enabled });

/** The input the channel takes; a number field left as typed so the core's own check explains a bad one. */
function inputOf(d: Draft): AlertRuleInput {
  const p = ALERT_PARAMETER[d.kind];
  const base = { ...(d.id ? { id: d.id } : {}), kind: d.kind, enabled: d.enabled };
  if (p === 'amount') return { ...base, amount: d.value.trim() };
  if (p === null) return base;
  return { ...base, [p]: d.value.trim() === '' ? undefined : Number(d.value) };
}

export function RulesEditor() {
  const { t } = useTranslation();
  const { rules, saveRules, check, busy } = useAlertsStore();
  const [drafts, setDrafts] = useState<Draft[]>(() => rules.map(draftOf));
  const [saved, setSaved] = useState(false);
  const base = useId();
  useEffect(() => setDrafts(rules.map(draftOf)), [rules]);
  const patch = (i: number, change: Partial<Draft>) => {
    setSaved(false);
    setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...change } : d)));
  };

  return (
    <section className="card" aria-labelledby={`${base}-rules`} data-testid="alert-rules">
      <h2 id={`${base}-rules`}>{t('alerts.rules')}</h2>
      {drafts.length === 0 ? <p className="help">{t('alerts.noRules')}</p> : null}
      <ul className="plain-list rule-list">
        {drafts.map((d, i) => {
          const p = ALERT_PARAMETER[d.kind];
          return (
            <li key={d.id ?? `new-${i}`} className="rule-row" data-testid="alert-rule">
              <label htmlFor={`${base}-kind-${i}`}>{t('alerts.kind')}</label>
              <select id={`${base}-kind-${i}`} data-testid="alert-rule-kind" value={d.kind} onChange={(e) => patch(i, { kind: e.target.value as AlertKind })}>
                {ALERT_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`alerts.kinds.${k}`)}</option>
                ))}
              </select>
              {p ? (
                <>
                  <label htmlFor={`${base}-value-${i}`}>{`${t('alerts.value')} (${t(`alerts.unit.${p}`)})`}</label>
                  <input id={`${base}-value-${i}`} data-testid="alert-rule-value" inputMode="decimal" value={d.value} onChange={(e) => patch(i, { value: e.target.value })} />
                </>
              ) : null}
              <label>
                <input type="checkbox" checked={d.enabled} onChange={(e) => patch(i, { enabled: e.target.checked })} /> {t('alerts.enabled')}
              </label>
              <button type="button" className="link-button" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))}>{t('alerts.remove')}</button>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="button" data-testid="alert-rule-add" onClick={() => setDrafts((all) => [...all, { kind: 'customer-below', value: '', enabled: true }])}>
          {t('alerts.add')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="alert-rules-save"
          disabled={busy}
          onClick={() => void saveRules(drafts.map(inputOf)).then((ok) => setSaved(ok))}
        >
          {t('alerts.save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void check()}>{t('alerts.check')}</button>
      </div>
      {saved ? <p role="status" className="notice notice-ok" data-testid="alert-rules-saved">{t('alerts.saved')}</p> : null}
    </section>
  );
}
