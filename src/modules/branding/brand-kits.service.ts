import type { Page } from '../../common/pagination/cursor';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CampaignUsageService } from '../campaigns/campaign-usage.service';
import type { BrandKit } from './brand-kit.entity';
import { BrandKitsRepository, type BrandKitValues } from './brand-kits.repository';
import { tidyTranslations } from '../../common/i18n/localised-content';
import { BRAND_TEXT_FIELDS, DEFAULT_BRAND, DEFAULT_COLORS, type BrandStyle } from './brand-style';
import { AppConfig } from '../../config/app-config';
import { sniffImage } from './brand-image';
import { BrandingErrors } from './branding.errors';
import type { CreateBrandKitDto, UpdateBrandKitDto } from './dto/brand-kit.dto';

@Injectable()
export class BrandKitsService {
  constructor(
    private readonly repository: BrandKitsRepository,
    private readonly usage: CampaignUsageService,
    private readonly config: AppConfig,
  ) {}

  list(workspaceId: string, page: { limit?: number; cursor?: string }): Promise<Page<BrandKit>> {
    return this.repository.list(workspaceId, page);
  }

  async get(workspaceId: string, id: string): Promise<BrandKit> {
    const kit = await this.repository.find(workspaceId, id);
    if (!kit) throw BrandingErrors.notFound();
    return kit;
  }

