import type { IndicatorTextField } from '@shared/schemas/indicator';
import type { CommentType, Disposition } from '@shared/schemas/consultation';

/**
 * Demo comments on CSAM-01's consultation (revision 2) from three organisations, by the account
 * that wrote them; `paragraph` is the paragraph's place within its field (from 0). Two have been
 * answered by the host (ITU runs the secretariat), one is still a draft of ECPAT's.
 */
export interface SeedComment {
  organisation: string;
  by: string;
  field: IndicatorTextField;
  paragraph: number;
  quote?: string;
  type: CommentType;
  comment: string;
  proposedChange?: string;
  draft?: boolean;
  disposition?: { decision: Disposition; response: string; by: string };
}

export const SEED_COMMENTS: SeedComment[] = [
  {
    organisation: 'ecpat-international',
    by: 'member@example.org',
    field: 'rationale',
    paragraph: 0,
    quote: 'Every hour it stays online the victim is harmed again.',
    type: 'general',
    comment:
      'Strongly agree. Say also that the harm recurs each time the material is viewed or shared, which is why the speed of removal matters more than the number of reports.',
    disposition: {
      decision: 'accepted',
      response: 'Agreed; the next revision adds the sentence.',
      by: 'host@example.org',
    },
  },
  {
    organisation: 'iwf',
    by: 'hotline@example.org',
    field: 'computation',
    paragraph: 0,
    quote: 'the time the first notice was sent to the hosting provider',
    type: 'technical',
    comment:
      'Hotlines send notices at different times after confirmation. Counting from confirmation keeps the figures comparable; the notice time can be a second measure.',
    proposedChange:
      'For each confirmed report, subtract the time of confirmation from the time removal was verified, and report separately the time from the first notice to the hosting provider. Report the median and quartiles per hosting country and reporting year. Reports where removal was never verified are counted separately, not dropped.',
    disposition: {
      decision: 'accepted-in-part',
      response: 'Both times will be reported; the headline figure stays the time from the first notice.',
      by: 'host@example.org',
    },
  },
  {
    organisation: 'itu',
    by: 'host@example.org',
    field: 'limitations',
    paragraph: 0,
    type: 'editorial',
    comment: 'Name the hidden services explicitly so readers outside the hotline community understand the gap.',
    proposedChange:
      'Hotlines verify removal at different intervals, so short removal times are measured less precisely. Material moved to another URL counts as removed at the first URL. Content on hidden services (for example Tor onion services) is not covered.',
  },
  {
    organisation: 'iwf',
    by: 'hotline@example.org',
    field: 'disaggregation',
    paragraph: 0,
    type: 'technical',
    comment: 'Add the apparent age band of the youngest victim: removal times differ for the youngest children.',
  },
  {
    organisation: 'ecpat-international',
    by: 'member@example.org',
    field: 'dataSources',
    paragraph: 0,
    type: 'general',
    comment: 'Could law-enforcement takedown records be added where hotlines pass reports to the police?',
    draft: true,
  },
];
