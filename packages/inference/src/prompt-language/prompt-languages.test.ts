import { describe, expect, it } from 'vitest';
import { UnknownPromptLanguageError, promptLanguage } from './prompt-languages.ts';

describe('the prompt languages', () => {
  it('resolves a declared id', () => {
    const language = promptLanguage('tessera-posters/1');
    expect(language.understand('on navy, "HI" up top').caption).toBe(
      'navy poster, headline "HI" at top center',
    );
  });

  it('reads a package that declares none verbatim, headline zone as the glyph map reads it', () => {
    const understood = promptLanguage(undefined).understand('a cat, "MEOW" at bottom right');
    expect(understood.caption).toBe('a cat, "MEOW" at bottom right');
    expect(understood.headline).toMatchObject({ text: 'MEOW', zone: 'bottom right' });
  });

  it('fails loudly on an unknown id, naming the known ones', () => {
    expect(() => promptLanguage('klingon/2')).toThrow(UnknownPromptLanguageError);
    expect(() => promptLanguage('klingon/2')).toThrow(/"klingon\/2".*tessera-posters\/1, verbatim/);
  });
});
