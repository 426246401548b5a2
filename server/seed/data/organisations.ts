import type { Membership, OrgCategory } from '@shared/roles';

export interface SeedOrganisation {
  slug: string;
  name: string;
  category: OrgCategory;
  country: string | null;
  website: string | null;
  description: string;
  membership: Membership;
  joinedYear: number | null;
}

/** The organisations named in the Bali 2013 session report. */
export const SEED_ORGANISATIONS: SeedOrganisation[] = [
  { slug: 'ecpat-international', name: 'ECPAT International', category: 'civil-society', country: 'Thailand', website: 'https://ecpat.org', membership: 'member', joinedYear: null, description: 'Global network working to end the sexual exploitation of children. Chaired the Bali 2013 session.' },
  { slug: 'allanah-madeline-foundation', name: 'Alannah and Madeline Foundation', category: 'civil-society', country: 'Australia', website: 'https://www.amf.org.au', membership: 'member', joinedYear: 2013, description: 'Australian charity protecting children from violence and its impact. Joined the coalition in 2013.' },
  { slug: 'eitesal', name: 'Eitesal Egypt', category: 'industry', country: 'Egypt', website: null, membership: 'member', joinedYear: 2013, description: 'Egyptian ICT industry association. Joined the coalition in 2013.' },
  { slug: 'disc-foundation', name: 'DISC Foundation', category: 'civil-society', country: 'United Arab Emirates', website: null, membership: 'member', joinedYear: 2013, description: 'Foundation from the UAE. Joined the coalition in 2013.' },
  { slug: 'iwf', name: 'Internet Watch Foundation (IWF)', category: 'hotline', country: 'United Kingdom', website: 'https://www.iwf.org.uk', membership: 'member', joinedYear: null, description: 'UK hotline for reporting child sexual abuse material online; listed with industry members in the 2013 report. Presented at Bali 2013.' },
  { slug: 'microsoft', name: 'Microsoft', category: 'industry', country: 'United States', website: 'https://www.microsoft.com', membership: 'member', joinedYear: null, description: 'Technology company. Shared a user security survey open to child-protection questions.' },
  { slug: 'icmec', name: 'International Centre for Missing & Exploited Children (ICMEC)', category: 'civil-society', country: 'United States', website: 'https://www.icmec.org', membership: 'member', joinedYear: null, description: 'Non-governmental organisation working on child protection worldwide.' },
  { slug: 'digitale-chancen', name: 'Stiftung Digitale Chancen', category: 'civil-society', country: 'Germany', website: 'https://www.digitale-chancen.de', membership: 'member', joinedYear: null, description: 'German foundation for digital inclusion and child online safety.' },
  { slug: 'itu', name: 'International Telecommunication Union (ITU)', category: 'international-organisation', country: null, website: 'https://www.itu.int', membership: 'member', joinedYear: null, description: 'UN agency for ICTs. Volunteered to host the coalition’s online space.' },
  { slug: 'unicef', name: 'UNICEF', category: 'international-organisation', country: null, website: 'https://www.unicef.org', membership: 'member', joinedYear: null, description: 'The United Nations Children’s Fund.' },
  { slug: 'mcit-egypt', name: 'Ministry of Communications and Information Technology (MCIT), Egypt', category: 'government', country: 'Egypt', website: 'https://mcit.gov.eg', membership: 'member', joinedYear: null, description: 'Government representatives at the Bali 2013 session.' },
  { slug: 'inhope', name: 'INHOPE', category: 'hotline', country: 'Netherlands', website: 'https://www.inhope.org', membership: 'non-member', joinedYear: null, description: 'International association of internet hotlines. Presented hotline data at Bali 2013.' },
  { slug: 'fcacp', name: 'Financial Coalition Against Child Pornography', category: 'industry', country: 'United States', website: null, membership: 'non-member', joinedYear: null, description: 'Coalition of financial institutions and internet companies disrupting commercial payments for child sexual abuse material. Presented at Bali 2013.' },
];

/** Who took part in the Bali 2013 session (chair first). */
export const BALI_PARTICIPANTS = [
  'ecpat-international', 'allanah-madeline-foundation', 'eitesal', 'disc-foundation', 'iwf', 'microsoft', 'icmec',
  'digitale-chancen', 'itu', 'unicef', 'mcit-egypt', 'inhope', 'fcacp',
];
