import { Channel, SessionStatus, StepAnchor, StepChannel, StepPhase } from '../../common/enums';
import { languageOf, launchProblems, templateChannelFor, type LaunchFacts, type StepFacts } from './launch-checks';

const NOW = new Date('2026-03-01T12:00:00Z');

function step(overrides: Partial<StepFacts> = {}): StepFacts {
  return {
    phase: StepPhase.Before,
    anchor: StepAnchor.SessionStart,
    offset: '-P7D',
    localTime: null,
    channel: StepChannel.Email,
    versions: [{ path: 'steps[0].templateVersionId', channel: Channel.Email, locales: ['fr', 'en'] }],
    recipientLocales: [
      { locale: 'fr-FR', count: 10 },
      { locale: 'en-US', count: 5 },
    ],
    links: { enrol: 'https://lms.example.com/enrol', survey: '', certificate: '' },
    ...overrides,
  };
}

function facts(overrides: Partial<LaunchFacts> = {}): LaunchFacts {
  return {
    now: NOW,
    senderEmail: 'learning@acme.example',
    session: {
      startsAt: new Date('2026-04-01T08:00:00Z'),
      endsAt: new Date('2026-04-02T16:00:00Z'),
      enrolBy: new Date('2026-03-25T22:00:00Z'),
      status: SessionStatus.Scheduled,
    },
    audienceCount: 15,
    enabledNetworkChannels: 1,
    ambassadors: 2,
    zones: ['Europe/Paris'],
    steps: [step()],
    ...overrides,
  };
}

