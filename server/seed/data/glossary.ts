/**
 * A dozen working definitions written for this workspace (status draft), in the spirit of the
 * international definitions project mentioned in the Bali 2013 report. They are not official.
 */
export const DEMO_TERMS: {
  slug: string;
  term: string;
  definition: string;
  notes?: string;
  sources?: string[];
  related: string[];
}[] = [
  {
    slug: 'child-sexual-abuse-material',
    term: 'Child sexual abuse material (CSAM)',
    definition:
      'Any image, video or other material that depicts or records the sexual abuse or sexual exploitation of a child. Preferred to “child pornography”, which suggests consent and legitimacy.',
    notes: 'Many national laws still use the term “child pornography”; quote it only when citing a law.',
    sources: ['Dynamic Coalition on Child Online Safety, Bali 2013 session report'],
    related: ['child-sexual-exploitation', 'hotline', 'indicator'],
  },
  {
    slug: 'child-sexual-exploitation',
    term: 'Child sexual exploitation',
    definition:
      'Sexual abuse of a child in which someone gains, or expects to gain, a benefit — money, goods, status or anything else of value.',
    related: ['child-sexual-abuse-material', 'commercial-sexual-exploitation-online'],
  },
  {
    slug: 'commercial-sexual-exploitation-online',
    term: 'Commercial distribution of abuse material',
    definition:
      'Selling or buying access to child sexual abuse material, for example through subscriptions paid by card or other electronic payments.',
    notes:
      'The Financial Coalition Against Child Pornography reported at Bali 2013 that disrupting payments has made open commercial distribution increasingly difficult.',
    related: ['child-sexual-exploitation', 'darknet'],
  },
  {
    slug: 'indicator',
    term: 'Indicator',
    definition:
      'A measure, computed the same way each time from named data sources, that shows the size of a problem or progress against it, so that it can be compared between countries and over time.',
    notes: 'The coalition drafts its indicators on a template modelled on the UN SDG metadata.',
    related: ['child-sexual-abuse-material', 'removal-time', 'data-source'],
  },
  {
    slug: 'data-source',
    term: 'Data source',
    definition:
      'The organisation and collection an indicator’s figures come from, such as a hotline network’s report statistics or a national police record.',
    related: ['indicator', 'hotline'],
  },
  {
    slug: 'hotline',
    term: 'Hotline',
    definition:
      'A service where members of the public can report suspected child sexual abuse material found online, anonymously if they wish. Hotlines assess reports and pass confirmed material to law enforcement and hosting providers.',
    sources: ['INHOPE and Internet Watch Foundation presentations, Bali 2013'],
    related: ['notice-and-takedown', 'child-sexual-abuse-material'],
  },
  {
    slug: 'notice-and-takedown',
    term: 'Notice and takedown',
    definition:
      'The procedure by which a hosting provider, once notified that it hosts illegal material, removes it or blocks access to it.',
    related: ['hotline', 'removal-time'],
  },
  {
    slug: 'removal-time',
    term: 'Removal time',
    definition:
      'The time between the first report of an item of abuse material to a hotline or provider and its removal from the internet.',
    notes: 'Bali 2013 heard that in some countries content stays online for long periods even after it has been reported.',
    related: ['notice-and-takedown', 'indicator'],
  },
  {
    slug: 'darknet',
    term: 'Darknet',
    definition:
      'Networks reachable only with special software or configuration, which hide who runs a site and who visits it. Abuse material shared there is hard to measure without law-enforcement investigation.',
    related: ['commercial-sexual-exploitation-online'],
  },
  {
    slug: 'online-grooming',
    term: 'Online grooming',
    definition:
      'Building a relationship with a child through the internet or mobile services in order to sexually abuse or exploit them, online or offline.',
    related: ['child-sexual-exploitation'],
  },
  {
    slug: 'multistakeholder',
    term: 'Multistakeholder',
    definition:
      'Involving governments, industry, civil society, international organisations and the technical and academic communities as participants on an equal footing.',
    related: ['dynamic-coalition'],
  },
  {
    slug: 'dynamic-coalition',
    term: 'Dynamic coalition',
    definition:
      'An open, issue-based group formed at the Internet Governance Forum, in which stakeholders keep working on a topic between the Forum’s annual meetings.',
    sources: ['Internet Governance Forum'],
    related: ['multistakeholder'],
  },
];
