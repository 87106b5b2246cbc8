import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { computeCacheKeys, readDocument } from '@tessera/graph';
import { describe, expect, it } from 'vitest';
import { TESSERA_TINY_DIR } from '../testing/index.ts';
import { createNodeCatalogue } from './index.ts';

/**
 * The cache keys of the bundled workflows, written down literally. A key is a SHA-256 over the
 * canonical JSON of a node's spec, params and upstream keys (see computeCacheKeys), so these
 * catch any change to the hash, the canonical JSON, the key recipe or a spec's defaults, any
 * of which would silently orphan every cached node output. Change a literal only on purpose.
 */
const EXPECTED_KEYS: Record<string, Record<string, string>> = {
  'layout-sketch.json': {
    prompt: '38b484f3f403f215a4965fbb174a862b7110610e82899b9f8e4cbff721aa9afa',
    plan: 'dcfaa4df54539653c944d7d7cede5461ff490493c6f338537ee3de143c61f86d',
    'plan-preview': '63024a382bec8de39a7e610df5fecbb5c8e00db4a7ce26d6b61b0ca528592701',
    preview: '8b67b6bdb9d798b80d25ba2b4c6ecc81fee9598832668ad7e04d97cba8956920',
  },
  'poster.json': {
    prompt: '118c0fbde94b36ca55f966234759ea45801cb6a166b2be077eacfb8eccd0419b',
    plan: '1c944a69b7317eae02536811b578ea6cf26c0481763ff5d545ee038b08c2baac',
    expand: 'c9500ca6ba1fac0b934c09a99d86d09d846b06dec794aa98a0ed08d5d004434c',
    decode: '936fd5b71ebe8e6845e565cea95a547a22892fe209efd9e545b96904d2e30f58',
    'plan-preview': '69a655cc4a7cea5da999ece37629d3e1fa968a6672cb80763d6b6a5a1446cb58',
    'plan-view': '8afd18a4cfb42346ee4f5c7c86228a75dc800e42f55c0048e0babbe3aa8a6f95',
    upscale: '28dfe03179d358f74d8caa7f9c761a49e30cadc90cbe75a743a493c2469c1444',
    save: '6e640c29e12b46b1c00b1213819cf13d3d3b236f6b3a7d55130ac2fdbe8e0469',
  },
  'quick-banner.json': {
    prompt: '796d0c173b43839473a305f1d1f7cf1f22d159e2aa3ef316d3c7680612fb519a',
    plan: 'a8a868755267a31e05f53c94ce0f38593b05f256fc1080bbd6e612630e76df37',
    expand: '316a9ae7b302078e48143fb74053a394d5d2c5f7f715a6cc8e4e76311d0a619e',
    decode: 'ccb2fc02fa2b8d2a73044129fc37908e158221ae3499037a84bfa790d31b2fdc',
    'fine-preview': '8382fb4d1fcea564f7eb2054eb5ff9f315c2c59ee3c9187729495c6d8fa4ab32',
    'fine-view': 'be52811a8593c47b9cb8335fecfbeee0aa033da7b146d31b29c936c1c5e30eb4',
    upscale: 'cf6da99742a63e4437584287a42f8afd5966e595357502bcdfacfb07a16bb894',
    save: '17cec2e4db063dbd08477e3a2ba4d1b9dd4fa3ff857add3ee9c65e23e5a86e37',
  },
  'upscale-image.json': {
    load: '055b09994bdb5a51b75127986948fd2ef92265db5d3ab814e4576c60e4893684',
    upscale: 'ce1ad0e4717673df539cdbe7d4eca7a73d00764859360d2ea458d9ba8f2a9cd5',
    save: '7f83651f1a9616440188df59046fe0ce186bc44dbc72cdb3c5f0acc20cbf54ff',
  },
};

const workflowsDir = join(TESSERA_TINY_DIR, 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((file) => file.endsWith('.json'));

describe('the cache keys of the bundled workflows', () => {
  it('are pinned for every workflow in models/tessera-tiny/workflows', () => {
    expect(workflowFiles.sort()).toEqual(Object.keys(EXPECTED_KEYS).sort());
  });

  it.each(workflowFiles)('%s keeps its keys byte for byte', (file) => {
    const read = readDocument(JSON.parse(readFileSync(join(workflowsDir, file), 'utf8')));
    if (!read.ok) throw new Error(`${file} is not a workflow document`);
    const keys = computeCacheKeys(read.document, createNodeCatalogue());
    expect(Object.fromEntries(keys)).toEqual(EXPECTED_KEYS[file]);
  });
});