describe('launchProblems', () => {
  it('accepts a complete plan', () => {
    expect(launchProblems(facts())).toEqual([]);
  });

  it.each<[string, Partial<LaunchFacts>, Array<{ path: string; message: RegExp }>]>([
    ['no steps', { steps: [] }, [{ path: 'steps', message: /no steps/ }]],
    ['no sender', { senderEmail: null }, [{ path: 'senderEmail', message: /no sender/ }]],
    ['an empty audience', { audienceCount: 0 }, [{ path: 'includeSegmentIds', message: /audience is empty/ }]],
    [
      'a cancelled session',
      { session: { startsAt: new Date('2026-04-01T08:00:00Z'), endsAt: new Date('2026-04-02T16:00:00Z'), enrolBy: null, status: SessionStatus.Cancelled } },
      [{ path: 'sessionId', message: /cancelled/ }],
    ],
    [
      'a before step of a session that has ended (and is past)',
      { session: { startsAt: new Date('2026-02-01T08:00:00Z'), endsAt: new Date('2026-02-02T16:00:00Z'), enrolBy: null, status: SessionStatus.Scheduled } },
      [
        { path: 'steps[0].phase', message: /before step, but the session ended at 2026-02-02T16:00:00.000Z/ },
        { path: 'steps[0].offset', message: /first send at 2026-01-25T08:00:00.000Z, which is in the past/ },
      ],
    ],
    ['a step in the past', { steps: [step({ offset: '-P31D' })] }, [{ path: 'steps[0].offset', message: /in the past/ }]],
    [
      'a launch step with a negative offset',
      { steps: [step({ anchor: StepAnchor.Launch, offset: '-PT1M' })] },
      [{ path: 'steps[0].offset', message: /2026-03-01T11:59:00.000Z, which is in the past/ }],
    ],
    [
      'a session-anchored step without a session',
      { session: null, steps: [step({ anchor: StepAnchor.SessionEnd })] },
      [{ path: 'steps[0].anchor', message: /anchored on session_end, but the campaign has no session/ }],
    ],
    [
      'an enrol-by step when the session has none',
      {
        session: { startsAt: new Date('2026-04-01T08:00:00Z'), endsAt: new Date('2026-04-02T16:00:00Z'), enrolBy: null, status: SessionStatus.Scheduled },
        steps: [step({ anchor: StepAnchor.EnrolBy })],
      },
      [{ path: 'steps[0].anchor', message: /no enrol-by date/ }],
    ],
    [
      'a post step without an enabled network channel',
      { enabledNetworkChannels: 0, steps: [step({ channel: StepChannel.Post, recipientLocales: null, versions: [{ path: 'steps[0].templateVersionId', channel: Channel.Post, locales: ['en'] }] })] },
      [{ path: 'steps[0].channel', message: /no enabled network channel/ }],
    ],
    [
      'a talking-points step without ambassadors',
      {
        ambassadors: 0,
        steps: [step({ channel: StepChannel.TalkingPoints, recipientLocales: [], versions: [{ path: 'steps[0].templateVersionId', channel: Channel.TalkingPoints, locales: ['en'] }] })],
      },
      [{ path: 'steps[0].channel', message: /no ambassadors/ }],
    ],
    [
      'a version of the wrong channel',
      { steps: [step({ versions: [{ path: 'steps[0].templateVersionId', channel: Channel.Post, locales: ['fr', 'en'] }] })] },
      [{ path: 'steps[0].templateVersionId', message: /^the template is for post, but email steps need a template for email$/ }],
    ],
    [
      'a variant version that no longer exists',
      { steps: [step({ versions: [{ path: 'steps[0].variants[1].templateVersionId', channel: null, locales: [] }] })] },
      [{ path: 'steps[0].variants[1].templateVersionId', message: /^no such template version$/ }],
    ],
    [
      'a template lacking locales of its audience, counted per language',
      {
        steps: [
          step({
            recipientLocales: [
              { locale: 'fr-FR', count: 10 },
              { locale: 'de-DE', count: 100 },
              { locale: 'de-AT', count: 20 },
              { locale: 'ja', count: 1 },
            ],
          }),
        ],
      },
      [
        { path: 'steps[0].templateVersionId', message: /^no "de" variant for 120 learners$/ },
        { path: 'steps[0].templateVersionId', message: /^no "ja" variant for 1 learner$/ },
      ],
    ],
  ])('refuses %s', (_, overrides, expected) => {
    const problems = launchProblems(facts(overrides));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      expect(problems[i].path).toBe(e.path);
      expect(problems[i].message).toMatch(e.message);
    });
  });

  it('lists every problem at once, across steps', () => {
    const problems = launchProblems(
      facts({
        senderEmail: null,
        audienceCount: 0,
        enabledNetworkChannels: 0,
        steps: [
          step({ offset: '-P60D' }),
          step({ channel: StepChannel.Post, recipientLocales: null, versions: [{ path: 'steps[1].templateVersionId', channel: Channel.Post, locales: ['en'] }] }),
          step({ recipientLocales: [{ locale: 'it-IT', count: 3 }], versions: [{ path: 'steps[2].variants[0].templateVersionId', channel: Channel.Email, locales: ['en'] }] }),
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'senderEmail',
      'includeSegmentIds',
      'steps[0].offset',
      'steps[1].channel',
      'steps[2].variants[0].templateVersionId',
    ]);
  });

  it('skips the audience check when the audience could not be counted', () => {
    expect(launchProblems(facts({ audienceCount: null }))).toEqual([]);
  });

  it('does not count the audience for a plan of posts and talking points only', () => {
    const problems = launchProblems(
      facts({
        audienceCount: 0,
        steps: [step({ channel: StepChannel.Post, recipientLocales: null, versions: [{ path: 'steps[0].templateVersionId', channel: Channel.Post, locales: ['en'] }] })],
      }),
    );
    expect(problems).toEqual([]);
  });

  it('names ambassadors, not learners, for talking points', () => {
    const problems = launchProblems(
      facts({
        steps: [
          step({
            channel: StepChannel.TalkingPoints,
            recipientLocales: [{ locale: 'es', count: 2 }],
            versions: [{ path: 'steps[0].templateVersionId', channel: Channel.TalkingPoints, locales: ['en'] }],
          }),
        ],
      }),
    );
    expect(problems).toEqual([
      { path: 'steps[0].templateVersionId', message: 'no "es" variant for 2 ambassadors', code: 'LAUNCH.MISSING_LOCALE', params: { language: 'es', count: 2, recipients: 'ambassador' } },
    ]);
  });

  it('skips the locale check when recipient locales are not given (fallback allowed)', () => {
    expect(launchProblems(facts({ steps: [step({ recipientLocales: null, versions: [{ path: 'p', channel: Channel.Email, locales: [] }] })] }))).toEqual([]);
  });

  it('never flags learner-event anchors as past', () => {
    expect(launchProblems(facts({ steps: [step({ anchor: StepAnchor.LearnerEnrolled, offset: '-P400D' })] }))).toEqual([]);
    expect(launchProblems(facts({ steps: [step({ anchor: StepAnchor.LearnerCompleted, offset: 'P1D', phase: StepPhase.After })] }))).toEqual([]);
  });

  it('keeps after steps of a session that has ended', () => {
    const ended = { startsAt: new Date('2026-02-01T08:00:00Z'), endsAt: new Date('2026-02-02T16:00:00Z'), enrolBy: null, status: SessionStatus.Scheduled };
    expect(launchProblems(facts({ session: ended, steps: [step({ phase: StepPhase.After, anchor: StepAnchor.SessionEnd, offset: 'P30D' })] }))).toEqual([]);
  });

  describe('with a local send time, the earliest zone decides', () => {
    // Launch at 12:00 UTC, send "the same day at 09:00 local": past in Paris (08:00 UTC), ahead in New York (14:00 UTC).
    const launchSameDay = step({ anchor: StepAnchor.Launch, offset: 'PT0M', localTime: '09:00' });

    it.each<[string[], boolean]>([
      [['America/New_York'], false],
      [['Europe/Paris'], true],
      [['America/New_York', 'Europe/Paris'], true],
      [['America/Los_Angeles', 'Pacific/Honolulu'], false],
      [[], true],
    ])('zones %j: past %s', (zones, past) => {
      const problems = launchProblems(facts({ zones, steps: [launchSameDay] }));
      expect(problems.some((p) => p.path === 'steps[0].offset')).toBe(past);
    });

    it('reads an HH:MM:SS time as stored by PostgreSQL', () => {
      const problems = launchProblems(facts({ zones: ['Asia/Tokyo'], steps: [step({ anchor: StepAnchor.Launch, offset: 'PT0M', localTime: '09:00:00' })] }));
      expect(problems.map((p) => p.path)).toEqual(['steps[0].offset']);
    });

    it('a step the day before a session at 09:00 local is fine while that day is still ahead everywhere', () => {
      expect(launchProblems(facts({ zones: ['Pacific/Kiritimati', 'Pacific/Pago_Pago'], steps: [step({ offset: '-P1D', localTime: '09:00' })] }))).toEqual([]);
    });
  });
});

