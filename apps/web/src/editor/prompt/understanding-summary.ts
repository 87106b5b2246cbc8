// One line for a prompt's understanding, shown while the details are folded away.
import type { PromptUnderstanding } from '@tessera/inference/prompt-language';

export function understandingSummary(u: PromptUnderstanding): string {
  const parts: string[] = [];
  if (u.background.length > 0) parts.push(`${u.background.join(' → ')} background`);
  if (u.blocks.length > 0)
    parts.push(`${u.blocks.length} shape${u.blocks.length === 1 ? '' : 's'}`);
  if (u.headline !== null) parts.push(`“${u.headline.text}” ${u.headline.zone}`);
  if (u.footer !== null) parts.push(`${u.footer} footer`);
  return parts.length === 0 ? 'nothing the model can draw yet' : parts.join(' · ');
}
