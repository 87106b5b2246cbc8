// Splits a prompt into plain and quoted parts: quoted text ("…", “…”, '…') is what the image
// must render, so the prompt widget highlights it.

export interface TextSegment {
  readonly text: string;
  readonly quoted: boolean;
}

// A single quote only opens at the start or after a space, so "don't" is not a quote.
const QUOTED = /"[^"\n]*"|“[^”\n]*”|(?<=^|\s)'[^'\n]*'/g;

export function quotedSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(QUOTED)) {
    const start = match.index;
    if (start > at) out.push({ text: text.slice(at, start), quoted: false });
    out.push({ text: match[0], quoted: true });
    at = start + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), quoted: false });
  return out;
}
