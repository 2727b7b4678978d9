import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { Auth, type AuthContext, Roles } from '../../common/auth/auth-context';
import { Role } from '../../common/enums';
import { DomainError } from '../../common/errors/domain-error';
import { HeavyWork } from '../../common/http/heavy-work.decorator';
import { ParseIdPipe } from '../../common/http/parse-id.pipe';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { DraftRenderResultDto, PreviewResultDto, PreviewTemplateDto, RenderDraftDto, TestSendDto, TestSendResultDto } from './dto/preview.dto';
import {
  CreateTemplateDto,
  CreateVersionDto,
  DuplicateTemplateDto,
  InstallStartersResultDto,
  ListTemplatesQueryDto,
  RequestChangesDto,
  ReviewCommentDto,
  ReviewResultDto,
  TemplateDetailDto,
  TemplateDto,
  TemplatePageDto,
  UpdateTemplateDto,
  VersionDto,
} from './dto/template.dto';
import { TemplateVocabularyDto, VocabularyQueryDto } from './dto/vocabulary.dto';
import { TemplateReviewsService } from './template-reviews.service';
import type { TestSend } from './test-sends.repository';
import { TestSendsService } from './test-sends.service';
import { templateVocabulary } from './template-vocabulary';
import { ReviewAction } from './templates.enums';
import { type DraftRendering, type Rendering, TemplatesService } from './templates.service';

const versionPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.invalid('REQUEST.INVALID_VERSION', 'version must be a whole number', [{ path: 'version', message: 'must be a whole number' }]),
});

@ApiTags('templates')
@ApiBearerAuth()
@Controller('v1/templates')
export class TemplatesController {
  constructor(
    private readonly templates: TemplatesService,
    private readonly reviews: TemplateReviewsService,
    private readonly testSends: TestSendsService,
  ) {}

