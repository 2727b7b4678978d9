import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../../common/auth/auth-context';
import { Channel } from '../../common/enums';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { decodeCursor, type Page, toPage } from '../../common/pagination/cursor';
import type { MailMessage } from '../../infrastructure/mail/mail-message';
import { BrandKitsService } from '../branding/brand-kits.service';
import { CampaignUsageService } from '../campaigns/campaign-usage.service';
import { brandFor, type BrandStyle } from '../branding/brand-style';
import { WorkspacesService } from '../workspaces/workspaces.service';
import type { CreateTemplateDto, ListTemplatesQueryDto, UpdateTemplateDto } from './dto/template.dto';
import type { BrandDraftDto, PreviewTemplateDto, RenderDraftDto } from './dto/preview.dto';
import { TrackingLinks } from '../tracking/tracking-links';
import { learnerVariables, renderContextOf } from './message-facts';
import { sampleContext } from './sample-data';
import { inLocale, starterFromFiles, type StarterTemplate } from './starter-catalog';
import { resolveLocale, type Variants } from './template-content';
import { TemplateLibrary } from './template-library';
import { type RenderedEmail, type RenderedPost, TemplateRenderer } from './template-renderer';
import { validateVersion, type ValidatedVersion } from './template-validator';
import type { TemplateVersion } from './template-version.entity';
import type { Template } from './template.entity';
import { TemplateErrors } from './templates.errors';
import { type PreviewLearner, type TemplateUse, TemplatesRepository } from './templates.repository';
import type { ReviewRecord } from './template-reviews.repository';
import { TemplateReviewsService } from './template-reviews.service';
import { ReviewStatus } from './templates.enums';

/** A template as the library lists it: the locales and review state of its latest version, the campaigns using it. */
export interface TemplateListing {
  template: Template;
  locales: string[];
  latestStatus: ReviewStatus;
  usedBy: TemplateUse[];
}

export interface TemplateWithVersions extends TemplateListing {
  versions: Array<TemplateVersion & { status: ReviewStatus }>;
  latest: TemplateVersion & { status: ReviewStatus };
  reviews: ReviewRecord[];
}

export interface Rendering {
  template: Template;
  version: TemplateVersion;
  locale: string;
  brand: BrandStyle;
  email?: RenderedEmail;
  post?: RenderedPost;
}

/** What a preview renders: a saved version, or a draft keyed by its content. */
interface RenderTarget {
  id: string;
  channel: Channel;
  locales: string[];
  variants: Variants;
}

export type PreviewOptions = Pick<PreviewTemplateDto, 'locale' | 'learnerId' | 'personaId' | 'brandKitId' | 'campaignId'> & { brand?: BrandDraftDto };

/** A kit with the values being edited over it; compiled emails are cached under the draft's own key. */
function withDraftBrand(kit: BrandStyle, draft: BrandDraftDto): BrandStyle {
  const defined = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as BrandDraftDto;
  return {
    ...kit,
    ...defined,
    id: `draft:${createHash('sha256').update(JSON.stringify([kit.id, kit.version, draft])).digest('base64url')}`,
    colors: { ...kit.colors, ...Object.fromEntries(Object.entries(draft.colors ?? {}).filter(([, v]) => v !== undefined)) },
    logoUrl: draft.logoUrl === undefined ? kit.logoUrl : (draft.logoUrl ?? ''),
    logoAlt: draft.logoAlt ?? kit.logoAlt,
    footerText: draft.footerText === undefined ? kit.footerText : (draft.footerText ?? ''),
    legalMention: draft.legalMention === undefined ? kit.legalMention : (draft.legalMention ?? ''),
    translations: draft.translations ?? kit.translations,
  };
}

/** A rendered email as a test: from the brand's sender, the subject prefixed [TEST], marked in its headers. */
export function testMessage(rendering: Rendering, to: string): MailMessage {
  const email = rendering.email as RenderedEmail;
  return {
    from: { name: rendering.brand.senderName, address: rendering.brand.senderEmail },
    to,
    replyTo: rendering.brand.replyTo,
    subject: `[TEST] ${email.subject}`,
    html: email.html,
    text: email.text,
    headers: { 'X-Clarion-Test': '1', 'X-Clarion-Template': `${rendering.template.id}/v${rendering.version.version}/${rendering.locale}` },
  };
}

/** A draft's problems, or (when it has none) its rendering. */
export interface DraftRendering extends Partial<Omit<Rendering, 'template' | 'version'>> {
  errors: ErrorDetail[];
  variables: string[];
}

/** Who saves a version: an API key or a signed-in person; null for the command line. */
export type Author = Pick<AuthContext, 'apiKeyId' | 'userId'>;

function authorship(author: Author | null): { createdByKeyId: string | null; createdByUserId: string | null } {
  return { createdByKeyId: author?.apiKeyId ?? null, createdByUserId: author?.userId ?? null };
}

