import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CampaignStatus } from '../../common/enums';
import { DomainError } from '../../common/errors/domain-error';
import { type CampaignUse, CampaignUsageRepository, type UsedThing } from './campaign-usage.repository';

const NOUN: Record<UsedThing['kind'], { code: string; noun: string }> = {
  segment: { code: 'SEGMENT.IN_USE', noun: 'Segment' },
  template: { code: 'TEMPLATE.IN_USE', noun: 'Template' },
  brand_kit: { code: 'BRAND_KIT.IN_USE', noun: 'Brand kit' },
  network_channel: { code: 'NETWORK_CHANNEL.IN_USE', noun: 'Network channel' },
};

/**
 * The deletion rule for what campaigns refer to: refused while a scheduled, running or paused
 * campaign uses it (it would fail or change under them). Drafts do not hold it: their launch checks
 * report what has gone, and they need another choice then. Finished campaigns do not either.
 */
@Injectable()
export class CampaignUsageService {
  constructor(private readonly repository: CampaignUsageRepository) {}

  /** Throws 409 `<KIND>.IN_USE`, naming the campaigns; call it in the deleting transaction, with the thing's row locked. */
  async assertDeletable(manager: EntityManager, workspaceId: string, thing: UsedThing): Promise<void> {
    const users = await this.repository.campaignsUsing(manager, workspaceId, thing);
    const blocking = users.filter((c) => c.status !== CampaignStatus.Draft);
    if (blocking.length) throw inUse(thing, blocking, users.length - blocking.length);
  }
}

function inUse(thing: UsedThing, blocking: CampaignUse[], drafts: number): DomainError {
  const { code, noun } = NOUN[thing.kind];
  const named = blocking.map((c) => `"${c.name}" (${c.status})`).join(', ');
  const campaigns = blocking.length === 1 ? '1 campaign that is' : `${blocking.length} campaigns that are`;
  const draftNote = drafts
    ? ` ${drafts === 1 ? '1 draft campaign also uses it' : `${drafts} draft campaigns also use it`}; drafts do not prevent deletion but will need another choice before launch.`
    : '';
  return DomainError.conflict(
    code,
    `${noun} "${thing.name}" is used by ${campaigns} scheduled, running or paused: ${named}. Remove it from them (or cancel them) first.${draftNote}`,
    blocking.map((c, i) => ({
      path: `campaigns[${i}]`,
      message: `"${c.name}" (${c.status}) uses it as ${c.uses.join(', ')}`,
      campaignId: c.id,
      campaignName: c.name,
      status: c.status,
      uses: c.uses,
    })),
  );
}