  /** Creates a kit; the first one of a workspace, or one marked so, becomes its default. */
  create(workspaceId: string, input: CreateBrandKitDto): Promise<BrandKit> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockWorkspace(manager, workspaceId);
      if (await this.repository.nameExists(manager, workspaceId, input.name.trim())) throw BrandingErrors.nameTaken(input.name.trim());
      const makeDefault = input.isDefault === true || !(await this.repository.hasDefault(manager, workspaceId));
      if (makeDefault) await this.repository.clearDefault(manager, workspaceId);
      const values: BrandKitValues = {
        name: input.name.trim(),
        isDefault: makeDefault,
        colors: { ...DEFAULT_COLORS, ...stripUndefined(input.colors ?? {}) },
        logoUrl: input.logoUrl ?? null,
        logoAlt: input.logoAlt ?? null,
        fontFamily: input.fontFamily ?? DEFAULT_BRAND.fontFamily,
        senderName: input.senderName.trim(),
        senderEmail: input.senderEmail.toLowerCase(),
        replyTo: input.replyTo?.toLowerCase() ?? null,
        footerText: input.footerText ?? null,
        legalMention: input.legalMention ?? null,
        translations: tidyTranslations(input.translations ?? [], BRAND_TEXT_FIELDS),
      };
      return this.repository.insert(manager, workspaceId, values);
    });
  }

  /** Changes a kit and bumps its version, so every email using it is recompiled with the new look. */
  update(workspaceId: string, id: string, input: UpdateBrandKitDto): Promise<BrandKit> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockWorkspace(manager, workspaceId);
      const kit = await this.repository.find(workspaceId, id, manager);
      if (!kit) throw BrandingErrors.notFound();
      const changes: Partial<BrandKitValues> = stripUndefined({
        name: input.name?.trim(),
        colors: input.colors ? { ...kit.colors, ...stripUndefined(input.colors) } : undefined,
        logoUrl: input.logoUrl,
        logoAlt: input.logoAlt,
        fontFamily: input.fontFamily,
        senderName: input.senderName?.trim(),
        senderEmail: input.senderEmail?.toLowerCase(),
        replyTo: input.replyTo === null ? null : input.replyTo?.toLowerCase(),
        footerText: input.footerText,
        legalMention: input.legalMention,
        translations: input.translations && tidyTranslations(input.translations, BRAND_TEXT_FIELDS),
      });
      if (changes.name && (await this.repository.nameExists(manager, workspaceId, changes.name, id))) throw BrandingErrors.nameTaken(changes.name);
      // The default moves to a kit; it is not removed by unsetting it (another kit must take it).
      if (input.isDefault === true && !kit.isDefault) {
        await this.repository.clearDefault(manager, workspaceId);
        changes.isDefault = true;
      }
      await this.repository.update(manager, workspaceId, id, changes);
      return (await this.repository.find(workspaceId, id, manager)) as BrandKit;
    });
  }

  /**
   * Stores an uploaded logo (its bytes must be a PNG, JPEG, GIF or WebP, whatever the client says)
   * and makes it the kit's logo, served by Clarion at `/media/:id.ext`; the kit's version is bumped.
   */
  async uploadLogo(workspaceId: string, id: string, bytes: Buffer, declaredType: string): Promise<BrandKit> {
    const image = sniffImage(bytes);
    if (!image) throw BrandingErrors.notAnImage(declaredType);
    return this.repository.transaction(async (manager) => {
      await this.repository.lockWorkspace(manager, workspaceId);
      if (!(await this.repository.find(workspaceId, id, manager))) throw BrandingErrors.notFound();
      const imageId = await this.repository.insertImage(manager, workspaceId, image.type, bytes);
      await this.repository.update(manager, workspaceId, id, { logoUrl: `${this.config.publicBaseUrl}/media/${imageId}.${image.extension}` });
      return (await this.repository.find(workspaceId, id, manager)) as BrandKit;
    });
  }

  /** An uploaded image, for `/media/:id` (public: emails load it; its id is not guessable). */
  async image(id: string): Promise<{ contentType: string; bytes: Buffer }> {
    const image = await this.repository.findImage(id);
    if (!image) throw BrandingErrors.imageNotFound();
    return image;
  }

  /**
   * Deletes a kit, unless a scheduled, running or paused campaign uses it (409 `BRAND_KIT.IN_USE`):
   * named, or as the workspace's default for a campaign that names none. Deleting the default
   * leaves the workspace without one until a kit is marked default.
   */
  remove(workspaceId: string, id: string): Promise<void> {
    return this.repository.transaction(async (manager) => {
      await this.repository.lockWorkspace(manager, workspaceId);
      const kit = await this.repository.lock(manager, workspaceId, id);
      if (!kit) throw BrandingErrors.notFound();
      await this.usage.assertDeletable(manager, workspaceId, { kind: 'brand_kit', id, name: kit.name, isDefault: kit.isDefault });
      await this.repository.delete(manager, workspaceId, id);
    });
  }

  /**
   * The one rule for which kit applies to a campaign or a preview: the kit it names, else the
   * workspace's default kit; null when the named kit does not exist or there is no default. Given a
   * transaction, the kit is held against deletion until it ends (launch checks rely on that).
   */
  applicableKit(workspaceId: string, brandKitId: string | null | undefined, transaction?: EntityManager): Promise<BrandKit | null> {
    return this.repository.findApplicable(workspaceId, brandKitId ?? null, transaction);
  }

  /** The style to render with: the applicable kit's, else Clarion's; a named kit that is gone is a 404. */
  async resolveStyle(workspaceId: string, brandKitId?: string | null): Promise<BrandStyle> {
    const kit = await this.applicableKit(workspaceId, brandKitId);
    if (!kit && brandKitId) throw BrandingErrors.notFound();
    return kit ? toBrandStyle(kit) : DEFAULT_BRAND;
  }
}

export function toBrandStyle(kit: BrandKit): BrandStyle {
  return {
    id: kit.id,
    version: kit.version,
    name: kit.name,
    colors: { ...DEFAULT_COLORS, ...kit.colors },
    logoUrl: kit.logoUrl ?? '',
    logoAlt: kit.logoAlt ?? kit.name,
    fontFamily: kit.fontFamily,
    senderName: kit.senderName,
    senderEmail: kit.senderEmail,
    replyTo: kit.replyTo,
    footerText: kit.footerText ?? '',
    legalMention: kit.legalMention ?? '',
    translations: kit.translations ?? [],
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
