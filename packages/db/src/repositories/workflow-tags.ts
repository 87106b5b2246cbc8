// Workflow tags: stored as one lower-case, comma-separated column ("poster,sale"), seen as a list.
import { InvalidInputError } from '../errors/invalid-input-error.ts';

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/**
 * Trimmed, lower case, without duplicates, in the order given; empty entries are dropped.
 * Refuses a tag with a comma (the column separator), a tag too long, or too many tags.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (tag === '') continue;
    if (tag.includes(','))
      throw new InvalidInputError(`A tag cannot contain a comma: “${raw.trim()}”.`);
    if (tag.length > MAX_TAG_LENGTH)
      throw new InvalidInputError(`A tag is at most ${MAX_TAG_LENGTH} characters: “${tag}”.`);
    seen.add(tag);
  }
  if (seen.size > MAX_TAGS) throw new InvalidInputError(`A workflow has at most ${MAX_TAGS} tags.`);
  return [...seen];
}

/** The column value for `tags` (normalized first). */
export function tagsToColumn(tags: readonly string[]): string {
  return normalizeTags(tags).join(',');
}

/** The list a stored column holds. */
export function tagsFromColumn(column: string): string[] {
  return column === '' ? [] : column.split(',').filter((tag) => tag !== '');
}