interface ValidStarter extends StarterTemplate {
  variables: string[];
}

@Injectable()
export class TemplatesService {
  private starters: Promise<ValidStarter[]> | null = null;

  constructor(
    private readonly repository: TemplatesRepository,
    private readonly renderer: TemplateRenderer,
    private readonly library: TemplateLibrary,
    private readonly brandKits: BrandKitsService,
    private readonly workspaces: WorkspacesService,
    private readonly usage: CampaignUsageService,
    private readonly reviews: TemplateReviewsService,
    private readonly tracking: TrackingLinks,
  ) {}

  /** Creates a template and its version 1, once the content passes every check. */
  async create(workspaceId: string, input: CreateTemplateDto, author: Author | null): Promise<TemplateWithVersions> {
    const checked = await this.validate(input.channel, input.variants);
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const template = await this.repository.transaction(async (manager) => {
      const created = await this.repository.insertTemplate(manager, workspaceId, {
        starterKey: null,
        name: input.name.trim(),
        description: input.description ?? null,
        channel: input.channel,
        purpose: input.purpose,
        phase: input.phase,
      });
      const version = await this.repository.insertVersion(manager, workspaceId, created.id, 1, { variants: checked.variants, variables: checked.variables, ...authorship(author) });
      await this.reviews.recordSaved(manager, workspace, version, author);
      return created;
    });
    return this.get(workspaceId, template.id);
  }

  /** Saves the whole content as version n+1; earlier versions stay as they were. An archived template takes none. */
  async addVersion(workspaceId: string, templateId: string, variants: unknown, author: Author | null): Promise<TemplateVersion & { status: ReviewStatus }> {
    const template = await this.getTemplate(workspaceId, templateId);
    const checked = await this.validate(template.channel, variants);
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const version = await this.repository.transaction(async (manager) => {
      const locked = await this.repository.lockTemplate(manager, workspaceId, templateId);
      if (!locked) throw TemplateErrors.notFound();
      if (locked.archivedAt) throw TemplateErrors.archived();
      const next = locked.latestVersion + 1;
      const saved = await this.repository.insertVersion(manager, workspaceId, templateId, next, { variants: checked.variants, variables: checked.variables, ...authorship(author) });
      await this.repository.setLatestVersion(manager, workspaceId, templateId, next);
      await this.reviews.recordSaved(manager, workspace, saved, author);
      return saved;
    });
    return this.getReviewedVersion(workspaceId, templateId, version.version);
  }

  /** Saves an earlier version's content as the next version (its review starts over). */
  async restoreVersion(workspaceId: string, templateId: string, version: number, author: Author | null): Promise<TemplateVersion & { status: ReviewStatus }> {
    const earlier = await this.getVersion(workspaceId, templateId, version);
    return this.addVersion(workspaceId, templateId, earlier.variants, author);
  }

  /** Renames, re-describes or re-files a template; its versions are untouched. */
  async update(workspaceId: string, templateId: string, input: UpdateTemplateDto): Promise<TemplateWithVersions> {
    await this.repository.transaction(async (manager) => {
      if (!(await this.repository.lockTemplate(manager, workspaceId, templateId))) throw TemplateErrors.notFound();
      await this.repository.updateTemplate(manager, workspaceId, templateId, {
        ...(input.name !== undefined && { name: input.name.trim() }),
        ...(input.description !== undefined && { description: input.description?.trim() || null }),
        ...(input.purpose !== undefined && { purpose: input.purpose }),
        ...(input.phase !== undefined && { phase: input.phase }),
      });
    });
    return this.get(workspaceId, templateId);
  }

  /** A new template from the latest content of another, under a new name; its review starts over. */
  async duplicate(workspaceId: string, templateId: string, name: string | undefined, author: Author | null): Promise<TemplateWithVersions> {
    const { template, latest } = await this.get(workspaceId, templateId);
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const copyName = name?.trim() || `${template.name} (${workspace.defaultLocale.startsWith('fr') ? 'copie' : 'copy'})`;
    return this.create(workspaceId, { name: copyName, description: template.description, channel: template.channel, purpose: template.purpose, phase: template.phase, variants: latest.variants }, author);
  }

  /** Archives a template (kept with its versions and history; campaigns using it keep sending), or restores it. */
  async setArchived(workspaceId: string, templateId: string, archived: boolean): Promise<TemplateWithVersions> {
    await this.repository.transaction(async (manager) => {
      const template = await this.repository.lockTemplate(manager, workspaceId, templateId);
      if (!template) throw TemplateErrors.notFound();
      if (archived !== (template.archivedAt !== null)) await this.repository.updateTemplate(manager, workspaceId, templateId, { archivedAt: archived ? new Date() : null });
    });
    return this.get(workspaceId, templateId);
  }

