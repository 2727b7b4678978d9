import { funnelRates, type FunnelCounts } from './funnel';
import { breakdownsCsv, CSV_DIALECTS, csvField, csvLocaleOf, reportCsv } from './report-csv';

describe('csvField', () => {
  it.each([
    ['Sales', 'Sales'],
    ['Ventes; Marketing', '"Ventes; Marketing"'],
    ['R&D, Paris', '"R&D, Paris"'],
    ['Le "hub"', '"Le ""hub"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Île-de-France', 'Île-de-France'],
    [12, '12'],
    [0.125, '0.125'],
    [null, ''],
  ])('%p → %p', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('breakdownsCsv', () => {
  const funnel: FunnelCounts = { targeted: 4, sent: 3, delivered: 3, opened: 2, machineOpened: 1, clicked: 1, enrolled: 1, started: 1, completed: 0 };

  it('writes a BOM, a header and one CRLF-ended row per group with rates rounded to 4 places', () => {
    const csv = breakdownsCsv([
      { dimension: 'total', key: null, label: 'Printemps', funnel, rates: funnelRates(funnel) },
      { dimension: 'department', key: 'Ventes; Île', label: 'Ventes; Île', funnel, rates: funnelRates(funnel) },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'dimension,key,label,targeted,sent,delivered,opened,machine_opened,clicked,enrolled,started,completed,open_rate,click_through_rate,click_to_open_rate,participation_rate,conversion_rate,completion_rate',
      'total,,Printemps,4,3,3,2,1,1,1,1,0,0.6667,0.3333,0.5,0.25,1,0',
      'department,"Ventes; Île","Ventes; Île",4,3,3,2,1,1,1,1,0,0.6667,0.3333,0.5,0.25,1,0',
      '',
    ]);
  });

  it('leaves a rate with a zero denominator empty', () => {
    const none: FunnelCounts = { ...funnel, delivered: 0, opened: 0, clicked: 0, enrolled: 0, started: 0 };
    const [, row] = breakdownsCsv([{ dimension: 'site', key: 'Lyon', label: 'Lyon', funnel: none, rates: funnelRates(none) }]).slice(1).split('\r\n');
    expect(row.split(',').slice(-6)).toEqual(['', '', '', '0', '', '']);
  });

  it('writes French Excel’s dialect: `;` between fields, decimal commas, a `;` in a label still quoted', () => {
    const rows = [{ dimension: 'department', key: 'Ventes; Île', label: 'Ventes; Île', funnel, rates: funnelRates(funnel) }];
    const [, row] = breakdownsCsv(rows, CSV_DIALECTS.fr).slice(1).split('\r\n');
    expect(row).toBe('department;"Ventes; Île";"Ventes; Île";4;3;3;2;1;1;1;1;0;0,6667;0,3333;0,5;0,25;1;0');
    expect(csvLocaleOf('fr-CA')).toBe('fr');
    expect(csvLocaleOf('de')).toBe('en');
  });

  it('puts the A/B tests, the ROI and the leaderboard after the breakdowns, each with its header', () => {
    const text = reportCsv(
      {
        rows: [],
        abTests: [{ stepName: 'Teaser', verdict: 'B wins', leader: 'B', pValue: 0.01234, winner: null, variants: [{ variant: 'A', targeted: 10, delivered: 9, clicked: 1, rate: 0.1111, enrolled: 0 }] }],
        roi: { cost: 1200.5, currency: 'EUR', production: 500, hours: 10, hourlyRate: 70.05, costPerEnrolment: 40.01666, costPerCompletion: null },
        ambassadors: [{ rank: 1, name: 'Camille', department: '=cmd', enrolled: 3, completed: 1 }],
      },
      CSV_DIALECTS.fr,
    );
    expect(text.slice(1).split('\r\n')).toEqual([
      expect.stringMatching(/^dimension;key;label;/),
      '',
      'ab_step;variant;targeted;delivered;clicked;click_rate;enrolled;leader;p_value;winner;verdict',
      'Teaser;A;10;9;1;0,1111;0;B;0,0123;;B wins',
      '',
      'roi_cost;currency;production;hours;hourly_rate;cost_per_enrolment;cost_per_completion',
      '1200,5;EUR;500;10;70,05;40,02;',
      '',
      'ambassador_rank;name;department;enrolled;completed',
      "1;Camille;'=cmd;3;1",
      '',
    ]);
  });
});
