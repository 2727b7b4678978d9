import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CampaignStatus } from '../../common/enums';

/** Something of another module that campaigns refer to, and may not lose while they run. */
export type UsedThing =
  | { kind: 'segment'; id: string; name: string }
  | { kind: 'template'; id: string; name: string }
  | { kind: 'brand_kit'; id: string; name: string; isDefault: boolean }
  | { kind: 'network_channel'; id: string; name: string };

/** A campaign that is not finished (draft, scheduled, running or paused) and uses the thing. */
export interface CampaignUse {
  id: string;
  name: string;
  status: CampaignStatus;
  /** How it uses it: `included segment`, `template of step "Invitation"`… */
  uses: string[];
}

// Rows (campaign_id, use) of the campaigns that refer to the thing ($1 workspace, $2 the thing's id).
const USES: Record<UsedThing['kind'], string> = {
  segment: `
    SELECT id, 'included segment' FROM campaigns WHERE workspace_id = $1 AND $2::uuid = ANY(include_segment_ids)
    UNION ALL SELECT id, 'excluded segment' FROM campaigns WHERE workspace_id = $1 AND $2::uuid = ANY(exclude_segment_ids)
    UNION ALL SELECT campaign_id, format('segment of step "%s"', name) FROM campaign_steps WHERE workspace_id = $1 AND segment_id = $2`,
  // A step with variants pins each variant's version (its own column repeats variant A's).
  template: `
    SELECT s.campaign_id, format('template of step "%s"', s.name)
      FROM campaign_steps s JOIN template_versions v ON v.id = s.template_version_id
     WHERE s.workspace_id = $1 AND v.template_id = $2 AND jsonb_array_length(s.variants) = 0
    UNION ALL
    SELECT s.campaign_id, format('template of variant %s of step "%s"', x ->> 'key', s.name)
      FROM campaign_steps s CROSS JOIN LATERAL jsonb_array_elements(s.variants) x
      JOIN template_versions v ON v.id = (x ->> 'templateVersionId')::uuid
     WHERE s.workspace_id = $1 AND v.template_id = $2`,
  // $3: the kit is the workspace's default, which applies to every campaign that names no kit.
  brand_kit: `
    SELECT id, 'brand kit' FROM campaigns WHERE workspace_id = $1 AND brand_kit_id = $2
    UNION ALL SELECT id, 'default brand kit (the campaign names none)' FROM campaigns WHERE workspace_id = $1 AND brand_kit_id IS NULL AND $3::boolean`,
  network_channel: `SELECT id, 'network channel' FROM campaigns WHERE workspace_id = $1 AND $2::uuid = ANY(network_channel_ids)`,
};

/** Which unfinished campaigns use a segment, template, brand kit or network channel. */
@Injectable()
export class CampaignUsageRepository {
  /**
   * Read in the deleting transaction once it holds the thing's row: whoever adds a reference to it
   * (writing or launching a plan) locks that row too, so what this reads cannot change behind it.
   */
  async campaignsUsing(manager: EntityManager, workspaceId: string, thing: UsedThing): Promise<CampaignUse[]> {
    const params: unknown[] = [workspaceId, thing.id];
    if (thing.kind === 'brand_kit') params.push(thing.isDefault);
    return manager.query(
      `WITH uses (campaign_id, use) AS (${USES[thing.kind]})
       SELECT c.id, c.name, c.status, array_agg(DISTINCT u.use ORDER BY u.use) AS uses
         FROM uses u JOIN campaigns c ON c.id = u.campaign_id
        WHERE c.status IN ('draft', 'scheduled', 'running', 'paused')
        GROUP BY c.id, c.name, c.status
        ORDER BY c.name, c.id`,
      params,
    );
  }
}