  /**
   * Deletes a template with all its versions, unless a scheduled, running or paused campaign pins
   * one of them, in a step or a variant (409 `TEMPLATE.IN_USE`).
   */
  async remove(workspaceId: string, templateId: string): Promise<void> {
    await this.repository.transaction(async (manager) => {
      const template = await this.repository.lockTemplate(manager, workspaceId, templateId);
      if (!template) throw TemplateErrors.notFound();
      await this.usage.assertDeletable(manager, workspaceId, { kind: 'template', id: templateId, name: template.name });
      await this.repository.deleteTemplate(manager, workspaceId, templateId);
    });
  }

  async list(workspaceId: string, query: ListTemplatesQueryDto): Promise<Page<TemplateListing>> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.repository.listTemplates(workspaceId, { ...query, q: query.q?.trim() || undefined }, limit, after);
    const page = toPage(rows, limit, (t) => ({ key: t.createdAt.toISOString(), id: t.id }), (t) => t);
    const listings = await this.listings(workspaceId, page.items);
    return { ...page, items: listings };
  }

  async get(workspaceId: string, templateId: string): Promise<TemplateWithVersions> {
    const template = await this.getTemplate(workspaceId, templateId);
    const [versions, [listing], reviews] = await Promise.all([
      this.repository.listVersions(workspaceId, templateId),
      this.listings(workspaceId, [template]),
      this.reviews.history(workspaceId, templateId),
    ]);
    const statuses = await this.reviews.statuses(workspaceId, versions.map((v) => v.id));
    const latest = await this.getVersion(workspaceId, templateId, template.latestVersion);
    const withStatus = <V extends TemplateVersion>(v: V) => ({ ...v, status: statuses.get(v.id) ?? ReviewStatus.Draft });
    return { ...listing, versions: versions.map(withStatus), latest: withStatus(latest), reviews };
  }

  private async listings(workspaceId: string, templates: Template[]): Promise<TemplateListing[]> {
    const ids = templates.map((t) => t.id);
    const [latest, usedBy] = await Promise.all([this.repository.latestVersions(workspaceId, ids), this.repository.campaignsUsing(workspaceId, ids)]);
    const statuses = await this.reviews.statuses(workspaceId, [...latest.values()].map((v) => v.id));
    return templates.map((template) => {
      const version = latest.get(template.id);
      return {
        template,
        locales: version?.locales ?? [],
        latestStatus: (version && statuses.get(version.id)) ?? ReviewStatus.Draft,
        usedBy: usedBy.get(template.id) ?? [],
      };
    });
  }

  /** One version with its review state. */
  async getReviewedVersion(workspaceId: string, templateId: string, version: number): Promise<TemplateVersion & { status: ReviewStatus }> {
    const found = await this.getVersion(workspaceId, templateId, version);
    return { ...found, status: (await this.reviews.statuses(workspaceId, [found.id])).get(found.id) as ReviewStatus };
  }

  async getVersion(workspaceId: string, templateId: string, version: number): Promise<TemplateVersion> {
    const found = await this.repository.findVersion(workspaceId, templateId, version);
    if (!found) {
      await this.getTemplate(workspaceId, templateId);
      throw TemplateErrors.versionNotFound(version);
    }
    return found;
  }

  /** Renders a saved version (the latest by default), as `renderFor` says. */
  async preview(workspaceId: string, templateId: string, input: PreviewTemplateDto): Promise<Rendering> {
    const template = await this.getTemplate(workspaceId, templateId);
    const version = await this.getVersion(workspaceId, templateId, input.version ?? template.latestVersion);
    const rendered = await this.renderFor(workspaceId, { id: version.id, channel: template.channel, locales: version.locales, variants: version.variants }, input);
    return { template, version, ...rendered };
  }

  /**
   * Renders content not saved yet, as the editor shows it while one types: every problem the save
   * would refuse (with its path and line), else the rendering. Compiled emails are cached by
   * content, so an unchanged draft renders from the cache.
   */
  async renderDraft(workspaceId: string, input: RenderDraftDto): Promise<DraftRendering> {
    const checked = await validateVersion(input.channel, input.variants, this.library);
    if (checked.errors.length) return { errors: checked.errors, variables: checked.variables };
    const id = `draft:${createHash('sha256').update(JSON.stringify(checked.variants)).digest('base64url')}`;
    const rendered = await this.renderFor(workspaceId, { id, channel: input.channel, locales: Object.keys(checked.variants), variants: checked.variants }, input);
    return { errors: [], variables: checked.variables, ...rendered };
  }

  /**
   * The one way a preview is made, in the resolved locale (the one asked, else the learner's, the
   * workspace's, any): as a learner of a campaign (`campaignId`: the campaign's course, session,
   * sponsor and brand kit, the learner's zone, as the engine will send it), as a learner on sample
   * campaign data, or as a sample learner (with a persona).
   */
  private async renderFor(workspaceId: string, target: RenderTarget, input: PreviewOptions): Promise<Omit<Rendering, 'template' | 'version'>> {
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    const facts = input.campaignId ? await this.repository.messageFacts(workspaceId, input.campaignId, input.learnerId ?? null, target.channel) : null;
    if (input.campaignId && !facts) throw TemplateErrors.campaignNotFound();
    const learner = facts ? facts.learner : input.learnerId ? await this.repository.findLearner(workspaceId, input.learnerId) : null;
    if (input.learnerId && !learner) throw TemplateErrors.learnerNotFound();

    const locale = resolveLocale(target.locales, [input.locale, learner?.locale, workspace.defaultLocale]);
    const kit = await this.brandKits.resolveStyle(workspaceId, input.brandKitId ?? facts?.campaign.brandKitId);
    const brand = brandFor(input.brand ? withDraftBrand(kit, input.brand) : kit, locale, workspace.defaultLocale);
    const sample = sampleContext(locale, brand);
    const share = facts && input.learnerId && target.channel === Channel.TalkingPoints ? this.tracking.shareUrl(input.campaignId as string, input.learnerId) : null;
    const context = facts ? renderContextOf(facts, brand, locale, { unsubscribe: sample.links.unsubscribe, share }) : sample;
    if (!learner) context.learner = sample.learner;
    else if (!facts) context.learner = learnerVariables(learner as PreviewLearner);
    if (facts && !learner && target.channel === Channel.TalkingPoints) context.ambassador = sample.ambassador;
    const personaId = input.personaId ?? (learner && 'personaId' in learner ? learner.personaId : null);
    if (personaId) {
      const persona = await this.repository.findPersona(workspaceId, personaId);
      if (!persona && input.personaId) throw TemplateErrors.personaNotFound();
      if (persona) context.persona = { name: persona.name, tone: persona.tone ?? '' };
    }
    const timeZone = learner?.timeZone ?? facts?.session?.timeZone ?? workspace.timeZone;
    const request = { version: { id: target.id, channel: target.channel, variants: target.variants }, locale, brand, context, timeZone };
    if (target.channel === Channel.Post) return { locale, brand, post: this.renderer.renderPost(request) };
    return { locale, brand, email: await this.renderer.renderEmail(request) };
  }

  /** Installs the starter library into a workspace; starters it already has are left alone. */
  async installStarters(workspaceId: string, author: Author | null): Promise<{ installed: string[]; skipped: string[] }> {
    const starters = await this.validStarters();
    const workspace = await this.workspaces.getWorkspace(workspaceId);
    return this.repository.transaction(async (manager) => {
      const installed: string[] = [];
      const skipped: string[] = [];
      for (const starter of starters) {
        const id = await this.repository.insertStarterIfAbsent(manager, workspaceId, {
          starterKey: starter.key,
          name: inLocale(starter.name, workspace.defaultLocale),
          description: inLocale(starter.description, workspace.defaultLocale) || null,
          channel: starter.channel,
          purpose: starter.purpose,
          phase: starter.phase,
        });
        if (!id) {
          skipped.push(starter.key);
          continue;
        }
        const version = await this.repository.insertVersion(manager, workspaceId, id, 1, { variants: starter.variants, variables: starter.variables, ...authorship(author) });
        // Clarion's own library, validated strictly: installed as approved.
        await this.reviews.recordSaved(manager, workspace, version, author, true);
        installed.push(starter.key);
      }
      return { installed, skipped };
    });
  }

  private async validate(channel: Channel, variants: unknown): Promise<ValidatedVersion> {
    const checked = await validateVersion(channel, variants, this.library);
    if (checked.errors.length) throw checked.unsafeLinks ? TemplateErrors.unsafeLink(checked.errors) : TemplateErrors.invalid(checked.errors);
    return checked;
  }

  private async getTemplate(workspaceId: string, id: string): Promise<Template> {
    const template = await this.repository.findTemplate(workspaceId, id);
    if (!template) throw TemplateErrors.notFound();
    return template;
  }

  // The library ships with the code: validated once per process, and a broken starter is a bug.
  private validStarters(): Promise<ValidStarter[]> {
    this.starters ??= Promise.all(
      this.library.starters.map(async (files) => {
        const starter = starterFromFiles(files);
        const checked = await validateVersion(starter.channel, starter.variants, this.library);
        if (checked.errors.length) throw new Error(`Starter "${starter.key}" is invalid: ${JSON.stringify(checked.errors)}`);
        return { ...starter, variables: checked.variables };
      }),
    );
    this.starters.catch(() => (this.starters = null));
    return this.starters;
  }
}
