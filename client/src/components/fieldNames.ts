import { i18n, translateMessage } from '../i18n';

/**
 * How forms name the fields the API knows by their keys, for messages that name a field: the
 * catalogue's `fieldNames` first (in the reader's language), else the key in words.
 */
export function fieldName(key: string): string {
  const last =
    key
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? key;
  const catalogueKey = `common:fieldNames.${last}`;
  if (/^\w+$/.test(last) && i18n.exists(catalogueKey)) return i18n.t(catalogueKey);
  const words = last
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field's message in words for the person filling the form: a missing choice reads "Choose the
 * owner organisation", not "Must be a valid id"; zod's generic messages name the field. Messages
 * of a client-side parse are the shared schemas' English (`translate`: shown in the reader's
 * language); the server's are already in it and are shown as they come.
 */
export function humanFieldMessage(key: string, message: string, translate = false): string {
  const field = fieldName(key).toLowerCase();
  if (message === 'Must be a valid id') return i18n.t('common:fieldMessages.choose', { field });
  if (/^Invalid (input|option|enum|type)/i.test(message))
    return i18n.t('common:fieldMessages.check', { field });
  if (/^Too (small|big)|^String must contain|^Expected string/i.test(message))
    return i18n.t('common:fieldMessages.checkLength', { field });
  return translate ? translateMessage(message) : message;
}