describe('templateChannelFor and languageOf', () => {
  it.each([
    [StepChannel.Email, Channel.Email],
    [StepChannel.Preferred, Channel.Email],
    [StepChannel.Post, Channel.Post],
    [StepChannel.TalkingPoints, Channel.TalkingPoints],
  ])('a %s step uses %s templates', (stepChannel, channel) => {
    expect(templateChannelFor(stepChannel)).toBe(channel);
  });

  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['en_GB', 'en'],
    ['PT-br', 'pt'],
  ])('%s is language %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('refuses a step whose template uses a link that leads nowhere, naming the link to set', () => {
    const survey = step({
      versions: [{ path: 'steps[0].templateVersionId', channel: Channel.Email, locales: ['fr', 'en'], variables: ['learner.firstName', 'links.survey', 'links.enrol'] }],
    });
    expect(launchProblems(facts({ steps: [survey] }))).toEqual([
      {
        path: 'steps[0].links.survey',
        message: 'the template uses links.survey, which leads nowhere: set links.survey on the campaign or on this step',
        code: 'LAUNCH.LINK_NOWHERE',
        params: { link: 'survey' },
      },
    ]);
    const set = { ...survey, links: { enrol: 'https://lms.example.com/enrol', survey: 'https://forms.example.com/s', certificate: '' } };
    expect(launchProblems(facts({ steps: [set] }))).toEqual([]);
    const noEnrol = { ...set, links: { ...set.links, enrol: '' } };
    expect(launchProblems(facts({ steps: [noEnrol] }))[0]).toMatchObject({ path: 'steps[0].links.enrol', message: expect.stringContaining('(or give the course its LMS page)') });
  });
});
