import { publicLeaderboard, type AmbassadorTally } from './public-leaderboard';

const tally = (learnerId: string, firstName: string | null, enrolled: number, clicks: number, optedOut = false): AmbassadorTally => ({ learnerId, firstName, enrolled, clicks, optedOut });

describe('public leaderboard', () => {
  it('ranks by enrolments then clicks, ties sharing a rank', () => {
    const board = publicLeaderboard([tally('a', 'Inès', 1, 9), tally('b', 'Karim', 3, 0), tally('c', 'Léa', 1, 9), tally('d', 'Tom', 0, 2)], 'd');
    expect(board.map((r) => [r.rank, r.firstName, r.you])).toEqual([
      [1, 'Karim', false],
      [2, 'Inès', false],
      [2, 'Léa', false],
      [4, 'Tom', true],
    ]);
  });

  it('hides the name of whoever opted out, except from themselves', () => {
    const tallies = [tally('a', 'Inès', 2, 0, true), tally('b', 'Karim', 1, 0)];
    expect(publicLeaderboard(tallies, 'b').map((r) => r.firstName)).toEqual([null, 'Karim']);
    expect(publicLeaderboard(tallies, 'a').map((r) => r.firstName)).toEqual(['Inès', 'Karim']);
  });

  it('shows no name for an ambassador without a first name', () => {
    expect(publicLeaderboard([tally('a', '  ', 0, 0)], 'b')[0].firstName).toBeNull();
  });

  it('adds the last name initial to first names two ambassadors share, never the full last name', () => {
    const tallies = [{ ...tally('a', 'Hiro', 2, 0), lastName: 'Tanaka' }, { ...tally('b', 'hiro ', 1, 0), lastName: 'élie' }, { ...tally('c', 'Léa', 0, 0), lastName: 'Martin' }];
    expect(publicLeaderboard(tallies, 'c').map((r) => r.firstName)).toEqual(['Hiro T.', 'hiro É.', 'Léa']);
  });

  it('keeps an opted-out namesake nameless', () => {
    const tallies = [{ ...tally('a', 'Hiro', 2, 0, true), lastName: 'Tanaka' }, { ...tally('b', 'Hiro', 1, 0), lastName: 'Sato' }];
    expect(publicLeaderboard(tallies, 'b').map((r) => r.firstName)).toEqual([null, 'Hiro S.']);
  });
});
