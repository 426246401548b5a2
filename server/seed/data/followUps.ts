/** The follow-ups agreed at Bali 2013 (from the session report), with demo owners and dates. */
export const BALI_FOLLOW_UPS = [
  {
    title: 'Share the indicator development process with members online',
    description:
      'Share information on the process of developing indicators for child sexual abuse content with all members, and continue the work through online communication between sessions.',
    owner: 'ecpat-international',
    assignee: 'member@example.org',
    dueAt: '2014-03-31',
    status: 'in-progress',
  },
  {
    title: 'ITU to host an online space for the coalition',
    description:
      'ITU volunteered to provide an online space for hosting content and resources and to facilitate web-based communication between members. This workspace is that space.',
    owner: 'itu',
    assignee: 'host@example.org',
    dueAt: '2014-06-30',
    status: 'done',
  },
  {
    title: 'Propose child-protection questions for Microsoft’s user survey',
    description:
      'Microsoft shared a survey on how users of its Windows platform understand security, and offered to insert questions that may give information on child protection online. ECPAT can give feedback and help gather global data on the risks children meet online.',
    owner: 'microsoft',
    assignee: null,
    dueAt: '2014-02-28',
    status: 'open',
  },
  {
    title: 'Take forward the international definitions project',
    description:
      'ECPAT International introduced a project to develop international definitions related to child sexual exploitation; members supported it and expressed a clear need for such references. The glossary collects the coalition’s own working definitions meanwhile.',
    owner: 'ecpat-international',
    assignee: 'member@example.org',
    dueAt: '2014-10-31',
    status: 'open',
  },
] as const;
