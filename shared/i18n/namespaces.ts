/**
 * The catalogues' namespaces: one per area of the interface, plus the server's own texts.
 * `errors` is keyed by the English message itself (the server's and the shared schemas' messages
 * stay readable in code); every other namespace by nested semantic keys.
 */
const CLIENT_NAMESPACES = [
  'common',
  'home',
  'auth',
  'library',
  'indicators',
  'discussions',
  'meetings',
  'directory',
  'admin',
] as const;
const SERVER_NAMESPACES = ['errors', 'email', 'exports'] as const;
export const NAMESPACES = [...CLIENT_NAMESPACES, ...SERVER_NAMESPACES] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type Catalogue = Record<Namespace, Record<string, unknown>>;
