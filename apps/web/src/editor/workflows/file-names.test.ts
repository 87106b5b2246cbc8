import { describe, expect, it } from 'vitest';
import { exportFileName, nameFromFileName } from './file-names.ts';

describe('nameFromFileName', () => {
  it('drops the folder and the .json extension only', () => {
    expect(nameFromFileName('My poster.v2.json')).toBe('My poster.v2');
    expect(nameFromFileName('C:\\work\\Banner.JSON')).toBe('Banner');
    expect(nameFromFileName('.json')).toBe('Imported workflow');
  });
});

describe('exportFileName', () => {
  it('keeps readable names and replaces what file systems refuse', () => {
    expect(exportFileName('Summer poster')).toBe('Summer poster.json');
    expect(exportFileName('a/b: "c"?')).toBe('a-b- -c-.json');
    expect(exportFileName('  ..  ')).toBe('workflow.json');
  });
});
