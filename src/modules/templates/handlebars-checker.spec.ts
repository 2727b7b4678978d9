import { checkHandlebars } from './handlebars-checker';
import { EMAIL_SCHEMA, POST_SCHEMA } from './render-context';

const PARTIALS = { button: ['url', 'label'], courseCard: [] };

describe('checkHandlebars', () => {
  it.each([
    ['a declared variable', 'Hi {{learner.firstName}}'],
    ['helpers with arguments and hashes', '{{formatDate session.startsAt year=true}} {{duration course.durationMinutes}}'],
    ['a sub-expression in a block', '{{#if (gt session.seatsLeft 0)}}{{plural session.seatsLeft "seat" "seats"}}{{/if}}'],
    ['each over a list, with this and @index', '{{#each course.skills}}{{@index}}: {{this}}{{/each}}'],
    ['each with a block parameter', '{{#each course.skills as |skill|}}{{skill}}{{/each}}'],
    ['with, and ../ back to the root', '{{#with course}}{{title}} for {{../learner.firstName}}{{/with}}'],
    ['@root', '{{#each course.skills}}{{@root.course.title}}{{/each}}'],
    ['a known partial with its parameters', '{{> button url=links.enrol label="Enrol"}}'],
    ['comments', '{{!-- {{unknown}} is not read --}}'],
  ])('accepts %s', (_, source) => {
    expect(checkHandlebars(source, 'body', EMAIL_SCHEMA, PARTIALS).errors).toEqual([]);
  });

  it.each([
    ['an unknown variable, with its line and a suggestion', 'Hello\n\n{{learner.fristName}}', 'line 3: unknown variable "learner.fristName" (did you mean "learner.firstName"?)'],
    ['an unknown root', '{{manager.name}}', 'line 1: unknown variable "manager.name"'],
    ['a path below a value', '{{learner.firstName.length}}', 'line 1: unknown variable "learner.firstName.length"'],
    ['a group printed as a value', '{{learner}}', 'line 1: "learner" is a group of variables'],
    ['an unknown helper', 'x\n{{shout learner.firstName}}', 'line 2: unknown helper "shout"'],
    ['lookup, which could reach prototypes', '{{lookup this "constructor"}}', 'line 1: unknown helper "lookup"'],
    ['log', '{{log learner.email}}', 'line 1: unknown helper "log"'],
    ['constructor.constructor', '{{constructor.constructor}}', 'line 1: unknown variable "constructor.constructor"'],
    ['__proto__', '{{__proto__}}', 'line 1: unknown variable "__proto__"'],
    ['raw triple-stash output', '{{{learner.firstName}}}', 'line 1: "{{{learner.firstName}}}" would output raw HTML'],
    ['an unclosed expression', 'a\nb {{learner.firstName', 'line 2: syntax error'],
    ['mismatched blocks', '{{#if learner.site}}\n{{/each}}', 'line 2: {{/each}} closes the {{#if}} opened on line 1; close it with {{/if}} first'],
    ['an unclosed block, by the line it opens on', '<p>\n</p>\n{{#if learner.site}}\nHi\n{{#each course.skills}}{{this}}{{/each}}\n', 'line 3: the {{#if}} opened on line 3 is never closed; add {{/if}} where it ends'],
    ['an unclosed inverse block', '{{^if learner.site}}x', 'line 1: the {{^if}} opened on line 1 is never closed'],
    ['a closing tag with no block', 'a\n{{/if}}', 'line 2: {{/if}} closes a block that was never opened'],
    ['else outside a block', 'a {{else}} b', 'line 1: {{else}} is outside any {{#if}}, {{#unless}} or {{#each}} block'],
    ['an unclosed block after a comment holding a block', '{{!-- {{#each x}} --}}\n{{#unless learner.site}}', 'line 2: the {{#unless}} opened on line 2 is never closed'],
    ['a custom helper used as a block', '{{#eq learner.site "Lyon"}}x{{/eq}}', 'line 1: unknown block helper "#eq"; write {{#if (eq …)}} instead'],
    ['each over a value', '{{#each learner.firstName}}{{this}}{{/each}}', 'line 1: {{#each}} needs a list'],
    ['an unknown partial', '{{> hero}}', 'line 1: unknown partial "hero"'],
    ['an unknown partial parameter', '{{> button href=links.enrol}}', 'line 1: partial "button" has no parameter "href"'],
    ['@index outside each', '{{@index}}', 'line 1: unknown data variable "@index"'],
    ['an expression in a quoted partial parameter', 'a\n{{> button url=links.enrol label="Hi {{{learner.lastName}}}"}}', 'line 2: parameter "label" of partial "button" is quoted text, so the {{…}} in it would be shown as written'],
  ])('refuses %s', (_, source, message) => {
    const { errors } = checkHandlebars(source, 'variants.en.body', EMAIL_SCHEMA, PARTIALS);
    expect(errors[0]).toMatchObject({ path: 'variants.en.body', message: expect.stringContaining(message) });
  });

  it('refuses learner data in a post', () => {
    const { errors } = checkHandlebars('Congrats {{learner.firstName}}!', 'variants.en.body', POST_SCHEMA);
    expect(errors[0].message).toBe('line 1: unknown variable "learner.firstName"');
  });

  it('lists the variables a source uses', () => {
    const { variables } = checkHandlebars('{{learner.firstName}} {{#each course.skills}}{{this}}{{/each}} {{formatDate session.startsAt}}', 'b', EMAIL_SCHEMA);
    expect([...variables].sort()).toEqual(['course.skills', 'learner.firstName', 'session.startsAt']);
  });
});
