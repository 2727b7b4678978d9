import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { testPostMessage } from './test-post-message';

describe('testPostMessage: a test post’s result in the reader’s language', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it.each([
    [{ outcome: 'sent', status: 200, code: null, message: 'The test post was accepted' }, 'La publication de test a été acceptée.'],
    [{ outcome: 'permanent', status: 404, code: 'HTTP_404', message: 'The receiver answered 404: no_service' }, 'Plus rien ne répond à cette URL (HTTP 404) : le webhook a sans doute été supprimé ; saisissez une nouvelle URL.'],
    [{ outcome: 'permanent', status: 403, code: 'HTTP_403', message: 'The receiver answered 403' }, 'Le destinataire a refusé l’accès (HTTP 403) : l’URL ou son jeton n’est plus valide.'],
    [{ outcome: 'permanent', status: 400, code: 'HTTP_400', message: 'The receiver answered 400: invalid_payload' }, 'Le destinataire a refusé la publication (HTTP 400) : vérifiez l’URL et les réglages du canal.'],
    [{ outcome: 'permanent', status: 302, code: 'HTTP_302', message: 'redirects are not followed' }, 'Le destinataire redirige ailleurs (HTTP 302) ; les redirections ne sont pas suivies : mettez à jour l’URL du canal.'],
    [{ outcome: 'transient', status: 429, code: 'HTTP_429', message: 'The receiver answered 429' }, 'Le destinataire demande de ralentir (HTTP 429) : réessayez dans un instant.'],
    [{ outcome: 'transient', status: 503, code: 'HTTP_503', message: 'The receiver answered 503' }, 'Le destinataire a rencontré un problème (HTTP 503) : réessayez plus tard.'],
    [{ outcome: 'transient', status: null, code: 'TIMEOUT', message: 'No answer within 10000 ms' }, 'Le destinataire n’a pas répondu à temps : réessayez plus tard.'],
    [{ outcome: 'transient', status: null, code: 'DNS', message: 'The host name could not be resolved (ENOTFOUND)' }, 'Le nom d’hôte de l’URL est introuvable : vérifiez l’URL.'],
    [{ outcome: 'permanent', status: null, code: 'HOST_BLOCKED', message: 'The host resolves to a private address' }, 'L’URL mène à une adresse privée ou réservée, que cet espace de travail ne peut pas joindre.'],
  ] as const)('says %j in French', async (result, french) => {
    await i18n.changeLanguage('fr');
    expect(testPostMessage(i18n.t, result)).toBe(french);
  });

  it('speaks English in English, and keeps the api’s text for a code it does not know', async () => {
    expect(testPostMessage(i18n.t, { outcome: 'permanent', status: 404, code: 'HTTP_404', message: 'x' })).toBe(
      'Nothing answers at this URL any more (HTTP 404): the webhook was probably deleted; set a new URL.',
    );
    await i18n.changeLanguage('fr');
    expect(testPostMessage(i18n.t, { outcome: 'permanent', status: null, code: 'SOMETHING_NEW', message: 'Something new went wrong' })).toBe('Something new went wrong');
  });
});
