import { normaliseSkills } from './skills';

describe('normaliseSkills', () => {
  it.each<[string[], string[]]>([
    [[], []],
    [['  Management ', 'remote work'], ['Management', 'remote work']],
    [['Feedback', 'feedback', 'FEEDBACK'], ['Feedback']],
    [['Écoute', 'écoute', 'Excel'], ['Écoute', 'Excel']],
    [['', '   ', 'SQL'], ['SQL']],
  ])('%j → %j', (input, expected) => expect(normaliseSkills(input)).toEqual(expected));
});
