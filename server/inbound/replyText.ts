/** Lines that start the quoted original or a client's footer: everything from there on is dropped. */
const QUOTE_HEADERS = [
  /^On\b.*\bwrote:\s*$/i, // Gmail, Apple Mail, Thunderbird
  /^Le\b.*\ba écrit\s*:\s*$/i,
  /^Am\b.*\bschrieb\b.*:\s*$/i,
  /^El\b.*\bescribió:\s*$/i,
  /^-{2,}\s*(Original Message|Forwarded message)\s*-{2,}/i,
  /^_{10,}\s*$/, // Outlook's rule above the quoted header
  /^(Sent from my|Sent from Mail for|Get Outlook for)\b/i,
];
/** The standard signature delimiter, "-- " alone on a line (some clients drop its space). */
const SIGNATURE = /^-- ?$/;
const HEADER_BLOCK = /^(From|De|Von):\s.+/i;

/**
 * The new text of a reply e-mail: quoted lines (`>`), the quoted original after its "On … wrote:"
 * line (also when wrapped over two lines), an Outlook header block and the signature are removed.
 */
export function replyText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const joined = `${trimmed} ${lines[i + 1]?.trim() ?? ''}`;
    if (SIGNATURE.test(line.trimEnd()) || QUOTE_HEADERS.some((re) => re.test(trimmed))) break;
    if (/^On\b/i.test(trimmed) && /\bwrote:\s*$/i.test(joined)) break;
    if (HEADER_BLOCK.test(trimmed) && /^(Sent|Date|Envoyé|Gesendet|To):/i.test(lines[i + 1]?.trim() ?? ''))
      break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line.trimEnd());
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
