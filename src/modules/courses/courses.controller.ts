import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { CoursesService } from './courses.service';
import { CourseDto, CourseListItemDto, CoursePageDto, CreateCourseDto, DeleteCourseQueryDto, ListCoursesQueryDto, UpdateCourseDto } from './dto/course.dto';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('v1/courses')
export class CoursesController {
  constructor(private readonly courses: CoursesService) {}

  @Post()
  @ApiErrors({ 409: 'COURSE.CODE_TAKEN: another course of the workspace has this code' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Create a course (admin, planner)' })
  @ApiCreatedResponse({ type: CourseDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateCourseDto): Promise<CourseDto> {
    return CourseDto.from(await this.courses.create(auth.workspaceId, body));
  }

  @Get()
  @ApiOperation({ summary: 'List courses, newest first (filter by modality, search the title and code)' })
  @ApiOkResponse({ type: CoursePageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListCoursesQueryDto): Promise<CoursePageDto> {
    const page = await this.courses.list(auth.workspaceId, query);
    return { items: page.items.map(CourseListItemDto.fromListed), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a course' })
  @ApiOkResponse({ type: CourseDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<CourseDto> {
    return CourseDto.from(await this.courses.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @ApiErrors({ 409: 'COURSE.CODE_TAKEN: another course of the workspace has this code' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Change a course (admin, planner); null clears an optional field' })
  @ApiOkResponse({ type: CourseDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateCourseDto): Promise<CourseDto> {
    return CourseDto.from(await this.courses.update(auth.workspaceId, id, body));
  }

  @Delete(':id')
  @ApiErrors({ 409: 'COURSE.IN_USE (campaigns refer to it or its sessions) or COURSE.HAS_ENROLLMENTS (without `force=true`)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Delete a course and its sessions (admin, planner); 409 when it has enrolments, unless force=true' })
  async delete(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Query() query: DeleteCourseQueryDto): Promise<void> {
    await this.courses.delete(auth.workspaceId, id, query.force === 'true');
  }
}
