import { Injectable } from '@nestjs/common';
import { compareHistoryEntries, type HistoryEntry, type HistoryQuery } from '../../common/history/learner-history';
import { isUuid } from '../../common/http/parse-id.pipe';
import { DomainError } from '../../common/errors/domain-error';
import { decodeCursor, type CursorPosition, type Page, toPage } from '../../common/pagination/cursor';
import { CampaignDeliveriesService } from '../campaigns/campaign-deliveries.service';
import { EnrollmentsService } from '../courses/enrollments.service';
import { EventsRepository } from '../events/events.repository';
import { DEFAULT_PAGE_SIZE, LearnersService } from './learners.service';

const CURSOR_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * One learner's history, newest first: their enrolments, the deliveries made to them and their
 * events, each asked of the module that owns it. Each source returns at most one page past the
 * cursor from its own index; the merge keeps the newest `limit` (+1 to know there is more), so a
 * page costs three indexed reads however long the history.
 */
@Injectable()
export class LearnerTimelineService {
  constructor(
    private readonly learners: LearnersService,
    private readonly enrollments: EnrollmentsService,
    private readonly deliveries: CampaignDeliveriesService,
    private readonly events: EventsRepository,
  ) {}

  async timeline(workspaceId: string, learnerId: string, options: { limit?: number; cursor?: string }): Promise<Page<HistoryEntry>> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const before = options.cursor === undefined ? undefined : parseCursor(options.cursor);
    await this.learners.get(workspaceId, learnerId); // 404 for an absent learner or one of another workspace
    const query: HistoryQuery = { workspaceId, learnerId, limit: limit + 1, before };
    const sources = await Promise.all([
      this.enrollments.learnerHistory(query),
      this.deliveries.learnerHistory(query),
      this.events.learnerHistory(query),
    ]);
    const merged = mergeNewestFirst(sources, limit + 1);
    return toPage(merged, limit, (entry) => ({ key: entry.key, id: entry.id }), (entry) => entry);
  }
}

/** The newest `limit` entries of lists that are each sorted newest first. */
export function mergeNewestFirst(lists: HistoryEntry[][], limit: number): HistoryEntry[] {
  return lists.flat().sort(compareHistoryEntries).slice(0, limit);
}

function parseCursor(cursor: string): CursorPosition {
  const position = decodeCursor(cursor);
  if (!CURSOR_KEY.test(position.key) || !isUuid(position.id)) {
    throw DomainError.invalid('REQUEST.INVALID_CURSOR', 'cursor is not one this API returned', [{ path: 'cursor', message: 'unrecognised cursor' }]);
  }
  return position;
}
