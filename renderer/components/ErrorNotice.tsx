import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/contract/errors';

/** Shows a typed error as the operator needs it: the message in their language, and the code. */
export function ErrorNotice({ error }: { error: IpcError | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const message = i18n.language === 'zh-CN' ? error.messages['zh-CN'] : error.messages.en;
  return (
    <div role="alert" className="notice notice-error">
      <strong>{t('common.errorTitle')}</strong>
      <p>{message}</p>
      <small>
        {t('common.errorCode')}: {error.code}
        {typeof error.details.requestId === 'string' ? ` · X-Request-Id ${error.details.requestId}` : ''}
      </small>
    </div>
  );
}
