const RESERVED = new Set(['stats', 'new']);

function slugify(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'item';
}

/** A slug not yet used in the model's `slug` field: `name`, `name-2`, `name-3`, … */
export async function uniqueSlug(
  model: { exists(filter: { slug: string }): Promise<unknown> },
  text: string,
): Promise<string> {
  const base = slugify(text);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 && !RESERVED.has(base) ? base : `${base}-${n}`;
    if (!(await model.exists({ slug: candidate }))) return candidate;
  }
  throw new Error('could not find a free slug');
}
