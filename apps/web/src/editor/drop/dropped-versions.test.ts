// PNGs from before and after the version-2 document: a version-1 one still opens (migrated), and
// one saved from a workflow with components reopens its component node and definition.
import { groupIntoComponent } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import poster from '../../../../../models/tessera-tiny/workflows/poster.json';
import { pngWithText as png } from '../../testing/png-with-text.ts';
import { posterDocument } from '../components/test-poster.ts';
import { catalogue } from '../model/catalogue.ts';
import { readDroppedFile } from './dropped-file.ts';

describe('dropping PNGs of either document version', () => {
  it('opens a version-1 PNG as the same workflow in version 2', () => {
    const v1 = { ...poster, version: 1 };
    const result = readDroppedFile('old.png', png({ 'tessera:workflow': JSON.stringify(v1) }));
    expect(result).toEqual({ kind: 'workflow', document: { ...poster, version: 2 }, from: 'png' });
  });

  it('reopens the component a PNG was saved with, definition and instance', () => {
    const grouped = groupIntoComponent(posterDocument(), ['plan', 'expand'], catalogue, {
      componentId: 'planner',
      name: 'Planner',
    });
    const result = readDroppedFile(
      'grouped.png',
      png({ 'tessera:workflow': JSON.stringify(grouped) }),
    );
    expect(result.kind === 'workflow' && result.document).toEqual(grouped);
    expect(result.kind === 'workflow' && result.document.components?.planner?.name).toBe('Planner');
  });
});
