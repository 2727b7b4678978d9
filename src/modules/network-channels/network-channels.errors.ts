import { DomainError } from '../../common/errors/domain-error';
import type { UrlProblem } from './channel-url-policy';

export const NetworkChannelErrors = {
  notFound: () => DomainError.notFound('NETWORK_CHANNEL.NOT_FOUND', 'Network channel not found'),
  nameTaken: (name: string) =>
    DomainError.conflict('NETWORK_CHANNEL.NAME_TAKEN', `A network channel named "${name}" already exists`, [
      { path: 'name', message: 'is already used by another channel' },
    ]),
  badUrl: (problem: UrlProblem) => DomainError.unprocessable(problem.code, `url ${problem.message}`, [{ path: 'url', message: problem.message, code: problem.code }]),
  secretRequired: () =>
    DomainError.unprocessable('NETWORK_CHANNEL.SECRET_REQUIRED', 'A webhook channel needs a signing secret', [
      { path: 'secret', message: 'is required for a webhook channel (it signs every post)' },
    ]),
  unreadable: () =>
    DomainError.conflict('NETWORK_CHANNEL.UNREADABLE', 'The channel URL or secret cannot be decrypted (was the application secret changed?); set them again'),
};
