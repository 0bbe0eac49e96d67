// Create a customer: login name, login mobile (China) or e-mail and country (international),
// the verification code, optional password; each field checked offline by Huawei's rules as
// the operator types and live (free / taken) when it leaves the field; Review… asks Huawei
// again and shows what will be created; the creation is then followed until associated.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdentityKind } from '../../../shared/contract/channels/customers';
import { isIpcError } from '../../../shared/contract/errors';
import {
  areaProblem, codeProblem, CUSTOMER_RULE_MESSAGES, emailProblem, loginNameProblem, mobileProblem, passwordProblem, type CustomerFieldProblem,
} from '../../../shared/domain/customer-rules';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CounterpartyPicker, type PickedCounterparty } from '../../components/CounterpartyPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useConnectivity, watchConnectivity } from '../../components/connectivity';
import { formatInZone } from '../../components/format/time';
import { useNewCustomerStore } from '../../stores/new-customer-store';
import { useProfilesStore } from '../../stores/profiles-store';
import { CreationsTable } from './CreationsTable';

function Field(props: { id: string; label: string; help?: string; problem: CustomerFieldProblem | null; live?: IdentityKind; value: string; children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const check = useNewCustomerStore((s) => (props.live ? s.checks[props.live] : undefined));
  const lang = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const liveText = !check || props.problem ? null : isIpcError(check) ? check.messages[lang]
    : check.value !== props.value.trim() ? null
      : `${t(check.result === 'available' ? 'newCustomer.available' : 'newCustomer.taken', { value: check.value })}${check.remaining !== null ? ` ${t('newCustomer.remaining', { count: check.remaining })}` : ''}`;
  const taken = check && !isIpcError(check) && check.result === 'taken' && check.value === props.value.trim();
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.help ? <span className="help">{props.help}</span> : null}
      {props.problem && props.value ? (
        <span className="field-error" role="alert" data-testid={`${props.id}-problem`}>{CUSTOMER_RULE_MESSAGES[props.problem][lang]}</span>
      ) : null}
      {liveText ? (
        <span className={taken ? 'field-error' : 'help'} role="status" data-testid={`${props.id}-live`} data-result={taken ? 'taken' : 'available'}>{liveText}</span>
      ) : null}
    </div>
  );
}

