import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { promptToPlan } from '../model/test-documents.ts';
import { PromptUnderstandingView } from './PromptUnderstanding.tsx';
import { promptReaderOf } from './prompt-language-of.ts';

function render(text: string): string {
  const reader = promptReaderOf(promptToPlan(), 'prompt');
  const understood = reader.language.understand(text);
  const html = renderToStaticMarkup(
    createElement(PromptUnderstandingView, { nodeId: 'prompt', reader, understood }),
  );
  return html.replaceAll('<!-- -->', ''); // React's text separators
}

describe('the prompt node’s understanding panel', () => {
  it('shows the parts, the ignored words and the caption the model receives', () => {
    const html = render(
      'A blue poster with the headline "castle" at the bottom left and a big purple circle in the top left',
    );
    expect(html).toContain('Understood: blue background · 1 shape · “CASTLE” bottom left');
    expect(html).toContain('purple circle, top left');
    expect(html).toContain('<dt>Ignored</dt><dd class="understood__muted">big</dd>');
    expect(html).toContain(
      'blue poster, purple circle top left, headline &quot;CASTLE&quot; at bottom left',
    );
    expect(html).toContain('tessera-tiny · tessera-posters/1');
    expect(html).not.toContain('Not placed');
  });

  it('warns, unfolded, about what it cannot place', () => {
    const html = render('navy poster, a magenta circle top left');
    expect(html).toMatch(
      /Not placed: <b>magenta circle top left<\/b> — &quot;magenta&quot; is not/,
    );
    expect(html.indexOf('Not placed')).toBeLessThan(html.indexOf('<details'));
  });
});
