/**
 * Escapes user text for use inside a regular expression (search boxes never run user regexes).
 * Metacharacters get a backslash; control characters (NUL above all, which a BSON regex cannot hold)
 * are written as `\xHH`, which JavaScript, PCRE (MongoDB) and Go (FerretDB) all read as that
 * character. The pattern therefore matches exactly the text given, for any string.
 */
export const escapeRegex = (s: string) =>
  s
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
