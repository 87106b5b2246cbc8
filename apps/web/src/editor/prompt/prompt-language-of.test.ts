import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setParam } from '../model/document-ops.ts';
import { promptToPlan } from '../model/test-documents.ts';
import { BUNDLED_PROMPT_LANGUAGES, promptReaderOf } from './prompt-language-of.ts';

const manifest = (model: string): { promptLanguage?: string } =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../../../../models/${model}/model.json`), 'utf8'),
  ) as { promptLanguage?: string };

describe('the prompt language of a prompt node', () => {
  it('matches what each bundled model declares in its manifest', () => {
    for (const [model, language] of Object.entries(BUNDLED_PROMPT_LANGUAGES)) {
      expect(manifest(model).promptLanguage).toBe(language);
    }
  });

  it('is the language of the model its prompt feeds', () => {
    const reader = promptReaderOf(promptToPlan(), 'prompt');
    expect(reader.model).toBe('tessera-tiny');
    expect(reader.language.id).toBe('tessera-posters/1');
  });

  it('reads the prompt as written for a model this build does not bundle', () => {
    const doc = setParam(promptToPlan(), 'plan', 'model', 'someone-elses-model');
    const reader = promptReaderOf(doc, 'prompt');
    expect(reader.model).toBe('someone-elses-model');
    expect(reader.language.id).toBe('verbatim');
  });
});
