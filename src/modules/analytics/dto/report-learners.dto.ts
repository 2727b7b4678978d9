import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { CSV_DIALECTS, type CsvLocale } from '../report-csv';
import { DRILL_DIMENSIONS, type DrillDimension } from '../report-learners.repository';
import { STAGE_PREDICATES, type ReportStage } from '../report.repository';

export const REPORT_STAGES = Object.keys(STAGE_PREDICATES) as ReportStage[];

const STAGE_DESCRIPTION =
  'A figure of the report: the funnel stages (`targeted`, `sent`, `delivered`, `opened`, `machineOpened`, `clicked`, `enrolled` — attributed to the campaign —, `started`, `completed`) ' +
  'or the reached ones (`reachedEnrolled`, `reachedStarted`, `reachedCompleted`: reached by the campaign and enrolled in the session, attributed or not)';

/** Which learners of a campaign's report: a stage, optionally not another, in the whole campaign or one breakdown group. */
export class ReportLearnersSelectionDto {
  @ApiProperty({ enum: REPORT_STAGES, example: 'clicked', description: STAGE_DESCRIPTION })
  @IsIn(REPORT_STAGES, { message: `stage must be one of ${REPORT_STAGES.join(', ')}` })
  stage: ReportStage;

  @ApiPropertyOptional({ enum: REPORT_STAGES, example: 'enrolled', description: 'Leave out the learners at this stage (in the same group): `stage=clicked&notStage=enrolled` is who clicked but did not enrol' })
  @IsOptional()
  @IsIn(REPORT_STAGES, { message: `notStage must be one of ${REPORT_STAGES.join(', ')}` })
  notStage?: ReportStage;

  @ApiPropertyOptional({ enum: DRILL_DIMENSIONS, example: 'step', description: 'A breakdown of the report (or `ambassador`, the leaderboard); without it, the whole campaign' })
  @IsOptional()
  @IsIn(DRILL_DIMENSIONS, { message: `dimension must be one of ${DRILL_DIMENSIONS.join(', ')}` })
  dimension?: DrillDimension;
}

export class ReportLearnersFilterQueryDto extends ReportLearnersSelectionDto {
  @ApiPropertyOptional({ example: '6f1c…', description: "The group's `key` as the report gives it (a step, persona or ambassador id; a channel, variant, department or site)" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  key?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'The group without a value (the report\'s row whose key is null): `dimension=department&keyNull=true`' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'keyNull must be true or false' })
  keyNull?: 'true' | 'false';
}

export class ReportLearnersQueryDto extends ReportLearnersFilterQueryDto {
  @ApiPropertyOptional({ example: 50, minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}

export class ReportLearnersCsvQueryDto extends ReportLearnersFilterQueryDto {
  @ApiPropertyOptional({
    enum: Object.keys(CSV_DIALECTS),
    description: 'The spreadsheet it opens in: `fr` (`;`, decimal comma: French Excel) or `en` (`,`, decimal point); by default the workspace language’s',
  })
  @IsOptional()
  @IsIn(Object.keys(CSV_DIALECTS), { message: 'locale must be fr or en' })
  locale?: CsvLocale;
}

export class RetargetSegmentDto extends ReportLearnersSelectionDto {
  @ApiProperty({ example: 'Clicked the invitation, not enrolled', description: 'The new static segment’s name, unique in the workspace' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ nullable: true, type: String, description: "The group's key (see the list's `key`); null for the group without a value" })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  key?: string | null;
}

export class ReportLearnerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: true, description: 'False for a learner deleted since: counted by the report, with nothing left to show' })
  exists: boolean;

  @ApiProperty({ nullable: true, type: String, example: 'E1042' })
  externalId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Camille Durand' })
  name: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'camille.durand@example.com' })
  email: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Sales' })
  department: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Lyon' })
  site: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  personaId: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Curious newcomer' })
  personaName: string | null;

  @ApiProperty({ enum: REPORT_STAGES, isArray: true, example: ['targeted', 'sent', 'delivered', 'opened', 'clicked'], description: 'Every stage the report counts this learner in, within the group' })
  stages: ReportStage[];

  @ApiProperty({ nullable: true, type: Date, description: 'First message sent (in the group)' })
  sentAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, description: 'First human open (a click proves one); null when opens are kept in aggregate only' })
  openedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, description: 'First human click' })
  clickedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date, description: 'The enrolment attributed to the campaign' })
  enrolledAt: Date | null;
}

export class ReportLearnersPageDto extends PageMetaDto {
  @ApiProperty({ example: 12, description: 'How many learners match, over all pages; without notStage, the report’s figure for the stage and group' })
  total: number;

  @ApiProperty({ type: [ReportLearnerDto] })
  items: ReportLearnerDto[];
}

export class RetargetSegmentResultDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Clicked the invitation, not enrolled' })
  name: string;

  @ApiProperty({ example: 'static' })
  kind: string;

  @ApiProperty({ example: 12, description: 'Learners frozen into the segment: exactly those the list names' })
  memberCount: number;
}
