/**
 * The one way the web talks to the API: JSON in and out, the session cookie sent automatically, the
 * CSRF token echoed on writes, the page's language asked for, and every failure turned into an
 * ApiError carrying the server's code and its message (in the language asked for).
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

function csrfToken(): string {
  const match = /(?:^|;\s*)jixiao_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : '';
}

/** Called when any request answers 401, so the app can send the user to the login page. */
let onUnauthenticated: () => void = () => {};
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

/** Called when the server refuses because the user must first change an administrator-set password. */
let onPasswordChangeRequired: () => void = () => {};
export function setPasswordChangeRequiredHandler(handler: () => void) {
  onPasswordChangeRequired = handler;
}

/** The language the server answers messages in (the page's chosen language, sent as Accept-Language). */
let language: 'zh' | 'en' = 'zh';
export function setApiLanguage(lang: 'zh' | 'en') {
  language = lang;
}
const acceptLanguage = () => (language === 'en' ? 'en' : 'zh-CN');

async function failure(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: unknown } = {};
  try {
    body = await res.json();
  } catch {
    /* not JSON */
  }
  return new ApiError(res.status, body.code ?? 'HTTP_' + res.status, body.message ?? `请求失败（${res.status}）`, body.details);
}

export async function api<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': acceptLanguage() };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken();
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络或稍后重试');
  }
  if (!res.ok) {
    const error = await failure(res);
    if (res.status === 401 && !url.startsWith('/api/auth/login')) onUnauthenticated();
    if (error.code === 'PASSWORD_CHANGE_REQUIRED') onPasswordChangeRequired();
    throw error;
  }
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? res.json() : res.blob()) as Promise<T>;
}

/** Download a file the API produces (exports, templates), keeping the server's file name. */
export async function download(url: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'accept-language': acceptLanguage() } });
  if (!res.ok) throw await failure(res);
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (/filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download');
  const blob = await res.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}
