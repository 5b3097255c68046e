import { Alert, Button, Result } from 'antd';
import { Link } from 'react-router';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

/** Failures the page itself makes (no answer from the server): the server words every other one in the language asked for. */
const LOCAL_EN: Record<string, string> = {
  NETWORK: 'Cannot reach the server: check the network or try again later.',
  UNKNOWN: 'Not done; reload the page and try again.',
};

/** The server's message is already in the page's language (the API client sends it as Accept-Language). */
export function errorText(error: ApiError, lang: 'zh' | 'en'): string {
  if (lang === 'en' && error.status === 0) return `${LOCAL_EN[error.code] ?? 'Request failed.'}`;
  return error.message;
}

/**
 * A failed load. A refusal for the user's role or unit is a page of its own with a way home — trying
 * again cannot help; anything else is an alert with a retry button.
 */
export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, lang } = useI18n();
  if (error.code === 'FORBIDDEN') {
    return (
      <Result
        status="403"
        title={t('noAccess.title')}
        subTitle={errorText(error, lang)}
        extra={
          <Link to="/">
            <Button type="primary">{t('noAccess.home')}</Button>
          </Link>
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error, lang)}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
