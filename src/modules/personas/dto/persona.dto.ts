import { ApiProperty } from '@nestjs/swagger';
import { Channel, Weekday } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import type { Persona } from '../persona.entity';
import { ASSIGNMENT_RULE_EXAMPLE } from './persona-fields';

export class PersonaDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ambitious newcomer' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'Joined less than a year ago, eager to prove themselves.' })
  summary: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Learns in short bursts between meetings.' })
  behaviouralModel: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Follows peers and their manager.' })
  socialModel: string | null;

  @ApiProperty({ type: [String], example: ['Master the CRM'] })
  shortTermGoals: string[];

  @ApiProperty({ type: [String], example: ['Become a team lead'] })
  longTermGoals: string[];

  @ApiProperty({ type: [String], example: ['Concrete, job-related examples'] })
  needs: string[];

  @ApiProperty({ type: [String], example: ['Be recognised by leadership'] })
  ambitions: string[];

  @ApiProperty({ type: [String], example: ['No time during closing weeks'] })
  objections: string[];

  @ApiProperty({ enum: Channel, isArray: true, example: [Channel.Email, Channel.Post], description: 'In order of preference' })
  preferredChannels: Channel[];

  @ApiProperty({ enum: Weekday, isArray: true, example: [Weekday.Tuesday, Weekday.Thursday] })
  preferredDays: Weekday[];

  @ApiProperty({ nullable: true, type: String, example: '09:30' })
  preferredTime: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Energetic, concrete, peer-to-peer' })
  tone: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, example: ASSIGNMENT_RULE_EXAMPLE })
  assignmentRule: unknown;

  @ApiProperty({ example: 128, description: 'Learners who have this persona now' })
  learnerCount: number;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(p: Persona, learnerCount: number): PersonaDto {
    return {
      id: p.id,
      name: p.name,
      summary: p.summary,
      behaviouralModel: p.behaviouralModel,
      socialModel: p.socialModel,
      shortTermGoals: p.shortTermGoals,
      longTermGoals: p.longTermGoals,
      needs: p.needs,
      ambitions: p.ambitions,
      objections: p.objections,
      preferredChannels: p.preferredChannels,
      preferredDays: p.preferredDays,
      preferredTime: p.preferredTime,
      tone: p.tone,
      assignmentRule: p.assignmentRule,
      learnerCount,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    };
  }
}

export class PersonaPageDto extends PageMetaDto {
  @ApiProperty({ type: [PersonaDto] })
  items: PersonaDto[];
}

export class PersonaAssignmentDto {
  @ApiProperty({ example: 42, description: 'Learners newly given this persona (those who already had it are not counted)' })
  assigned: number;
}

export class PersonaTakenFromDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The persona these learners have now; null for none' })
  personaId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Busy manager' })
  personaName: string | null;

  @ApiProperty({ example: 12 })
  count: number;
}

export class PersonaAssignmentPreviewDto {
  @ApiProperty({ example: 42, description: 'Learners that assigning now would give this persona (those who already have it are not counted)' })
  assigned: number;

  @ApiProperty({ type: [PersonaTakenFromDto], description: 'Which persona (or none) they have now, the largest group first' })
  from: PersonaTakenFromDto[];

  @ApiProperty({ example: 120, description: 'Learners the saved rule selects now (assigned + those of them who already have this persona)' })
  matched: number;

  @ApiProperty({ example: 90, description: 'Learners who have this persona now' })
  members: number;

  @ApiProperty({ example: 12, description: 'Learners who have this persona now but whom the rule no longer selects: assigning keeps it for them' })
  keptWithoutMatch: number;

  @ApiProperty({ example: 132, description: 'Learners who will have this persona after assigning (members + assigned)' })
  membersAfter: number;
}

