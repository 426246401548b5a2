import type { IndicatorStatus } from '@shared/schemas/indicator';
import type { FollowUpRecord } from '../../models/FollowUp';
import type { DocumentRecord } from '../../models/Document';
import type { IndicatorRecord } from '../../models/Indicator';
import type { MeetingRecord } from '../../models/Meeting';
import type { TermRecord } from '../../models/Term';
import type { ThreadRecord } from '../../models/Thread';

/*
 * The records the catch-up page is made of: what catchUp.ts and catchUpChanges.ts load and
 * catchUpPresenter.ts shapes. Here, so that neither side imports the other.
 */

/** Indicators the viewer may read, counted by status, and those in consultation. */
export interface IndicatorOverviewRecords {
  counts: Record<IndicatorStatus, number>;
  consulting: Pick<IndicatorRecord, 'code' | 'title' | 'consultation'>[];
}

/** What every reader with the same role sees alike on the catch-up page. */
export interface RoleRecords {
  /** The three latest meetings (their reports and decisions). */
  meetings: MeetingRecord[];
  indicators: IndicatorOverviewRecords;
  /** Follow-ups whose status changed lately, newest first. */
  changedFollowUps: FollowUpRecord[];
  /** Terms agreed lately, newest first. */
  agreedTerms: TermRecord[];
  /** Follow-ups still to do, soonest due first. */
  openFollowUps: FollowUpRecord[];
  /** Discussions with recent messages, busiest first. */
  threads: ThreadRecord[];
}

/** What changed since a moment, newest first within each kind (only the fields the list shows). */
export interface ChangedRecords {
  indicators: IndicatorRecord[];
  documents: DocumentRecord[];
  meetings: MeetingRecord[];
  actions: FollowUpRecord[];
  terms: TermRecord[];
  threads: ThreadRecord[];
}
