// Runs an ONNX model in onnxruntime-node on reference feeds written by tools/ort_check.py and
// prints the max abs difference to the torch outputs, plus the mean time of a few runs.
// usage: node ort_check.mjs spec.json   (needs onnxruntime-node resolvable, e.g. NODE_PATH)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ort = require('onnxruntime-node');
const specPath = process.argv[2];
const spec = JSON.parse(readFileSync(specPath, 'utf8'));
const base = dirname(specPath);
const arr = (dtype, file) => {
  const b = readFileSync(join(base, file));
  const ab = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return dtype === 'int64' ? new BigInt64Array(ab) : new Float32Array(ab);
};
const opts = { intraOpNumThreads: spec.threads ?? 2, graphOptimizationLevel: 'all' };
const sess = await ort.InferenceSession.create(spec.model, opts);
const report = { model: spec.model, inputs: sess.inputNames, outputs: sess.outputNames, cases: [] };
for (const c of spec.cases) {
  const feeds = {};
  for (const [k, v] of Object.entries(c.feeds)) feeds[k] = new ort.Tensor(v.dtype, arr(v.dtype, v.file), v.dims);
  const out = await sess.run(feeds);
  const diffs = {};
  for (const [k, v] of Object.entries(c.expect)) {
    const ref = arr('float32', v.file);
    const got = out[k].data;
    let m = 0;
    for (let i = 0; i < ref.length; i++) m = Math.max(m, Math.abs(ref[i] - got[i]));
    diffs[k] = { maxAbsDiff: m, dims: out[k].dims, refDims: v.dims };
  }
  let ms = null;
  if (c.time) {
    const t0 = performance.now();
    for (let i = 0; i < c.time; i++) await sess.run(feeds);
    ms = (performance.now() - t0) / c.time;
  }
  report.cases.push({ name: c.name, diffs, msPerRun: ms });
}
console.log(JSON.stringify(report, null, 1));
