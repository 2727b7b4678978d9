import { describe, expect, it } from 'vitest';
import { validateCampaignSearch } from './campaign-search';

describe('validateCampaignSearch', () => {
  const id = '0b3c2f4e-8a8e-4f3f-9a53-5b8f5f3c9d10';
  it('keeps a known settings section and a well-formed add-step request', () => {
    expect(validateCampaignSearch({ settings: 'goal' })).toEqual({ settings: 'goal' });
    expect(validateCampaignSearch({ addStep: 1, segmentId: id })).toEqual({ addStep: true, segmentId: id });
    expect(validateCampaignSearch({ addStep: 'true' })).toEqual({ addStep: true });
  });
  it('drops what it does not know', () => {
    expect(validateCampaignSearch({ settings: 'danger', segmentId: id })).toEqual({});
    expect(validateCampaignSearch({ addStep: 1, segmentId: 'x' })).toEqual({ addStep: true });
  });
});