  @Post()
  @ApiErrors({ 422: 'TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Create a template and its version 1 (422 TEMPLATE.INVALID names each problem and its line)' })
  @ApiCreatedResponse({ type: TemplateDetailDto })
  async create(@Auth() auth: AuthContext, @Body() body: CreateTemplateDto): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.create(auth.workspaceId, body, auth));
  }

  @Post('install-starters')
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Install the starter library (FR and EN); installing again adds only what is missing' })
  @ApiCreatedResponse({ type: InstallStartersResultDto })
  installStarters(@Auth() auth: AuthContext): Promise<InstallStartersResultDto> {
    return this.templates.installStarters(auth.workspaceId, auth);
  }

  @Post('render')
  @HttpCode(200)
  @HeavyWork('preview')
  @Roles(Role.Editor, Role.Planner)
  @ApiErrors({
    404: 'LEARNER.NOT_FOUND, PERSONA.NOT_FOUND, CAMPAIGN.NOT_FOUND or BRAND_KIT.NOT_FOUND',
    422: 'TEMPLATE.INVALID when content that passes its checks still fails to render (the renderer’s own guard; problems found by the checks come back as `errors`)',
  })
  @ApiOperation({
    summary: 'Render content not saved yet, as the editor shows it while one types',
    description:
      'The problems a save would refuse come back as `errors` (with their place and line), with a 200: a draft with problems is normal while typing. ' +
      'Without problems, the rendering, with the same options as a preview (learner, campaign, persona, brand kit, locale).',
  })
  @ApiOkResponse({ type: DraftRenderResultDto })
  async render(@Auth() auth: AuthContext, @Body() body: RenderDraftDto): Promise<DraftRenderResultDto> {
    return draftResult(await this.templates.renderDraft(auth.workspaceId, body));
  }

  // Before `:id`, which would take "vocabulary" for an id.
  @Get('vocabulary')
  @ApiOperation({
    summary: 'The variables, helpers and partials a template of a channel may use',
    description: 'Read from the rules a save is checked against, so an editor can offer them as one types (completion, descriptions) without a list of its own.',
  })
  @ApiOkResponse({ type: TemplateVocabularyDto })
  vocabulary(@Query() query: VocabularyQueryDto): TemplateVocabularyDto {
    return templateVocabulary(query.channel);
  }

  @Get()
  @ApiOperation({ summary: 'List templates, newest first (archived ones left out unless asked), each with the campaigns using it' })
  @ApiOkResponse({ type: TemplatePageDto })
  async list(@Auth() auth: AuthContext, @Query() query: ListTemplatesQueryDto): Promise<TemplatePageDto> {
    const page = await this.templates.list(auth.workspaceId, query);
    return { items: page.items.map(TemplateDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A template with its versions and their review state, the content of the latest, and its review history' })
  @ApiOkResponse({ type: TemplateDetailDto })
  async get(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.get(auth.workspaceId, id));
  }

  @Patch(':id')
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Rename a template, or change its description, purpose or phase (its versions are untouched)' })
  @ApiOkResponse({ type: TemplateDetailDto })
  async update(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: UpdateTemplateDto): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.update(auth.workspaceId, id, body));
  }

  @Post(':id/duplicate')
  @ApiErrors({ 422: 'TEMPLATE.INVALID or TEMPLATE.UNSAFE_LINK: the content no longer passes today’s checks (a version saved under older rules); `details` names each place' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'A new template with the latest content of this one (its review starts over)' })
  @ApiCreatedResponse({ type: TemplateDetailDto })
  async duplicate(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: DuplicateTemplateDto): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.duplicate(auth.workspaceId, id, body.name, auth));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Archive a template: hidden from the library, kept with its versions; campaigns using it keep sending' })
  @ApiOkResponse({ type: TemplateDetailDto })
  async archive(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.setArchived(auth.workspaceId, id, true));
  }

  @Post(':id/unarchive')
  @HttpCode(200)
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Bring an archived template back to the library' })
  @ApiOkResponse({ type: TemplateDetailDto })
  async unarchive(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string): Promise<TemplateDetailDto> {
    return TemplateDetailDto.detail(await this.templates.setArchived(auth.workspaceId, id, false));
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
  @ApiErrors({
    409: 'TEMPLATE.ARCHIVED: restore the template first',
    422: 'TEMPLATE.INVALID (unknown variable, bad MJML or Handlebars…) or TEMPLATE.UNSAFE_LINK; `details` names each place',
  })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Save the whole content as a new version; published versions never change' })
  @ApiCreatedResponse({ type: VersionDto })
  async addVersion(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: CreateVersionDto): Promise<VersionDto> {
    return VersionDto.full(await this.templates.addVersion(auth.workspaceId, id, body.variants, auth));
  }

  @Get(':id/versions/:version')
  @ApiOperation({ summary: 'One version with its content and review state' })
  @ApiOkResponse({ type: VersionDto })
  async getVersion(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number): Promise<VersionDto> {
    return VersionDto.full(await this.templates.getReviewedVersion(auth.workspaceId, id, version));
  }

  @Post(':id/versions/:version/restore')
  @ApiErrors({
    409: 'TEMPLATE.ARCHIVED: restore the template first',
    422: 'TEMPLATE.INVALID or TEMPLATE.UNSAFE_LINK: the content no longer passes today’s checks (a version saved under older rules); `details` names each place',
  })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Save an earlier version’s content as the next version (its review starts over)' })
  @ApiCreatedResponse({ type: VersionDto })
  async restoreVersion(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number): Promise<VersionDto> {
    return VersionDto.full(await this.templates.restoreVersion(auth.workspaceId, id, version, auth));
  }

  @Post(':id/versions/:version/submit')
  @HttpCode(200)
  @ApiErrors({ 409: 'TEMPLATE.REVIEW_CONFLICT: the version is not a draft nor sent back for changes' })
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({ summary: 'Submit a version for review (a draft, or one sent back for changes)' })
  @ApiOkResponse({ type: ReviewResultDto })
  async submit(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number, @Body() body: ReviewCommentDto): Promise<ReviewResultDto> {
    return { status: await this.reviews.review(auth, id, version, ReviewAction.Submitted, body.comment ?? null) };
  }

  @Post(':id/versions/:version/approve')
  @HttpCode(200)
  @ApiErrors({ 409: 'TEMPLATE.REVIEW_CONFLICT: the version is not in review' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Approve a version in review (planners and admins): steps may then pin it' })
  @ApiOkResponse({ type: ReviewResultDto })
  async approve(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number, @Body() body: ReviewCommentDto): Promise<ReviewResultDto> {
    return { status: await this.reviews.review(auth, id, version, ReviewAction.Approved, body.comment ?? null) };
  }

  @Post(':id/versions/:version/request-changes')
  @HttpCode(200)
  @ApiErrors({ 409: 'TEMPLATE.REVIEW_CONFLICT: the version is not in review' })
  @Roles(Role.Planner)
  @ApiOperation({ summary: 'Send a version in review back to its editor with a comment saying what to change (planners and admins)' })
  @ApiOkResponse({ type: ReviewResultDto })
  async requestChanges(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Param('version', versionPipe) version: number, @Body() body: RequestChangesDto): Promise<ReviewResultDto> {
    return { status: await this.reviews.review(auth, id, version, ReviewAction.ChangesRequested, body.comment) };
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
    404: 'TEMPLATE.NOT_FOUND, TEMPLATE.VERSION_NOT_FOUND, LEARNER.NOT_FOUND, CAMPAIGN.NOT_FOUND…',
    422: 'TEMPLATE.NOT_AN_EMAIL (a post template), TEMPLATE.LOCALE_MISSING, TEMPLATE.INVALID, or TEMPLATE.RECIPIENT_OUTSIDE (an address outside the workspace’s domains, named in `details`)',
  })
  @HttpCode(200)
  @HeavyWork('testSend')
  @Roles(Role.Editor, Role.Planner)
  @ApiOperation({
    summary: 'Send the rendered email as a test (subject prefixed [TEST], header X-Clarion-Test: 1), through the worker',
    description:
      'The worker sends it through the same path as campaign mail (the workspace’s send rate, its suppressions); the answer says, per recipient, ' +
      'whether it was sent, suppressed or refused, and where it went (the SMTP server or the outbox). When no worker answers within TEST_SEND_WAIT_MS, ' +
      'the status is `queued`: ask again with GET /v1/test-sends/:id.',
  })
  @ApiOkResponse({ type: TestSendResultDto })
  async testSend(@Auth() auth: AuthContext, @Param('id', ParseIdPipe) id: string, @Body() body: TestSendDto): Promise<TestSendResultDto> {
    const send = await this.testSends.request(auth, id, body);
    return testSendResult(send, send.version, send.locale);
  }

}

export function testSendResult(send: TestSend, version: number, locale: string): TestSendResultDto {
  const { id, status, results, transport, destination, error } = send;
  return { id, status, recipients: results, transport, destination, error, version, locale };
}

function previewResult(r: Rendering): PreviewResultDto {
  return { version: r.version.version, versionId: r.version.id, locale: r.locale, channel: r.template.channel, ...renderedParts(r) };
}

function draftResult(r: DraftRendering): DraftRenderResultDto {
  if (!r.locale) return { errors: r.errors, variables: r.variables, locale: null, subject: null, preheader: null, html: null, text: null };
  return { errors: r.errors, variables: r.variables, locale: r.locale, ...renderedParts(r) };
}

function renderedParts(r: Pick<Rendering, 'email' | 'post'>): Pick<PreviewResultDto, 'subject' | 'preheader' | 'html' | 'text' | 'post'> {
  if (r.post) {
    const { title, markdown, html, text, payloads } = r.post;
    return { subject: null, preheader: null, html, text, post: { title, markdown, slack: { ...payloads.slack }, teams: { ...payloads.teams }, webhook: { ...payloads.webhook } } };
  }
  const email = r.email as NonNullable<Rendering['email']>;
  return { subject: email.subject, preheader: email.preheader, html: email.html, text: email.text };
}
