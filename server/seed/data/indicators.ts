import type { IndicatorStatus, IndicatorTextField, IndicatorTier } from '@shared/schemas/indicator';
import type { Visibility } from '@shared/roles';

/**
 * Demo indicator drafts grounded in the themes of the Bali 2013 session (hotline data from INHOPE
 * and IWF, younger victims, content left online after reporting, the Financial Coalition's work on
 * payments). Text only: no figures are presented as data.
 */
export interface SeedIndicator {
  code: string;
  visibility: Visibility;
  status: IndicatorStatus;
  custodian: string;
  author: string;
  revisions: {
    note: string;
    author?: string;
    fields: { title: string; tier: IndicatorTier } & Partial<Record<IndicatorTextField, string>>;
  }[];
}

const CSAM01_BASE = {
  title: 'Time to removal of child sexual abuse material after a report',
  tier: 'II' as const,
  definition:
    'The time between a hotline confirming that a reported URL hosts child sexual abuse material and the material no longer being available at that URL, as verified by the hotline.',
  unit: 'Hours (median and distribution), by hosting country',
  rationale:
    'Presentations at the Bali 2013 session showed that in some countries content stays online for long periods even after it has been reported to service providers. Every hour it stays online the victim is harmed again. A comparable measure of removal times lets policy makers see where notice-and-takedown works and where it does not.',
  computation:
    'For each confirmed report, subtract the time of confirmation from the time removal was verified. Report the median and quartiles per hosting country and reporting year. Reports where removal was never verified are counted separately, not dropped.',
  disaggregation: 'Hosting country; type of service (web host, image board, file host); reporting year.',
  dataSources:
    'Hotline case records (INHOPE member hotlines, IWF), using the timestamps of confirmation and of verified removal.',
  limitations:
    'Hotlines verify removal at different intervals, so short removal times are measured less precisely. Material moved to another URL counts as removed at the first URL. Content on hidden services is not covered.',
  references: 'INHOPE and IWF presentations, IGF 2013 Dynamic Coalition on Child Online Safety session (Bali).',
};

