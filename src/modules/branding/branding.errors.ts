import { DomainError } from '../../common/errors/domain-error';

export const BrandingErrors = {
  notFound: () => DomainError.notFound('BRAND_KIT.NOT_FOUND', 'Brand kit not found'),
  nameTaken: (name: string) => DomainError.conflict('BRAND_KIT.NAME_TAKEN', `A brand kit named "${name}" already exists`, [{ path: 'name', message: 'is already used' }]),
};
