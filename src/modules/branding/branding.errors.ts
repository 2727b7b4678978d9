import { DomainError } from '../../common/errors/domain-error';

export const BrandingErrors = {
  notFound: () => DomainError.notFound('BRAND_KIT.NOT_FOUND', 'Brand kit not found'),
  nameTaken: (name: string) => DomainError.conflict('BRAND_KIT.NAME_TAKEN', `A brand kit named "${name}" already exists`, [{ path: 'name', message: 'is already used' }]),
  notAnImage: (given: string) =>
    DomainError.unprocessable('BRAND_KIT.NOT_AN_IMAGE', 'The logo must be a PNG, JPEG, GIF or WebP image (SVG can carry script and is not accepted)', [
      { path: 'file', message: `is not a PNG, JPEG, GIF or WebP image (sent as "${given || 'no type'}")` },
    ]),
  imageNotFound: () => DomainError.notFound('MEDIA.NOT_FOUND', 'Image not found'),
};
