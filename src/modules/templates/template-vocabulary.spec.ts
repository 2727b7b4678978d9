import { Channel } from '../../common/enums';
import { templateVocabulary } from './template-vocabulary';

describe('templateVocabulary', () => {
  it.each([
    [Channel.Email, ['learner.firstName', 'ambassador.shareUrl', 'brand.colors.primary', 'links.unsubscribe'], []],
    [Channel.TalkingPoints, ['ambassador.shareUrl', 'links.share'], ['learner.firstName', 'persona.name']],
    [Channel.Post, ['course.title', 'links.enrol'], ['learner.firstName', 'persona.name', 'ambassador.firstName', 'links.unsubscribe']],
  ])('%s: lists the variables its schema declares, and none it refuses', (channel, present, absent) => {
    const paths = templateVocabulary(channel).variables.map((v) => v.path);
    for (const path of present) expect(paths).toContain(path);
    for (const path of absent) expect(paths).not.toContain(path);
  });

  it('gives each variable its type, and the helpers a template may call (built-in blocks included)', () => {
    const vocabulary = templateVocabulary(Channel.Email);
    expect(vocabulary.variables).toContainEqual({ path: 'session.startsAt', type: 'date' });
    expect(vocabulary.variables).toContainEqual({ path: 'links.enrol', type: 'url' });
    expect(vocabulary.helpers).toEqual(expect.arrayContaining(['if', 'each', 'formatDate', 'de', 'link']));
    expect(vocabulary.helpers).not.toContain('lookup');
  });

  it('offers partials to email bodies only, with their parameters and where they go', () => {
    const partials = templateVocabulary(Channel.Email).partials;
    expect(partials.find((p) => p.name === 'button')).toEqual({ name: 'button', parameters: ['url', 'label'], where: expect.stringContaining('<mj-column>') });
    expect(partials.find((p) => p.name === 'sponsorQuote')?.where).toContain('<mj-section>');
    expect(templateVocabulary(Channel.Post).partials).toEqual([]);
    expect(templateVocabulary(Channel.TalkingPoints).partials).toEqual([]);
  });
});
