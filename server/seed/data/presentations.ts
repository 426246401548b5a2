/**
 * The three presentations of the Bali 2013 session. The slides are not public, so the library holds
 * a short summary of each, written by us from the session report (and says so).
 */
export const BALI_PRESENTATIONS = [
  {
    presenter: 'inhope',
    title: 'INHOPE: hotline data on child sexual abuse material',
    fileName: 'inhope-bali-2013-summary.md',
    body: `# INHOPE at the Bali 2013 session — summary

*Summary written for this workspace from the coalition's session report; the original slides are not in the library.*

- INHOPE presented data from its network of internet hotlines on the scale and scope of child sexual abuse material online.
- Trends showed that in some countries content is not removed for long periods even after it has been reported to internet service providers.
- Together with the IWF's figures, the data showed an increase in content depicting victims under 10 years old, and South African hotlines reported the emergence of non-white victims.
`,
  },
  {
    presenter: 'iwf',
    title: 'IWF: trends in reported child sexual abuse content',
    fileName: 'iwf-bali-2013-summary.md',
    body: `# Internet Watch Foundation at the Bali 2013 session — summary

*Summary written for this workspace from the coalition's session report; the original slides are not in the library.*

- The IWF presented the trends it sees in reports of child sexual abuse material.
- Its data reflected an increase in content depicting victims under 10 years old.
- Removal times vary widely between countries: some content stays online long after it is reported.
`,
  },
  {
    presenter: 'fcacp',
    title: 'Financial Coalition Against Child Pornography: disrupting payments',
    fileName: 'fcacp-bali-2013-summary.md',
    body: `# Financial Coalition Against Child Pornography at the Bali 2013 session — summary

*Summary written for this workspace from the coalition's session report; the original slides are not in the library.*

- The Financial Coalition showed the impact of its work on commercial transactions related to child sexual abuse material: open business using electronic payments has become increasingly difficult for traders.
- It also points to a shift into more hidden parts of the internet, where the spread of the content is hard to measure without law-enforcement investigations.
`,
  },
] as const;

/** What the members agreed at Bali 2013, as recorded in the session report. */
export const BALI_DECISIONS = [
  'Members will keep developing indicators for child sexual abuse material online, for advocacy at higher policy level and within the post-2015 UN processes, and continue the work through online communication.',
  'Information on the process of developing the indicators will be shared with all members.',
  'ITU’s offer of an online space for hosting content and resources and for web-based communication was accepted.',
  'Members supported ECPAT International’s project on international definitions related to child sexual exploitation.',
];
