import { describe, expect, it } from 'vitest';
import { completeHandlebars, type Describe, innermostOpenBlock, type Vocabulary } from './handlebars-completion';

const vocabulary: Vocabulary = {
  variables: [
    { path: 'learner.firstName', type: 'string' },
    { path: 'session.startsAt', type: 'date' },
    { path: 'links.enrol', type: 'url' },
  ],
  helpers: ['if', 'unless', 'each', 'with', 'formatDate', 'gt'],
  partials: [
    { name: 'button', parameters: ['url', 'label'], where: '<mj-button>, inside an <mj-column>' },
    { name: 'courseCard', parameters: [], where: '<mj-section>, between sections' },
  ],
};
const describeAll: Describe = {
  variable: (path, type) => ({ detail: type, info: `about ${path}` }),
  helper: (name) => ({ detail: `${name} …` }),
  partial: (_name, where) => ({ info: where }),
};
const complete = (before: string, after = '') => completeHandlebars(before, after, vocabulary, describeAll);
const labels = (before: string, after = '') => complete(before, after)?.options.map((o) => o.label);

describe('completion inside {{…}}', () => {
  it('offers variables (closed with }}) and inline helpers after {{, from the start of the word', () => {
    const found = complete('<mj-text>Bonjour {{lea');
    expect(found!.from).toBe('<mj-text>Bonjour {{'.length);
    expect(found!.options.map((o) => o.label)).toEqual(['learner.firstName', 'session.startsAt', 'links.enrol', 'formatDate', 'gt']);
    expect(found!.options[0]).toMatchObject({ kind: 'variable', apply: 'learner.firstName}}', detail: 'string', info: 'about learner.firstName' });
    expect(found!.options.find((o) => o.label === 'formatDate')).toMatchObject({ kind: 'helper', apply: 'formatDate ', detail: 'formatDate …' });
  });

  it('does not add }} when the expression is already closed', () => {
    expect(complete('{{lea', 'rner.firstName}} !')!.options[0]!.apply).toBe('learner.firstName');
    expect(complete('{{', '}}')!.options[0]!.apply).toBe('learner.firstName');
  });

  it('offers block helpers after {{# and the innermost open block after {{/', () => {
    expect(labels('{{#')).toEqual(['if', 'unless', 'each', 'with']);
    expect(labels('{{#if learner.firstName}}{{#each x}}{{/each}} hi {{/')).toEqual(['if']);
    expect(complete('{{#unless a}}{{/')!.options[0]).toMatchObject({ kind: 'close', apply: 'unless}}' });
    expect(complete('{{/')).toBeNull();
  });

  it('offers partials after {{> with their parameters filled in', () => {
    const found = complete('<mj-column>{{> bu');
    expect(found!.from).toBe('<mj-column>{{> '.length);
    expect(found!.options.map((o) => o.apply)).toEqual(['button url=links.enrol label=""}}', 'courseCard}}']);
    expect(found!.options[0]!.info).toContain('<mj-column>');
  });

  it('offers variables as arguments, and helpers too inside a sub-expression', () => {
    expect(labels('{{formatDate ses')).toEqual(['learner.firstName', 'session.startsAt', 'links.enrol']);
    expect(complete('{{formatDate ses')!.options[1]!.apply).toBe('session.startsAt');
    expect(labels('{{> button url=li')).toEqual(['learner.firstName', 'session.startsAt', 'links.enrol']);
    expect(labels('{{#if (g')).toContain('gt');
  });

  it('stays quiet outside an expression, after one is closed, in quoted text and in {{{raw}}}', () => {
    expect(complete('Bonjour lea')).toBeNull();
    expect(complete('{{learner.firstName}} and lea')).toBeNull();
    expect(complete('{{> button label="Je m’ins')).toBeNull();
    expect(complete('{{{lea')).toBeNull();
  });

  it('has nothing to offer after {{> where the channel has no partials', () => {
    expect(completeHandlebars('{{> ', '', { ...vocabulary, partials: [] }, describeAll)).toBeNull();
  });
});

describe('innermostOpenBlock', () => {
  it.each([
    ['{{#if a}}', 'if'],
    ['{{#if a}}{{#each b}}', 'each'],
    ['{{#if a}}{{#each b}}{{/each}}', 'if'],
    ['{{#if a}}{{/if}}', null],
    ['{{~#with a}}', 'with'],
  ])('%s → %s', (text, block) => {
    expect(innermostOpenBlock(text)).toBe(block);
  });
});
