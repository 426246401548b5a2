/** Escapes user text for use inside a regular expression (search boxes never run user regexes). */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
