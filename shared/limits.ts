/** Limits enforced by the server and mirrored in client forms. */
export const LIMITS = {
  emailMax: 254,
  nameMax: 120,
  passwordMin: 10,
  passwordMax: 200,
  pageSizeDefault: 20,
  pageSizeMax: 100,
  jsonBody: '100kb',
} as const;
