import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsContentLocale, IsTranslations } from '../../../common/validation/content-locale';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { CourseModality } from '../../../common/enums';
import { PageMetaDto } from '../../../common/pagination/cursor';
import { IsOptionalNotNull } from '../../../common/validation/is-optional-not-null';
import type { Course } from '../course.entity';
import type { CourseSessionSummary } from '../sessions.repository';
import { IsHttpUrl } from './field-validators';

const NOT_BLANK = /\S/;

/** The course in one more language; a field left out (or null) falls back as templates do. */
export class CourseTranslationDto {
  @ApiProperty({ example: 'en', description: 'The locale these values are written in ("fr", "en", "fr-CA")' })
  @IsContentLocale()
  locale: string;

  @ApiPropertyOptional({ example: 'Managing a hybrid team', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @ApiPropertyOptional({ example: 'Two mornings to set rituals and delegate well.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @ApiPropertyOptional({ example: ['management', 'remote work'], type: [String], nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  skills?: string[] | null;
}

export class CreateCourseDto {
  @ApiPropertyOptional({ example: 'MGT-101', nullable: true, type: String, description: 'Unique in the workspace; used by imports and LMS mappings' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'code must not be blank' })
  @MaxLength(64)
  code?: string | null;

  @ApiProperty({ example: 'Managing a hybrid team' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'title must not be blank' })
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional({ example: 'Two mornings to set rituals, delegate well and keep remote colleagues engaged.', nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @ApiProperty({ enum: CourseModality, example: CourseModality.Blended })
  @IsEnum(CourseModality)
  modality: CourseModality;

  @ApiPropertyOptional({ example: 420, nullable: true, type: Number, description: 'Total learning time in minutes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ example: 'https://lms.example.com/course/mgt-101', nullable: true, type: String })
  @IsOptional()
  @IsHttpUrl()
  lmsUrl?: string | null;

  @ApiPropertyOptional({ example: ['management', 'remote work'], type: [String], description: 'On update, replaces the whole list' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each skill must not be blank' })
  @MaxLength(100, { each: true })
  skills?: string[];

  @ApiPropertyOptional({
    type: [CourseTranslationDto],
    description:
      'Title, description and skills in other languages than the workspace’s (the values above). Each message takes the learner’s locale, then the workspace’s, then any. On update, replaces the whole list.',
  })
  @IsTranslations(() => CourseTranslationDto)
  translations?: CourseTranslationDto[];
}

/** Absent fields stay; null clears the optional ones (title, modality and skills take no null). */
export class UpdateCourseDto extends PartialType(CreateCourseDto, { skipNullProperties: false }) {}

export class ListCoursesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CourseModality, example: CourseModality.ELearning })
  @IsOptional()
  @IsEnum(CourseModality)
  modality?: CourseModality;

  @ApiPropertyOptional({ example: 'hybrid', description: 'Case-insensitive search in the title and the code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class DeleteCourseQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], example: 'true', description: 'Also delete sessions that have enrolments, and those enrolments' })
  @IsOptional()
  @IsIn(['true', 'false'])
  force?: 'true' | 'false';
}

export class CourseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'MGT-101', nullable: true, type: String })
  code: string | null;

  @ApiProperty({ example: 'Managing a hybrid team' })
  title: string;

  @ApiProperty({ example: 'Two mornings to set rituals and delegate well.', nullable: true, type: String })
  description: string | null;

  @ApiProperty({ enum: CourseModality, example: CourseModality.Blended })
  modality: CourseModality;

  @ApiProperty({ example: 420, nullable: true, type: Number })
  durationMinutes: number | null;

  @ApiProperty({ example: 'https://lms.example.com/course/mgt-101', nullable: true, type: String })
  lmsUrl: string | null;

  @ApiProperty({ example: ['management', 'remote work'], type: [String] })
  skills: string[];

  @ApiProperty({ type: [CourseTranslationDto] })
  translations: CourseTranslationDto[];

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  static from(c: Course): CourseDto {
    return {
      id: c.id,
      code: c.code,
      title: c.title,
      description: c.description,
      modality: c.modality,
      durationMinutes: c.durationMinutes,
      lmsUrl: c.lmsUrl,
      skills: c.skills,
      translations: c.translations,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    };
  }
}

export class NextSessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String, example: 'Lyon cohort' })
  title: string | null;

  @ApiProperty({ example: '2030-03-02T09:00:00.000Z' })
  startsAt: Date;

  @ApiProperty({ example: 'Europe/Paris', description: "The session's IANA time zone" })
  timeZone: string;
}

/** A course as a list shows it: with its sessions summed up. */
export class CourseListItemDto extends CourseDto {
  @ApiProperty({ example: 3, description: 'Sessions not cancelled, past ones included' })
  scheduledSessions: number;

  @ApiProperty({ type: NextSessionDto, nullable: true, description: 'The soonest scheduled session still ahead' })
  nextSession: NextSessionDto | null;

  static fromListed(c: Course & CourseSessionSummary): CourseListItemDto {
    return { ...CourseDto.from(c), scheduledSessions: c.scheduledSessions, nextSession: c.nextSession };
  }
}

export class CoursePageDto extends PageMetaDto {
  @ApiProperty({ type: [CourseListItemDto] })
  items: CourseListItemDto[];
}
