// The quota a voucher plan draws on, picked from the synced quotas instead of typed: each in
// words as on the Vouchers screen (type, what is left, validity, restrictions), searchable by
// any of them, keyboard-usable (a combobox: arrows, Home/End, Enter, Escape). An issue plan
// offers our own quotas and, for a T1, the child quotas we gave our T2s (choosing one names
// the T2 the coupons are issued for); a grant plan offers our own quotas. A quota that cannot
// be drawn on now is listed with the reason and refused with a specific error.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanParams } from '../../../shared/contract/channels/plans';
import { describeQuota } from '../../../shared/domain/voucher-limits';
import { formatInZone, parseApiTime } from '../../components/format/time';
import { QuotaSummary } from '../vouchers/QuotaSummary';
import type { QuotaOption } from '../vouchers/quota-options';
import { limitLanguage } from '../vouchers/voucher-columns';
import { choiceProblem, findChoice, matchesSearch, orderChoices, type QuotaChoiceProblem } from './quota-choice';

/** A quota time as the Vouchers screen shows it (the operator's zone). */
export const timeText = (iso: string) => {
  const d = parseApiTime(iso);
  return d ? formatInZone(d) : iso;
};

/** How an option is named in the input once chosen. */
const optionLabel = (o: QuotaOption, type: string) =>
  `${type} ${o.quota.quotaId}${o.indirectPartnerId ? ` · ${o.indirectPartnerName ?? o.indirectPartnerId}` : ''}`;

export function useProblemText(): (p: QuotaChoiceProblem) => string {
  const { t } = useTranslation();
  return (p) => t(`plans.quotaPicker.problem.${p.code}`, { ...p });
}

export function PlanQuotaPicker(props: {
  readonly label: string;
  readonly options: readonly QuotaOption[];
  readonly loaded: boolean;
  readonly value: PlanParams;
  onChange(p: PlanParams): void;
  readonly disabled?: boolean;
  /** Now, in ms: the screen's clock (a prop so a rendering test can fix it). */
  readonly now: number;
}) {
  const { t, i18n } = useTranslation();
  const { options, loaded, value, onChange, disabled, now } = props;
  const lang = limitLanguage(i18n.language);
  const problemText = useProblemText();
  const inputId = useId();
  const listId = useId();
  const errorId = useId();
  const chosen = findChoice(options, value.quotaId, value.indirectPartnerId);
  const chosenLabel = chosen ? optionLabel(chosen, describeQuota(chosen.quota, lang, timeText).type) : (value.quotaId ?? '');
  const [text, setText] = useState(chosenLabel);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The choice changed from outside (a saved plan re-read, the options arrived): show it.
  useEffect(() => setText(chosenLabel), [chosenLabel]);

  const search = text === chosenLabel ? '' : text;
  const shown = useMemo(
    () => orderChoices(options, now, timeText).filter((o) => matchesSearch(o, search, lang, timeText)),
    [options, search, lang, now],
  );
  const problem = choiceProblem(chosen, value.quotaId, now, lang, timeText);
  const choose = (o: QuotaOption) => {
    const { indirectPartnerId: _old, ...rest } = value;
    onChange({ ...rest, quotaId: o.quota.quotaId, ...(o.indirectPartnerId ? { indirectPartnerId: o.indirectPartnerId } : {}) });
    setOpen(false);
  };
  const clear = () => {
    const { indirectPartnerId: _t2, quotaId: _q, ...rest } = value;
    onChange(rest);
    setText('');
  };

  return (
    <div className="field counterparty-picker plan-quota-picker">
      <label htmlFor={inputId}>{props.label}</label>
      <input
        id={inputId}
        data-testid="plan-param-quota"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        value={text}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('plans.quotaPicker.placeholder')}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            if (!open) setOpen(true);
            else setActive((a) => Math.min(a + 1, Math.max(shown.length - 1, 0)));
          } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Home' && open) setActive(0);
          else if (e.key === 'End' && open) setActive(Math.max(shown.length - 1, 0));
          else if (e.key === 'Enter' && open && shown[active]) choose(shown[active]!);
          else if (e.key === 'Escape' && open) {
            setOpen(false);
            setText(chosenLabel);
          } else return;
          e.preventDefault();
        }}
      />
      {value.quotaId ? (
        <button type="button" className="button" data-testid="plan-param-quota-clear" disabled={disabled} onClick={clear}>
          {t('plans.quotaPicker.clear')}
        </button>
      ) : null}
      {open ? (
        <div className="picker-popup">
          <ul id={listId} role="listbox" aria-label={props.label} data-testid="plan-quota-options">
            {shown.map((o, i) => {
              const w = describeQuota(o.quota, lang, timeText);
              const bad = choiceProblem(o, o.quota.quotaId, now, lang, timeText);
              return (
                <li
                  key={`${o.quota.quotaId}:${o.indirectPartnerId ?? ''}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-quota-id={o.quota.quotaId}
                  className={i === active ? 'picker-option active' : 'picker-option'}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(o);
                  }}
                >
                  <span className="picker-name">
                    {w.type} <span className="mono">{o.quota.quotaId}</span>
                    {o.indirectPartnerId ? ` · ${t('plans.quotaPicker.ofT2', { t2: o.indirectPartnerName ?? o.indirectPartnerId })}` : ''}
                  </span>
                  <span className="picker-meta">
                    {w.remaining} · {w.validity} · {w.restrictions.join('; ')}
                  </span>
                  <span className="picker-meta">{bad ? <strong>{problemText(bad)}</strong> : w.status}</span>
                </li>
              );
            })}
          </ul>
          <p className="help" role="status" data-testid="plan-quota-count">
            {!loaded
              ? t('common.loading')
              : options.length === 0
                ? t('plans.quotaPicker.noneSynced')
                : shown.length === 0
                  ? t('plans.quotaPicker.noMatch', { text: search.trim() })
                  : t('plans.quotaPicker.count', { n: shown.length })}
          </p>
        </div>
      ) : null}
      {problem && loaded ? (
        <p className="field-error" role="alert" id={errorId} data-testid="plan-quota-problem" data-code={problem.code}>
          {problemText(problem)}
        </p>
      ) : null}
      {chosen ? (
        <>
          {chosen.indirectPartnerId ? (
            <p className="help" data-testid="plan-quota-t2">{t('plans.quotaPicker.forT2', { t2: chosen.indirectPartnerName ?? chosen.indirectPartnerId, id: chosen.indirectPartnerId })}</p>
          ) : null}
          <QuotaSummary quota={chosen.quota} testId="plan-quota-summary" />
        </>
      ) : null}
    </div>
  );
}
