// Tags as typed in one text field ("poster, sale") and back.

/** The tags in `text`: split on commas, trimmed, lower case, without empty ones or repeats. */
export function parseTagsText(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

export const tagsText = (tags: readonly string[]): string => tags.join(', ');

/** `tags` with `tag` added, or removed when it is there. */
export function toggleTag(tags: readonly string[], tag: string): string[] {
  return tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
}
