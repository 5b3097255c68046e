import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

const EN: Record<string, string> = {
  NETWORK: 'Cannot reach the server.',
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'Your role may not do this.',
  NOT_FOUND: 'Not found.',
  VALIDATION_FAILED: 'Some fields are not valid.',
  CONFLICT: 'Someone changed this meanwhile; reload and try again.',
  BUDGET_EXCEEDED: 'Over budget: not saved.',
  DOCUMENT_INVALID: 'The document could not be read.',
  DOCUMENT_EMPTY: 'The file is empty.',
  DOCUMENT_UNSUPPORTED: 'This file type is not supported.',
  DOCUMENT_GARBLED: 'The file is damaged or garbled.',
  ACCOUNT_LOCKED: 'Account locked after too many failed attempts.',
  RATE_LIMITED: 'Too many requests; wait a moment.',
  CSRF_REJECTED: 'Security token missing; reload the page.',
  KEY_MISMATCH: 'The server cannot decrypt the stored personal data with its key; an administrator must configure the original key.',
  INTERNAL: 'Server error.',
  UNKNOWN: 'Not done; reload the page and try again.',
};

/**
 * The server's message is Chinese and says what is wrong and where; in English mode a short English
 * sentence for the code comes first and the server's precise message follows.
 */
export function errorText(error: ApiError, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return error.message;
  return `${EN[error.code] ?? 'Request failed.'} (${error.message})`;
}

export function ErrorAlert({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t, lang } = useI18n();
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
