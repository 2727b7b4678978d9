import { withUtm } from './utm';

const ctx = { channel: 'email', campaignId: 'c-1', stepPosition: 2, variant: 'B' };
const UTM = 'utm_source=clarion&utm_medium=email&utm_campaign=c-1&utm_content=2-B';

describe('withUtm', () => {
  it.each([
    ['a bare URL', 'https://lms.example.com/course', `https://lms.example.com/course?${UTM}`],
    ['existing parameters kept', 'https://lms.example.com/c?id=7&lang=fr', `https://lms.example.com/c?id=7&lang=fr&${UTM}`],
    ['the fragment kept', 'https://lms.example.com/c#agenda', `https://lms.example.com/c?${UTM}#agenda`],
    ['an author-set utm_source wins', 'https://lms.example.com/c?utm_source=intranet', 'https://lms.example.com/c?utm_source=intranet&utm_medium=email&utm_campaign=c-1&utm_content=2-B'],
  ])('%s', (_name, url, expected) => {
    expect(withUtm(url, ctx)).toBe(expected);
  });

  it('names a step without variant "a"', () => {
    expect(withUtm('https://x.example/', { ...ctx, variant: null })).toContain('utm_content=2-a');
  });
});
