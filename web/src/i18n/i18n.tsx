import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import { zh, type MessageKey } from './zh';
import { setApiLanguage } from '../api/client';

type English = typeof import('./english');

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  /** antd's locale for the language shown */
  antdLocale: Locale;
}

const Context = createContext<I18n | null>(null);

const STORAGE_KEY = 'jixiao.lang';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const initial = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
    setApiLanguage(initial);
    return initial;
  });
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setApiLanguage(next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setLangState(next);
  }, []);
  // English is a chunk of its own, fetched the first time it is chosen; until it arrives the page keeps
  // the language it had (Chinese), so nothing shows raw keys
  const [english, setEnglish] = useState<English>();
  useEffect(() => {
    if (lang === 'en' && !english) void import('./english').then(setEnglish);
  }, [lang, english]);
  const shown: Lang = lang === 'en' && english ? 'en' : 'zh';
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => {
      const text: string = (shown === 'en' ? english!.en : zh)[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
    },
    [shown, english],
  );
  const value = useMemo(() => ({ lang: shown, setLang, t, antdLocale: shown === 'en' ? english!.enUS : zhCN }), [shown, setLang, t, english]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
