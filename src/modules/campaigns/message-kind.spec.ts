import { MessageKind } from '../../common/enums';
import { TemplatePurpose } from '../templates/templates.enums';
import { effectiveMessageKind, messageKindOfPurpose, sendTraits } from './message-kind';

describe('messageKindOfPurpose', () => {
  it.each([
    [TemplatePurpose.PracticalInfo, MessageKind.Service],
    [TemplatePurpose.Welcome, MessageKind.Service],
    [TemplatePurpose.FeedbackSurvey, MessageKind.Service],
    [TemplatePurpose.Congratulations, MessageKind.Service],
    ['session_changed', MessageKind.Service],
    ['session_cancelled', MessageKind.Service],
    [TemplatePurpose.Teaser, MessageKind.Promotional],
    [TemplatePurpose.Invitation, MessageKind.Promotional],
    [TemplatePurpose.SponsorWord, MessageKind.Promotional],
    [TemplatePurpose.EnrolmentReminder, MessageKind.Promotional],
    [TemplatePurpose.LastCall, MessageKind.Promotional],
    [TemplatePurpose.Nudge, MessageKind.Promotional],
    [TemplatePurpose.NextCourse, MessageKind.Promotional],
    [TemplatePurpose.TalkingPoints, MessageKind.Promotional],
    [TemplatePurpose.SessionAnnouncement, MessageKind.Promotional],
    [TemplatePurpose.CompletionCelebration, MessageKind.Promotional],
    [TemplatePurpose.Other, MessageKind.Promotional],
    ['a_purpose_not_known_yet', MessageKind.Promotional],
    [null, MessageKind.Promotional],
  ])('%s is %s', (purpose, kind) => {
    expect(messageKindOfPurpose(purpose)).toBe(kind);
  });

  it('covers every purpose of the enum with a decision', () => {
    const service = Object.values(TemplatePurpose).filter((p) => messageKindOfPurpose(p) === MessageKind.Service);
    expect(service.sort()).toEqual(['congratulations', 'feedback_survey', 'practical_info', 'session_cancelled', 'session_changed', 'welcome']);
  });
});

describe('effectiveMessageKind', () => {
  it.each([
    ['no override: the purpose decides', null, TemplatePurpose.Welcome, MessageKind.Service],
    ['no override on a teaser', null, TemplatePurpose.Teaser, MessageKind.Promotional],
    ['an override to service wins over a promotional purpose', MessageKind.Service, TemplatePurpose.Invitation, MessageKind.Service],
    ['an override to promotional wins over a service purpose', MessageKind.Promotional, TemplatePurpose.PracticalInfo, MessageKind.Promotional],
    ['an override with no purpose known', MessageKind.Service, null, MessageKind.Service],
  ] as const)('%s', (_case, override, purpose, kind) => {
    expect(effectiveMessageKind(override, purpose)).toBe(kind);
  });
});

describe('sendTraits', () => {
  it.each([
    [MessageKind.Service, false, { listUnsubscribe: false, honoursUnsubscribe: false, capped: false }],
    [MessageKind.Service, true, { listUnsubscribe: false, honoursUnsubscribe: false, capped: false }],
    [MessageKind.Promotional, false, { listUnsubscribe: true, honoursUnsubscribe: true, capped: true }],
    // Essential only lifts the cap: the unsubscribe still applies and the headers are still there.
    [MessageKind.Promotional, true, { listUnsubscribe: true, honoursUnsubscribe: true, capped: false }],
  ] as const)('%s, essential %s', (kind, essential, traits) => {
    expect(sendTraits(kind, essential)).toEqual(traits);
  });
});