export function NewCustomerScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const store = useNewCustomerStore();
  const online = useConnectivity((s) => s.online);
  const profile = useProfilesStore((s) => s.list?.profiles.find((p) => p.id === s.list?.activeId));
  const intl = profile?.site === 'intl';
  const t1 = profile?.role === 'T1';
  const ids = { name: 'nc-name', mobile: 'nc-mobile', email: 'nc-email', area: 'nc-area', code: 'nc-code', password: 'nc-password', marketing: useId() };
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [area, setArea] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [optOut, setOptOut] = useState(false);
  const [t2, setT2] = useState<PickedCounterparty | null>(null);
  // A reseller id typed in full works before the first sync of Resellers.
  const [t2Typed, setT2Typed] = useState('');
  const t2Id = t2?.id ?? (/^[A-Za-z0-9_-]{8,64}$/.test(t2Typed.trim()) ? t2Typed.trim() : '');
  const [tick, setTick] = useState(Date.now());

  useEffect(() => {
    watchConnectivity();
    if (!useProfilesStore.getState().list) void useProfilesStore.getState().load();
    void store.load();
  }, []);
  // Follow pending creations while the screen is open (the core also checks on its own).
  const pending = store.creations.some((c) => c.state === 'pending' || c.state === 'sending' || c.state === 'unknown');
  useEffect(() => {
    const timer = setInterval(() => {
      setTick(Date.now());
      if (pending) void store.load();
    }, 2000);
    return () => clearInterval(timer);
  }, [pending]);

  const nameProblem = name ? loginNameProblem(name.trim()) : null;
  const contactProblem = contact ? (intl ? emailProblem(contact.trim()) : mobileProblem(contact.trim())) : null;
  const codeProblemNow = contact && code ? codeProblem(code.trim()) : null;
  const areaProblemNow = intl && area ? areaProblem(area.trim().toUpperCase()) : null;
  const passwordProblemNow = password ? passwordProblem(password, name.trim(), contact.trim()) : null;
  const resendIn = store.code ? Math.max(0, Math.ceil((Date.parse(store.code.resendAt) - tick) / 1000)) : 0;
  const ready = online && name && !nameProblem && !contactProblem && !passwordProblemNow && (!contact || (code && !codeProblemNow))
    && (!intl || (area && !areaProblemNow)) && (!t1 || t2Id) && store.busy === null;

  const submit = () => void store.review({
    accountName: name.trim(),
    ...(contact.trim() ? (intl ? { email: contact.trim() } : { mobile: contact.trim() }) : {}),
    ...(contact.trim() ? { verificationCode: code.trim() } : {}),
    ...(intl ? { domainArea: area.trim().toUpperCase() } : {}),
    ...(password ? { password } : {}),
    ...(optOut ? { marketingOptOut: true } : {}),
    ...(t2Id ? { indirectPartnerId: t2Id } : {}),
  });

  return (
    <section className="screen" aria-labelledby="nc-title">
      <h1 id="nc-title">{t('newCustomer.title')}</h1>
      <p className="help">{t('newCustomer.intro')}</p>
      <form className="card funding-form" aria-labelledby="nc-title" onSubmit={(e) => { e.preventDefault(); if (ready) submit(); }}>
        {t1 ? <CounterpartyPicker kind="t2" label={t('newCustomer.reseller')} value={t2} onPick={setT2} onTyped={setT2Typed} testId="nc-t2" /> : null}
        <Field id={ids.name} label={t('newCustomer.accountName')} help={t('newCustomer.accountNameHelp')} problem={nameProblem} live="name" value={name}>
          <input id={ids.name} data-testid={ids.name} value={name} autoComplete="off" spellCheck={false} maxLength={32}
            onChange={(e) => setName(e.target.value)} onBlur={() => name.trim() && !loginNameProblem(name.trim()) && void store.check('name', name.trim())} />
        </Field>
        <Field id={intl ? ids.email : ids.mobile} label={t(intl ? 'newCustomer.email' : 'newCustomer.mobile')} help={t(intl ? 'newCustomer.emailHelp' : 'newCustomer.mobileHelp')}
          problem={contactProblem} live={intl ? 'email' : 'mobile'} value={contact}>
          <input id={intl ? ids.email : ids.mobile} data-testid={intl ? ids.email : ids.mobile} value={contact} autoComplete="off" inputMode={intl ? 'email' : 'numeric'}
            onChange={(e) => setContact(e.target.value)}
            onBlur={() => contact.trim() && !contactProblem && void store.check(intl ? 'email' : 'mobile', contact.trim())} />
        </Field>
        {contact.trim() ? (
          <div className="field">
            <label htmlFor={ids.code}>{t('newCustomer.code')}</label>
            <div className="button-row">
              <input id={ids.code} data-testid={ids.code} value={code} inputMode="numeric" maxLength={6} autoComplete="one-time-code" onChange={(e) => setCode(e.target.value)} />
              <button type="button" className="button" data-testid="nc-send-code" disabled={!online || !!contactProblem || resendIn > 0 || store.busy === 'code'}
                onClick={() => void store.sendCode(intl ? { email: contact.trim() } : { mobile: contact.trim() })}>
                {resendIn > 0 ? t('newCustomer.resendIn', { seconds: resendIn }) : t('newCustomer.sendCode')}
              </button>
            </div>
            {store.code ? (
              <span className="help" role="status" data-testid="nc-code-sent">
                {t('newCustomer.codeSent', { receiver: store.code.receiver, sentAt: formatInZone(new Date(store.code.sentAt)), expiresAt: formatInZone(new Date(store.code.expiresAt)), count: store.code.sentLastHour })}
              </span>
            ) : null}
            {codeProblemNow ? <span className="field-error" role="alert" data-testid="nc-code-problem">{CUSTOMER_RULE_MESSAGES[codeProblemNow][lang]}</span> : null}
            <ErrorNotice error={store.codeError} />
          </div>
        ) : null}
        {intl ? (
          <Field id={ids.area} label={t('newCustomer.area')} help={t('newCustomer.areaHelp')} problem={areaProblemNow} value={area}>
            <input id={ids.area} data-testid={ids.area} value={area} maxLength={2} autoComplete="off" onChange={(e) => setArea(e.target.value.toUpperCase())} />
          </Field>
        ) : null}
        <Field id={ids.password} label={t('newCustomer.password')} help={t('newCustomer.passwordHelp')} problem={passwordProblemNow} value={password}>
          <input id={ids.password} data-testid={ids.password} type="password" value={password} autoComplete="new-password" maxLength={32} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <label className="checkbox">
          <input id={ids.marketing} type="checkbox" checked={optOut} onChange={(e) => setOptOut(e.target.checked)} /> {t('newCustomer.marketing')}
        </label>
        <div className="button-row">
          <button type="submit" className="button button-primary" data-testid="nc-review" disabled={!ready}>
            {store.busy === 'review' ? t('newCustomer.reviewing') : t('newCustomer.review')}
          </button>
        </div>
      </form>
      <ErrorNotice error={store.error} />
      <ConfirmDialog
        open={store.preview !== null}
        title={t('newCustomer.confirmTitle')}
        confirmLabel={store.busy === 'create' ? t('newCustomer.creating') : t('newCustomer.confirm')}
        confirmDisabled={store.busy !== null || !online}
        onConfirm={() => void store.confirm()}
        onCancel={store.cancel}
      >
        {store.preview ? (
          <div data-testid="nc-confirm">
            <p>{store.preview.result.summary[lang]}</p>
            <p className="help">{t('newCustomer.oneShot')}</p>
          </div>
        ) : null}
      </ConfirmDialog>
      <CreationsTable />
    </section>
  );
}

function useLang(): 'en' | 'zh-CN' {
  const { i18n } = useTranslation();
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
