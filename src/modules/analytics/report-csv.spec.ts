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

  it('writes a BOM, an English header and one CRLF-ended row per group, rates as percentages with one decimal', () => {
    const csv = breakdownsCsv([
      { dimension: 'total', key: null, label: 'Printemps', funnel, rates: funnelRates(funnel) },
      { dimension: 'department', key: 'Ventes; Île', label: 'Ventes; Île', funnel, rates: funnelRates(funnel) },
      { dimension: 'channel', key: 'talking_points', label: 'talking_points', funnel, rates: funnelRates(funnel) },
      { dimension: 'variant', key: null, label: '(none)', funnel, rates: funnelRates(funnel) },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    // Opened 2 ÷ delivered 3 = 66.7 %; clicked 1 ÷ 3 = 33.3 %; 1 ÷ 2 opened = 50 %; 1 enrolled ÷ 4 targeted = 25 %; 1 ÷ 1 clicked = 100 %; 0 ÷ 1 = 0 %.
    expect(lines).toEqual([
      'Breakdown,Key,Group,Targeted,Sent (learners),Delivered,Opened,Machine opens only,Clicked,Enrolled,Started,Completed,Open rate (%),Click-through rate (%),Click-to-open rate (%),Participation (%),Conversion (%),Completion (%)',
      'Total,,Printemps,4,3,3,2,1,1,1,1,0,66.7,33.3,50,25,100,0',
      'Department,"Ventes; Île","Ventes; Île",4,3,3,2,1,1,1,1,0,66.7,33.3,50,25,100,0',
      'Channel,talking_points,talking points,4,3,3,2,1,1,1,1,0,66.7,33.3,50,25,100,0',
      'Variant,,(none),4,3,3,2,1,1,1,1,0,66.7,33.3,50,25,100,0',
      '',
    ]);
  });

  it('leaves a rate with a zero denominator empty', () => {
    const none: FunnelCounts = { ...funnel, delivered: 0, opened: 0, clicked: 0, enrolled: 0, started: 0 };
    const [, row] = breakdownsCsv([{ dimension: 'site', key: 'Lyon', label: 'Lyon', funnel: none, rates: funnelRates(none) }]).slice(1).split('\r\n');
    expect(row.split(',').slice(-6)).toEqual(['', '', '', '0', '', '']);
  });

  it('writes French Excel’s dialect: French headers and words, `;` between fields, decimal commas', () => {
    const rows = [
      { dimension: 'department', key: 'Ventes; Île', label: 'Ventes; Île', funnel, rates: funnelRates(funnel) },
      { dimension: 'channel', key: 'email', label: 'email', funnel, rates: funnelRates(funnel) },
      { dimension: 'channel', key: 'poster', label: 'poster', funnel, rates: funnelRates(funnel) },
      { dimension: 'variant', key: 'B', label: 'B', funnel, rates: funnelRates(funnel) },
      { dimension: 'variant', key: null, label: '(none)', funnel, rates: funnelRates(funnel) },
      { dimension: 'persona', key: null, label: '(none)', funnel, rates: funnelRates(funnel) },
    ];
    const [header, ...lines] = breakdownsCsv(rows, CSV_DIALECTS.fr).slice(1).split('\r\n');
    expect(header).toBe(
      'Répartition;Clé;Groupe;Ciblés;Envoyés (apprenants);Remis;Ouverts;Ouvertures automatiques seules;Cliqués;Inscrits;Ont commencé;Ont terminé;Taux d’ouverture (%);Taux de clic (%);Taux de clic après ouverture (%);Participation (%);Conversion (%);Achèvement (%)',
    );
    expect(lines).toEqual([
      'Service;"Ventes; Île";"Ventes; Île";4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      'Canal;email;e-mail;4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      'Canal;poster;affiche;4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      'Variante;B;Variante B;4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      'Variante;;(aucune);4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      'Persona;;(aucun);4;3;3;2;1;1;1;1;0;66,7;33,3;50;25;100;0',
      '',
    ]);
    expect(csvLocaleOf('fr-CA')).toBe('fr');
    expect(csvLocaleOf('de')).toBe('en');
  });

  const report = {
    rows: [],
    abTests: [{ stepName: 'Teaser', outcome: 'significant', leader: 'B', confidence: 99, pValue: 0.01234, winner: null, variants: [{ variant: 'A', targeted: 10, delivered: 9, clicked: 1, rate: 1 / 9, enrolled: 0 }] }],
    roi: { cost: 1200.5, currency: 'EUR', production: 500, hours: 10, hourlyRate: 70.05, costPerEnrolment: 40.01666, costPerCompletion: null },
    ambassadors: [{ rank: 1, name: 'Camille', department: '=cmd', relayCount: 2, clicks: 14, enrolled: 3, completed: 1 }],
    posterScans: 5,
    posts: [{ stepName: '3. Annonce', channelName: 'Formation', channelKind: 'slack', status: 'sent', sentAt: '2026-03-02 09:00', clicks: 7 }],
  };

  it('puts the A/B tests (verdict in French), the ROI, the leaderboard, the poster and the posts after the breakdowns, each with its header', () => {
    expect(reportCsv(report, CSV_DIALECTS.fr).slice(1).split('\r\n')).toEqual([
      expect.stringMatching(/^Répartition;Clé;Groupe;/),
      '',
      'Test A/B (étape);Variante;Ciblés;Remis;Cliqués;Taux de clic (%);Inscrits;En tête;p-valeur;Gagnante envoyée aux autres;Verdict',
      // 1 click ÷ 9 delivered = 11.1 %.
      'Teaser;Variante A;10;9;1;11,1;0;Variante B;0,0123;;"La variante B obtient plus de clics, avec 99 % de confiance."',
      '',
      'Coût;Devise;Production;Heures;Taux horaire;Coût par inscription;Coût par achèvement',
      '1200,5;EUR;500;10;70,05;40,02;',
      '',
      'Rang;Ambassadeur;Service;Jours partagés;Clics;Inscrits;Ont terminé',
      "1;Camille;'=cmd;2;14;3;1",
      '',
      'Affiche;Scans',
      '"Affiche (scans de son lien court ; hors entonnoir par apprenant)";5',
      '',
      'Publication réseau (étape);Canal;État;Publiée le;Clics',
      '3. Annonce;Formation;Publiée;2026-03-02 09:00;7',
      '',
    ]);
  });

  it('writes the same sections in English', () => {
    const lines = reportCsv({ ...report, abTests: [{ ...report.abTests[0]!, outcome: 'insufficient_data', leader: null }] }).slice(1).split('\r\n');
    expect(lines).toContain('Teaser,Variant A,10,9,1,11.1,0,,0.0123,,Not enough data yet to compare the variants.');
    expect(lines).toContain('Ambassador rank,Ambassador,Department,Days shared,Clicks,Enrolled,Completed');
    expect(lines).toContain('"Poster (scans of its short link; not in the per-learner funnel)",5');
    expect(lines).toContain('3. Annonce,Formation,Posted,2026-03-02 09:00,7');
  });
});
