import type { Type } from '@nestjs/common';
import { createValidationPipe } from '../../infrastructure/http/validation';
import { CreateStepDto, UpdateStepDto } from '../../modules/campaigns/dto/campaign-step.dto';
import { CreateCampaignDto, UpdateCampaignDto } from '../../modules/campaigns/dto/campaign.dto';
import { CreateCourseDto, UpdateCourseDto } from '../../modules/courses/dto/course.dto';
import { CreateSessionDto, UpdateSessionDto } from '../../modules/courses/dto/session.dto';
import { CreateNetworkChannelDto, UpdateNetworkChannelDto } from '../../modules/network-channels/dto/network-channel.dto';
import { UpdatePersonaDto } from '../../modules/personas/dto/update-persona.dto';
import { CreateSegmentDto } from '../../modules/segments/dto/create-segment.dto';
import { UpdateSegmentDto } from '../../modules/segments/dto/update-segment.dto';
import { DomainError } from '../errors/domain-error';

// PATCH bodies built from their create DTOs: absent = unchanged, null clears only where the API
// says so, null elsewhere is refused naming the field, and what cannot change is an unknown field.
interface PatchCase {
  dto: Type<unknown>;
  clearable: string[];
  notNull: string[];
  unknown?: string[];
}

const CASES: Record<string, PatchCase> = {
  UpdatePersonaDto: {
    dto: UpdatePersonaDto,
    clearable: ['summary', 'behaviouralModel', 'socialModel', 'preferredTime', 'tone', 'assignmentRule'],
    notNull: ['name', 'shortTermGoals', 'longTermGoals', 'needs', 'ambitions', 'objections', 'preferredChannels', 'preferredDays'],
  },
  UpdateSegmentDto: { dto: UpdateSegmentDto, clearable: ['description'], notNull: ['name', 'rule', 'kind'] },
  UpdateCourseDto: { dto: UpdateCourseDto, clearable: ['code', 'description', 'durationMinutes', 'lmsUrl'], notNull: ['title', 'modality', 'skills'] },
  UpdateSessionDto: {
    dto: UpdateSessionDto,
    clearable: ['title', 'enrolBy', 'capacity', 'location', 'meetingUrl'],
    notNull: ['startsAt', 'endsAt', 'timeZone', 'status', 'cancellationReason'],
  },
  UpdateNetworkChannelDto: { dto: UpdateNetworkChannelDto, clearable: ['secret'], notNull: ['name', 'url', 'enabled'], unknown: ['kind'] },
  UpdateCampaignDto: {
    dto: UpdateCampaignDto,
    clearable: ['description', 'sessionId', 'goalEnrolments', 'brandKitId', 'senderName', 'senderEmail', 'replyTo', 'sponsor'],
    notNull: ['name', 'courseId', 'ambassadorIds', 'networkChannelIds', 'includeSegmentIds', 'excludeSegmentIds', 'allowLocaleFallback'],
    unknown: ['steps'],
  },
  UpdateStepDto: {
    dto: UpdateStepDto,
    clearable: ['localTime', 'segmentId', 'enrollmentCondition', 'abTestFraction', 'abDecideAfter'],
    notNull: ['name', 'phase', 'anchor', 'offset', 'channel', 'templateVersionId', 'variants', 'personaIds', 'essential', 'position'],
  },
};

const pipe = createValidationPipe();

async function problems(dto: Type<unknown>, body: Record<string, unknown>): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype: dto });
    return [];
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.details.map((d) => d.path);
  }
}

describe.each(Object.entries(CASES))('%s (PATCH body)', (_name, { dto, clearable, notNull, unknown = [] }) => {
  it('takes an empty body: every field may be left out', async () => {
    expect(await problems(dto, {})).toEqual([]);
  });

  it.each(clearable)('takes null for %s (it clears the field)', async (field) => {
    expect(await problems(dto, { [field]: null })).toEqual([]);
  });

  it.each(notNull)('refuses null for %s, naming it', async (field) => {
    const paths = await problems(dto, { [field]: null });
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set([field]));
  });

  if (unknown.length) {
    it.each(unknown)('refuses %s, which cannot change here', async (field) => {
      expect(await problems(dto, { [field]: 'x' })).toContain(field);
    });
  }
});

describe('the rules of the create DTO still hold on PATCH', () => {
  it.each([
    [UpdateCourseDto, { title: '   ' }, 'title'],
    [UpdateCourseDto, { skills: ['ok', ' '] }, 'skills'],
    [UpdateSessionDto, { startsAt: '2026-03-02T09:00:00' }, 'startsAt'],
    [UpdateSessionDto, { status: 'scheduled' }, 'status'],
    [UpdateSegmentDto, { kind: 'frozen' }, 'kind'],
    [UpdateNetworkChannelDto, { secret: 'short' }, 'secret'],
    [UpdateCampaignDto, { ambassadorIds: ['not-a-uuid'] }, 'ambassadorIds'],
    [UpdateCampaignDto, { sponsor: { name: '' , extra: 1 } }, 'sponsor.extra'],
    [UpdateStepDto, { offset: 'two weeks' }, 'offset'],
    [UpdateStepDto, { variants: [{ key: 'a', templateVersionId: 'x', weight: 0 }] }, 'variants[0].key'],
    [UpdatePersonaDto, { preferredTime: '25:00' }, 'preferredTime'],
  ] as Array<[Type<unknown>, Record<string, unknown>, string]>)('%p refuses %j at %s', async (dto, body, path) => {
    expect(await problems(dto, body)).toContain(path);
  });

  it('lets a step drop its variants with [] (create asks for 2 at least)', async () => {
    expect(await problems(UpdateStepDto, { variants: [] })).toEqual([]);
  });
});

// Optional on create, but null is no way to say "the default": it is refused there too (it used to
// reach the services, which took it for the default or failed on it).
describe.each([
  [CreateSegmentDto, ['kind']],
  [CreateCourseDto, ['skills']],
  [CreateSessionDto, ['timeZone']],
  [CreateNetworkChannelDto, ['enabled']],
  [CreateCampaignDto, ['ambassadorIds', 'networkChannelIds', 'includeSegmentIds', 'excludeSegmentIds', 'allowLocaleFallback']],
  [CreateStepDto, ['templateVersionId', 'personaIds', 'essential', 'position']],
] as Array<[Type<unknown>, string[]]>)('%p (create body)', (dto, fields) => {
  it.each(fields)('refuses null for the optional %s, naming it', async (field) => {
    expect(await problems(dto, { [field]: null })).toContain(field);
  });
});
