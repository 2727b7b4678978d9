import dayjs from 'dayjs';
import 'dayjs/locale/fr';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import csvImportEn from '../components/csv-import/i18n/en.json';
import csvImportFr from '../components/csv-import/i18n/fr.json';
import learnersEn from '../features/learners/i18n/en.json';
import learnersFr from '../features/learners/i18n/fr.json';
import ruleBuilderEn from '../components/rule-builder/i18n/en.json';
import ruleBuilderFr from '../components/rule-builder/i18n/fr.json';
import personasEn from '../features/personas/i18n/en.json';
import personasFr from '../features/personas/i18n/fr.json';
import segmentsEn from '../features/segments/i18n/en.json';
import segmentsFr from '../features/segments/i18n/fr.json';
import zoneDateTimeEn from '../components/zone-date-time-input/i18n/en.json';
import zoneDateTimeFr from '../components/zone-date-time-input/i18n/fr.json';
import coursesEn from '../features/courses/i18n/en.json';
import coursesFr from '../features/courses/i18n/fr.json';
import settingsEn from '../features/settings/i18n/en.json';
import settingsFr from '../features/settings/i18n/fr.json';
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
  dayjs.locale(locale);
  document.documentElement.lang = locale;
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

const locale = initialLocale();
void i18n.use(initReactI18next).init({
  resources: {
    en: {
      translation: en,
      learners: learnersEn,
      csvImport: csvImportEn,
      ruleBuilder: ruleBuilderEn,
      segments: segmentsEn,
      personas: personasEn,
      zoneDateTime: zoneDateTimeEn,
      courses: coursesEn,
      settings: settingsEn,
    },
    fr: {
      translation: fr,
      learners: learnersFr,
      csvImport: csvImportFr,
      ruleBuilder: ruleBuilderFr,
      segments: segmentsFr,
      personas: personasFr,
      zoneDateTime: zoneDateTimeFr,
      courses: coursesFr,
      settings: settingsFr,
    },
  },
  lng: locale,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
dayjs.locale(locale);
if (typeof document !== 'undefined') document.documentElement.lang = locale;

export default i18n;
