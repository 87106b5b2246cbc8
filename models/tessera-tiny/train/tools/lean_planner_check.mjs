// Compares two exports of the planner step (e.g. the TorchScript export and tools/lean_planner.py's)
// in onnxruntime-node: the same feeds go to both, every output is compared (max abs diff), then a
// full greedy 256-code decode is timed with each (intraOpNumThreads 1, sequential, median of N).
// usage: NODE_PATH=.../node_modules node lean_planner_check.mjs OLD.onnx NEW.onnx [runs=5]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ort = require('onnxruntime-node');
const [oldPath, newPath, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
const L = 6, H = 8, D = 32, V = 512, BOS = 257, BOI = 258, PAD = 256, IMG0 = 259, BOI_POS = 160;

const opts = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all', logSeverityLevel: 3 };
const sOld = await ort.InferenceSession.create(oldPath, opts);
const sNew = await ort.InferenceSession.create(newPath, opts);

let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const i64 = (arr, dims) => new ort.Tensor('int64', BigInt64Array.from(arr.map(BigInt)), dims);
const f32 = (arr, dims) => new ort.Tensor('float32', arr, dims);
const emptyCache = (b) => f32(new Float32Array(0), [L, b, H, 0, D]);
const randCache = (b, p) => f32(Float32Array.from({ length: L * b * H * p * D }, () => (rand() - 0.5) * 0.4), [L, b, H, p, D]);

function promptIds() {
  const n = 5 + Math.floor(rand() * 60);
  const ids = [BOS];
  for (let i = 0; i < n; i++) ids.push(32 + Math.floor(rand() * 95));
  return ids;
}

const worst = {};
function compare(tag, a, b) {
  const out = {};
  for (const k of ['logits', 'present_k', 'present_v']) {
    const x = a[k], y = b[k];
    if (x.dims.join() !== y.dims.join()) throw new Error(`${tag} ${k}: dims ${x.dims} vs ${y.dims}`);
    let m = 0;
    for (let i = 0; i < x.data.length; i++) m = Math.max(m, Math.abs(x.data[i] - y.data[i]));
    out[k] = m;
    worst[k] = Math.max(worst[k] ?? 0, m);
  }
  return out;
}
const run2 = async (feeds) => [await sOld.run(feeds), await sNew.run(feeds)];
const argmaxLast = (logits, b) => {
  const [, t, v] = logits.dims;
  const base = (b * t + t - 1) * v;
  let best = 0;
  for (let j = 1; j < v; j++) if (logits.data[base + j] > logits.data[base + best]) best = j;
  return best;
};

// 1. batch 1: prefill then 20 cached steps, both models fed the old model's cache
const cases = [];
for (let c = 0; c < 4; c++) {
  const ids = [...promptIds(), BOI];
  const pos = [...ids.slice(0, -1).map((_, i) => i), BOI_POS];
  let feeds = { input_ids: i64(ids, [1, ids.length]), position_ids: i64(pos, [1, pos.length]),
    attention_mask: i64(ids.map(() => 1), [1, ids.length]), past_k: emptyCache(1), past_v: emptyCache(1) };
  let total = ids.length, maxd = { logits: 0, present_k: 0, present_v: 0 }, sameCodes = true;
  for (let s = 0; s <= 20; s++) {
    const [a, b] = await run2(feeds);
    const d = compare(`b1 case ${c} step ${s}`, a, b);
    for (const k in d) maxd[k] = Math.max(maxd[k], d[k]);
    const code = argmaxLast(a.logits, 0);
    if (code !== argmaxLast(b.logits, 0)) sameCodes = false;
    total += 1;
    feeds = { input_ids: i64([IMG0 + code], [1, 1]), position_ids: i64([BOI_POS + 1 + s], [1, 1]),
      attention_mask: i64(Array(total).fill(1), [1, total]), past_k: a.present_k, past_v: a.present_v };
  }
  cases.push({ name: `batch1 prompt ${ids.length} tokens + 20 steps`, maxd, sameArgmax: sameCodes });
}

// 2. batch 2, left padding (prompts of different lengths), prefill + 20 steps
{
  const p0 = [...promptIds(), BOI], p1 = [BOS, 72, 73, BOI];
  const n = Math.max(p0.length, p1.length);
  const rows = [p0, p1].map((p) => [...Array(n - p.length).fill(PAD), ...p]);
  const masks = [p0, p1].map((p) => [...Array(n - p.length).fill(0), ...p.map(() => 1)]);
  const poss = [p0, p1].map((p) => [...Array(n - p.length).fill(0), ...p.slice(0, -1).map((_, i) => i), BOI_POS]);
  let feeds = { input_ids: i64(rows.flat(), [2, n]), position_ids: i64(poss.flat(), [2, n]),
    attention_mask: i64(masks.flat(), [2, n]), past_k: emptyCache(2), past_v: emptyCache(2) };
  let total = n, maxd = { logits: 0, present_k: 0, present_v: 0 };
  for (let s = 0; s <= 20; s++) {
    const [a, b] = await run2(feeds);
    const d = compare(`b2 step ${s}`, a, b);
    for (const k in d) maxd[k] = Math.max(maxd[k], d[k]);
    const codes = [argmaxLast(a.logits, 0), argmaxLast(a.logits, 1)];
    total += 1;
    const m = masks.map((r) => [...r, ...Array(total - r.length).fill(1)]);
    feeds = { input_ids: i64(codes.map((c) => IMG0 + c), [2, 1]), position_ids: i64([BOI_POS + 1 + s, BOI_POS + 1 + s], [2, 1]),
      attention_mask: i64(m.flat(), [2, total]), past_k: a.present_k, past_v: a.present_v };
  }
  cases.push({ name: `batch2 left-padded (${p0.length} / ${p1.length} tokens) + 20 steps`, maxd });
}

// 3. chunked prefill: new = 5 on a random past of 7 (causal offset), one padded key
{
  const p = 7, t = 5, b = 2;
  const ids = Array.from({ length: b * t }, () => Math.floor(rand() * 700));
  const pos = Array.from({ length: b }, () => Array.from({ length: t }, (_, i) => p + i)).flat();
  const mask = Array(b * (p + t)).fill(1);
  mask[0] = 0; mask[p + t + 1] = 0;
  const pk = randCache(b, p), pv = randCache(b, p);
  const [a, bb] = await run2({ input_ids: i64(ids, [b, t]), position_ids: i64(pos, [b, t]),
    attention_mask: i64(mask, [b, p + t]), past_k: pk, past_v: pv });
  cases.push({ name: 'batch2 new 5 on random past 7, masked keys', maxd: compare('chunk', a, bb) });
}

// 4. timing: greedy decode of 256 codes (prefill + 255 cached steps), each model, median of RUNS
async function decode(sess) {
  const ids = [BOS, ...Buffer.from('red poster, blue circle at top left, headline "SALE 50%" at center'), BOI];
  const pos = [...ids.slice(0, -1).map((_, i) => i), BOI_POS];
  let feeds = { input_ids: i64(ids, [1, ids.length]), position_ids: i64(pos, [1, pos.length]),
    attention_mask: i64(ids.map(() => 1), [1, ids.length]), past_k: emptyCache(1), past_v: emptyCache(1) };
  const maskBuf = new BigInt64Array(ids.length + 256).fill(1n);
  const codes = [];
  const t0 = performance.now();
  for (let j = 0; j < 256; j++) {
    const out = await sess.run(feeds);
    const code = argmaxLast(out.logits, 0);
    codes.push(code);
    if (j === 255) break;
    const total = ids.length + j + 1;
    feeds = { input_ids: new ort.Tensor('int64', BigInt64Array.of(BigInt(IMG0 + code)), [1, 1]),
      position_ids: new ort.Tensor('int64', BigInt64Array.of(BigInt(BOI_POS + 1 + j)), [1, 1]),
      attention_mask: new ort.Tensor('int64', maskBuf.subarray(0, total), [1, total]),
      past_k: out.present_k, past_v: out.present_v };
  }
  return { ms: performance.now() - t0, codes };
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const timing = {};
const plans = {};
await decode(sOld); await decode(sNew); // warm-up
for (const [name, s] of [['old', sOld], ['new', sNew]]) timing[name] = [];
for (let r = 0; r < RUNS; r++) {
  for (const [name, s] of [['old', sOld], ['new', sNew]]) { // interleaved, so load from others hits both
    const { ms, codes } = await decode(s);
    timing[name].push(Math.round(ms));
    plans[name] = codes;
  }
}
console.log(JSON.stringify({
  cases,
  worstMaxAbsDiff: worst,
  pass: Object.values(worst).every((m) => m <= 1e-4),
  greedyPlanIdentical: plans.old.join() === plans.new.join(),
  decode256Ms: { old: { median: median(timing.old), runs: timing.old }, new: { median: median(timing.new), runs: timing.new } },
}, null, 1));
