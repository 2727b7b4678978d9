import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { DomainError } from '../../common/errors/domain-error';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { PreviewResultDto, PreviewTemplateDto, TestSendDto, TestSendResultDto } from './dto/preview.dto';
import {
  CreateTemplateDto,
  CreateVersionDto,
  InstallStartersResultDto,
  ListTemplatesQueryDto,
  TemplateDetailDto,
  TemplateDto,
  TemplatePageDto,
  VersionDto,
  VersionSummaryDto,
} from './dto/template.dto';
import { type Rendering, type TemplateWithVersions, TemplatesService } from './templates.service';

const versionPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.invalid('REQUEST.INVALID_VERSION', 'version must be a whole number', [{ path: 'version', message: 'must be a whole number' }]),
});

@ApiTags('templates')
@ApiBearerAuth()
@Controller('v1/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Post()
  @ApiErrors({ 422: 'TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Create a template and its version 1 (422 TEMPLATE.INVALID names each problem and its line)' })
  @ApiCreatedResponse({ type: TemplateDetailDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateTemplateDto): Promise<TemplateDetailDto> {
    return detail(await this.templates.create(auth.workspaceId, body, auth));
  }

  @Post('install-starters')
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Install the starter library (FR and EN); installing again adds only what is missing' })
  @ApiCreatedResponse({ type: InstallStartersResultDto })
  installStarters(@Auth() auth: AuthContext): Promise<InstallStartersResultDto> {
    return this.templates.installStarters(auth.workspaceId, auth);
  }

  @Get()
  @ApiOperation({ summary: 'List templates, newest first' })
  @ApiOkResponse({ type: TemplatePageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListTemplatesQueryDto): Promise<TemplatePageDto> {
    const page = await this.templates.list(auth.workspaceId, query);
    return { items: page.items.map((i) => TemplateDto.from(i.template, i.locales)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A template with its versions and the content of the latest' })
  @ApiOkResponse({ type: TemplateDetailDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TemplateDetailDto> {
    return detail(await this.templates.get(auth.workspaceId, id));
  }

  @Delete(':id')
  @ApiErrors({ 409: 'TEMPLATE.IN_USE: a scheduled, running or paused campaign uses one of its versions (`details` names them)' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Done; no body' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({
    summary: 'Delete a template and all its versions',
    description:
      '409 `TEMPLATE.IN_USE` while a scheduled, running or paused campaign pins one of its versions (in a step or an A/B variant), ' +
      'naming them in `details`. Drafts do not prevent it; their launch then asks for another template version.',
  })
  async remove(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.templates.remove(auth.workspaceId, id);
  }

  @Post(':id/versions')
  @ApiErrors({ 422: 'TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Save the whole content as a new version; published versions never change' })
  @ApiCreatedResponse({ type: VersionDto })
  async addVersion(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: CreateVersionDto): Promise<VersionDto> {
    return VersionDto.full(await this.templates.addVersion(auth.workspaceId, id, body.variants, auth));
  }

  @Get(':id/versions/:version')
  @ApiOperation({ summary: 'One version with its content' })
  @ApiOkResponse({ type: VersionDto })
  async getVersion(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number): Promise<VersionDto> {
    return VersionDto.full(await this.templates.getVersion(auth.workspaceId, id, version));
  }

  @Post(':id/preview')
  @ApiErrors({ 422: 'TEMPLATE.LOCALE_MISSING (the version has no such locale) or TEMPLATE.INVALID (it does not render)' })
  @HttpCode(200)
  @HeavyWork('preview')
  // A read that needs a body: every role may preview.
  @Roles(Role.Editor, Role.Planner, Role.Viewer)
  @ApiOperation({ summary: 'Render a version for a learner, a persona’s sample or sample data: subject, HTML, text; payloads for posts' })
  @ApiOkResponse({ type: PreviewResultDto })
  async preview(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: PreviewTemplateDto): Promise<PreviewResultDto> {
    return previewResult(await this.templates.preview(auth.workspaceId, id, body));
  }

  @Post(':id/test-send')
  @ApiErrors({
    422: 'TEMPLATE.NOT_AN_EMAIL (a post template), TEMPLATE.LOCALE_MISSING, TEMPLATE.INVALID or TEMPLATE.RECIPIENT_REFUSED (the mail server refused `to`)',
  })
  @HttpCode(200)
  @HeavyWork('testSend')
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Send the rendered email to one address, subject prefixed [TEST], header X-Clarion-Test: 1' })
  @ApiOkResponse({ type: TestSendResultDto })
  async testSend(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: TestSendDto): Promise<TestSendResultDto> {
    const sent = await this.templates.testSend(auth.workspaceId, id, body);
    return { messageId: sent.messageId, accepted: sent.accepted, rejected: sent.rejected, version: sent.rendering.version.version, locale: sent.rendering.locale };
  }
}

function detail(t: TemplateWithVersions): TemplateDetailDto {
  return { ...TemplateDto.from(t.template, t.latest.locales), versions: t.versions.map(VersionSummaryDto.from), latest: VersionDto.full(t.latest) };
}

function previewResult(r: Rendering): PreviewResultDto {
  const base = { version: r.version.version, versionId: r.version.id, locale: r.locale, channel: r.template.channel };
  if (r.post) {
    const { title, markdown, html, text, payloads } = r.post;
    return { ...base, subject: null, preheader: null, html, text, post: { title, markdown, slack: { ...payloads.slack }, teams: { ...payloads.teams }, webhook: { ...payloads.webhook } } };
  }
  const email = r.email as NonNullable<Rendering['email']>;
  return { ...base, subject: email.subject, preheader: email.preheader, html: email.html, text: email.text };
}
