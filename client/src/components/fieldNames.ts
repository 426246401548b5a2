/** How forms name the fields the API knows by their keys, for messages that name a field. */
const FIELD_NAMES: Record<string, string> = {
  ownerOrganisationId: 'Owner organisation',
  organisationId: 'Organisation',
  assigneeId: 'Assignee',
  meetingId: 'Meeting',
  custodianId: 'Custodian',
  chairOrganisationId: 'Chair',
  presenterOrganisationId: 'Presenting organisation',
  documentId: 'Document',
  dueAt: 'Due date',
  startsAt: 'Start date',
  endsAt: 'End date',
  baseRevision: 'Revision',
  baseVersion: 'Report version',
  newPassword: 'New password',
  currentPassword: 'Current password',
  dataSources: 'Data sources',
  closesAt: 'Closing date',
  reportMarkdown: 'Report',
};

/** "ownerOrganisationId" → "Owner organisation", "presentations.0.documentId" → "Document". */
export function fieldName(key: string): string {
  const last =
    key
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? key;
  if (FIELD_NAMES[last]) return FIELD_NAMES[last];
  const words = last
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field's message in words for the person filling the form: a missing choice reads "Choose the
 * owner organisation", not "Must be a valid id"; zod's generic messages name the field.
 */
export function humanFieldMessage(key: string, message: string): string {
  const name = fieldName(key);
  if (message === 'Must be a valid id') return `Choose the ${name.toLowerCase()}`;
  if (/^Invalid (input|option|enum|type)/i.test(message)) return `Check the ${name.toLowerCase()}`;
  if (/^Too (small|big)|^String must contain|^Expected string/i.test(message))
    return `Check the length of the ${name.toLowerCase()}`;
  return message;
}
