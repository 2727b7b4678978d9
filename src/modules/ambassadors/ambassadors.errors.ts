import { DomainError } from '../../common/errors/domain-error';

export const AmbassadorErrors = {
  // One answer for a made-up, tampered or revoked page link, or one whose holder is no longer an ambassador.
  linkNotFound: () => DomainError.notFound('AMBASSADOR.LINK_NOT_FOUND', 'This ambassador link is not valid any more'),
  notAnAmbassador: () => DomainError.notFound('AMBASSADOR.NOT_FOUND', 'This learner is not an ambassador of this campaign'),
};
