import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { zh, type MessageKey } from './zh';
import { en } from './en';
import { setApiLanguage } from '../api/client';

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
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
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => {
      const text: string = (lang === 'zh' ? zh : en)[key] ?? key;
      return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
    },
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
