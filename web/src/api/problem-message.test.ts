import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ApiError } from './api-error';
import { apiErrorMessage, problemMessage } from './problem-message';

describe('apiErrorMessage', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says a known problem in French by its code, and keeps the api\'s own text in English', async () => {
    const error = new ApiError(409, 'USER.ALREADY_MEMBER', 'dana@acme.example is already a member of this workspace');
    await i18n.changeLanguage('fr');
    expect(apiErrorMessage(i18n.t, error)).toBe('Cette personne est déjà membre de cet espace de travail.');
    await i18n.changeLanguage('en');
    expect(apiErrorMessage(i18n.t, error)).toBe('dana@acme.example is already a member of this workspace');
  });

  it('falls back to the api\'s text for a code the console does not know', async () => {
    await i18n.changeLanguage('fr');
    expect(apiErrorMessage(i18n.t, new ApiError(409, 'XAPI.NOT_A_CODE', 'The statement is odd'))).toBe('The statement is odd');
  });

  it('puts the values a problem carries in its text (a launch problem: the language and how many lack it)', async () => {
    await i18n.changeLanguage('fr');
    const problem = { code: 'LAUNCH.MISSING_LOCALE', message: 'no "de" variant for 2 learners', params: { language: 'de', count: 2, recipients: 'learner' } };
    expect(problemMessage(i18n.t, problem)).toBe(
      'Son modèle n’a pas de version « de », la langue de 2 destinataires : ajoutez-la, ou autorisez une autre langue dans les réglages de la campagne.',
    );
  });

  it('gives a server fault its correlation id and a network failure its own words', async () => {
    await i18n.changeLanguage('fr');
    expect(apiErrorMessage(i18n.t, new ApiError(500, 'INTERNAL', 'boom', [], 'req-42'))).toContain('req-42');
    expect(apiErrorMessage(i18n.t, new TypeError('Failed to fetch'))).toBe(i18n.t('errors.network'));
  });
});