export const SEED_INDICATORS: SeedIndicator[] = [
  {
    code: 'CSAM-01',
    visibility: 'public',
    status: 'consultation',
    custodian: 'iwf',
    author: 'member@example.org',
    revisions: [
      { note: 'First draft from the Bali session notes', fields: CSAM01_BASE },
      {
        note: 'Count from the first notice to the provider; add notice route',
        author: 'hotline@example.org',
        fields: {
          ...CSAM01_BASE,
          computation:
            'For each confirmed report, subtract the time the first notice was sent to the hosting provider from the time removal was verified. Report the median and quartiles per hosting country and reporting year. Reports where removal was never verified are counted separately, not dropped.',
          disaggregation:
            'Hosting country; type of service (web host, image board, file host); notice route (hotline to provider, via law enforcement); reporting year.',
        },
      },
    ],
  },
  {
    code: 'CSAM-02',
    visibility: 'public',
    status: 'drafting',
    custodian: 'inhope',
    author: 'hotline@example.org',
    revisions: [
      {
        note: 'First draft',
        fields: {
          title: 'Age profile of victims in assessed child sexual abuse material',
          tier: 'II',
          definition:
            'The distribution of the apparent age of children depicted in material that hotlines assessed as child sexual abuse material, by age band.',
          unit: 'Share of assessed items per age band',
          rationale:
            'Hotline data presented in Bali pointed to more material depicting victims under 10 years old. Tracking the age profile shows whether prevention and victim identification reach the youngest children.',
          computation:
            'Classify each assessed item by the apparent age of the youngest child depicted, using the shared age bands. Divide the items in each band by all assessed items in the period.',
          disaggregation:
            'Age band (infant and toddler, under 10, 10 to 13, 14 to 17); region of hosting; reporting year.',
          dataSources: 'Assessment records of INHOPE member hotlines and of IWF.',
          limitations:
            'Apparent age is an analyst judgement. Hotlines that do not share age bands cannot be combined. Reported material is not a sample of all material in circulation.',
          references: 'ECPAT International work on common definitions related to child sexual exploitation.',
        },
      },
    ],
  },
  {
    code: 'CSAM-03',
    visibility: 'members',
    status: 'drafting',
    custodian: 'inhope',
    author: 'hotline@example.org',
    revisions: [
      {
        note: 'First draft',
        fields: {
          title: 'Reports processed by internet hotlines',
          tier: 'I',
          definition:
            'The number of reports received by internet hotlines about suspected child sexual abuse material, and the number confirmed as such after assessment.',
          unit: 'Reports per year (received and confirmed)',
          rationale:
            'Speakers in Bali stressed that without a way to capture the scale of the problem, it cannot be brought to world leaders. Hotline volumes are the most widely available, consistently collected measure.',
          computation:
            'Count reports received and reports confirmed in the calendar year. Count duplicate reports of one URL once. Report the confirmation rate as confirmed divided by received.',
          disaggregation: 'Country of the hotline; source of report (public, industry, law enforcement); hosting region.',
          dataSources: 'Annual statistics of INHOPE member hotlines; IWF annual reporting.',
          limitations:
            'Volumes depend on public awareness and on the reach of each hotline, not only on the amount of material. Countries without a hotline are missing.',
          references: 'INHOPE presentation, IGF 2013 Bali session.',
        },
      },
    ],
  },
  {
    code: 'CSAM-04',
    visibility: 'public',
    status: 'proposed',
    custodian: 'icmec',
    author: 'member@example.org',
    revisions: [
      {
        note: 'Proposed after the Financial Coalition presentation',
        fields: {
          title: 'Disruption of commercial payment channels for child sexual abuse material',
          tier: 'III',
          definition:
            'Whether commercial sites selling child sexual abuse material can still take payment through mainstream payment systems, measured by test purchases and by payment-network investigations.',
          unit: 'Share of investigated commercial sites accepting mainstream payment methods',
          rationale:
            'The Financial Coalition Against Child Pornography showed in Bali that its work made open trading with electronic payments increasingly difficult, with a shift towards hidden parts of the internet. An indicator shows whether that pressure holds and where trading moves.',
          computation:
            'Of the commercial sites investigated in the period, count those where a mainstream payment method was offered and accepted; divide by all investigated commercial sites.',
          disaggregation: 'Payment method type (card, online wallet, virtual currency); region of the merchant account.',
          dataSources:
            'Financial coalition case data; payment network investigations; hotline reports of commercial sites.',
          limitations:
            'Trading that moved to darknets or to informal payment methods is hard to observe without law enforcement investigations; a falling share may hide displacement rather than disruption.',
          references: 'Financial Coalition Against Child Pornography presentation, IGF 2013 Bali session.',
        },
      },
    ],
  },
  {
    code: 'CSAM-05',
    visibility: 'members',
    status: 'proposed',
    custodian: 'itu',
    author: 'host@example.org',
    revisions: [
      {
        note: 'Proposed for discussion',
        fields: {
          title: 'Countries with a hotline or reporting mechanism for child sexual abuse material',
          tier: 'I',
          definition:
            'Whether a country has a functioning national hotline, or another public mechanism, to which people can report child sexual abuse material online, and whether the legislation allows reported material to be removed.',
          unit: 'Share of countries',
          rationale:
            'A coalition covering many regions needs to know where people can report at all. Countries without a mechanism are also missing from every hotline-based indicator.',
          computation:
            'Count countries with a hotline that is a member of INHOPE or an equivalent public reporting mechanism, and divide by the number of countries covered.',
          disaggregation: 'Region; income group; type of mechanism (hotline, police portal, industry portal).',
          dataSources: 'INHOPE membership; ITU and UNICEF country information; national legislation reviews.',
          limitations: 'The existence of a mechanism says nothing about how well it works or how widely it is known.',
          references: 'ITU Child Online Protection initiative.',
        },
      },
    ],
  },
];

/** Demo positions on CSAM-01's consultation, by organisation slug and the account that records them. */
export const SEED_POSITIONS = [
  { organisation: 'ecpat-international', by: 'member@example.org', stance: 'support' as const, comment: '' },
  {
    organisation: 'iwf',
    by: 'hotline@example.org',
    stance: 'concern' as const,
    comment:
      'Removal should be verified by the hotline that confirmed the report; otherwise times from different hotlines are not comparable.',
  },
  {
    organisation: 'itu',
    by: 'host@example.org',
    stance: 'no-objection' as const,
    comment: 'No objection to the measure; the comments on the wording are compiled separately.',
  },
];
