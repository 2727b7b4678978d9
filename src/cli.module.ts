import { Module } from '@nestjs/common';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { BrandingModule } from './modules/branding/branding.module';
import { CoursesModule } from './modules/courses/courses.module';
import { LearnersModule } from './modules/learners/learners.module';
import { PeopleModule } from './modules/people/people.module';
import { PersonasModule } from './modules/personas/personas.module';
import { SegmentsModule } from './modules/segments/segments.module';
import { TemplatesModule } from './modules/templates/templates.module';
import { WorkspacesModule } from './modules/workspaces/workspaces.module';

/** The services the command line drives directly. */
@Module({
  imports: [InfrastructureModule, WorkspacesModule, PeopleModule, LearnersModule, PersonasModule, SegmentsModule, CoursesModule, BrandingModule, TemplatesModule],
})
export class CliModule {}
