import { DEFAULT_BRAND } from '../branding/brand-style';
import { pageBrand } from './ambassador-pages.service';

describe('pageBrand', () => {
  it('gives a logo uploaded to Clarion as its path, so the console loads it from its own origin', () => {
    const brand = { ...DEFAULT_BRAND, logoUrl: 'https://clarion.example.com/media/1f0c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f.png' };
    expect(pageBrand(brand, 'https://clarion.example.com/').logoUrl).toBe('/media/1f0c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f.png');
  });

  it('keeps a logo hosted elsewhere as it is, and none as null', () => {
    expect(pageBrand({ ...DEFAULT_BRAND, logoUrl: 'https://cdn.acme.example/media/logo.png' }, 'https://clarion.example.com').logoUrl).toBe('https://cdn.acme.example/media/logo.png');
    expect(pageBrand({ ...DEFAULT_BRAND, logoUrl: '' }, 'https://clarion.example.com').logoUrl).toBeNull();
  });
});
