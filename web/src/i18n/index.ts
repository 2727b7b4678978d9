import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export const LOCALES = ['en', 'fr'] as const;
export type AppLocale = (typeof LOCALES)[number];

const STORAGE_KEY = 'clarion.locale';

export const isLocale = (value: unknown): value is AppLocale => LOCALES.includes(value as AppLocale);

/** The stored choice, else the browser's language (French for any fr-*), else English. */
export function initialLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage unavailable
  }
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const language of languages) {
    const base = language?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** Switches the interface language and remembers it on this browser. */
export async function applyLocale(locale: AppLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage unavailable
  }
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/**
 * Each feature's strings, fetched in the reader's language when a route needs them (routes.tsx
 * names them with the screen's code). The shell's own strings (navigation, errors, sign-in) are
 * in the first chunk: every screen shows them.
 */
const FEATURE_STRINGS = {
  // What the api's problem codes mean (FIELD.*, ROW.*, LEARNER.…): loaded at start, after the first screen's code.
  problems: (locale: AppLocale) => import(`../api/i18n/${locale}.json`),
  learners: (locale: AppLocale) => import(`../features/learners/i18n/${locale}.json`),
  personas: (locale: AppLocale) => import(`../features/personas/i18n/${locale}.json`),
  segments: (locale: AppLocale) => import(`../features/segments/i18n/${locale}.json`),
  courses: (locale: AppLocale) => import(`../features/courses/i18n/${locale}.json`),
  templates: (locale: AppLocale) => import(`../features/templates/i18n/${locale}.json`),
  templateEditor: (locale: AppLocale) => import(`../features/templates/editor/i18n/${locale}.json`),
  settings: (locale: AppLocale) => import(`../features/settings/i18n/${locale}.json`),
  calendar: (locale: AppLocale) => import(`../features/calendar/i18n/${locale}.json`),
  csvImport: (locale: AppLocale) => import(`../components/csv-import/i18n/${locale}.json`),
  ruleBuilder: (locale: AppLocale) => import(`../components/rule-builder/i18n/${locale}.json`),
  zoneDateTime: (locale: AppLocale) => import(`../components/zone-date-time-input/i18n/${locale}.json`),
  brandKits: (locale: AppLocale) => import(`../features/brand-kits/i18n/${locale}.json`),
  campaigns: (locale: AppLocale) => import(`../features/campaigns/i18n/${locale}.json`),
  reports: (locale: AppLocale) => import(`../features/reports/i18n/${locale}.json`),
  translations: (locale: AppLocale) => import(`../components/translations-editor/i18n/${locale}.json`),
  ambassadors: (locale: AppLocale) => import(`../features/ambassadors/i18n/${locale}.json`),
} satisfies Record<string, (locale: AppLocale) => Promise<unknown>>;

export type FeatureNamespace = keyof typeof FEATURE_STRINGS;
export const FEATURE_NAMESPACES = Object.keys(FEATURE_STRINGS) as FeatureNamespace[];

const isFeatureNamespace = (ns: string): ns is FeatureNamespace => Object.hasOwn(FEATURE_STRINGS, ns);

const locale = initialLocale();
void i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend((language: string, ns: string) => {
      if (!isLocale(language) || !isFeatureNamespace(ns)) return Promise.reject(new Error(`no strings for ${language}/${ns}`));
      return FEATURE_STRINGS[ns](language);
    }),
  )
  .init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    // The shell's strings are bundled above; the feature namespaces come from the backend.
    partialBundledLanguages: true,
    // `problems` is fetched at once but not waited for: until it is there, a problem is said in the api's own words.
    ns: ['translation', 'problems'],
    defaultNS: 'translation',
    lng: locale,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
if (typeof document !== 'undefined') document.documentElement.lang = locale;

export default i18n;
