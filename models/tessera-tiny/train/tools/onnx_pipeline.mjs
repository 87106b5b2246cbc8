// Reference run of the exported ONNX files in onnxruntime-node, end to end, for one prompt:
// planner (KV cache, temperature/top-p sampling with a seeded PRNG) -> expander (argmax, 64x64)
// -> decoder (Euler, shift, classifier-free guidance by dropping the plan). Inputs that need the
// glyph atlas (glyph map, text ids) and the start noise come from tools/onnx_pipeline.py.
// usage: node onnx_pipeline.mjs spec.json   (onnxruntime-node resolvable, e.g. via NODE_PATH)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ort = require('onnxruntime-node');
const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const f32 = (p) => { const b = readFileSync(p); return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)); };
const i64 = (a) => BigInt64Array.from(a.map((x) => BigInt(x)));
const opts = { intraOpNumThreads: spec.threads ?? 2, graphOptimizationLevel: 'all' };
const [planner, expander, decoder] = await Promise.all(
  ['planner', 'expander', 'decoder'].map((n) => ort.InferenceSession.create(`${spec.onnxDir}/${n}.onnx`, opts)));

function mulberry32(a) { return () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const rand = mulberry32(spec.seed);
function sample(logits, off, n, temperature, topP) {
  let m = -Infinity; for (let i = 0; i < n; i++) m = Math.max(m, logits[off + i]);
  const p = new Float64Array(n); let s = 0;
  for (let i = 0; i < n; i++) { p[i] = Math.exp((logits[off + i] - m) / temperature); s += p[i]; }
  const idx = [...p.keys()].sort((a, b) => p[b] - p[a]);
  let c = 0; const keep = [];
  for (const i of idx) { if (c >= topP * s && keep.length) break; keep.push(i); c += p[i]; }
  let r = rand() * c; for (const i of keep) { r -= p[i]; if (r <= 0) return i; } return keep[keep.length - 1];
}

// ---- planner: prefill [BOS bytes BOI] then one step per token
const L = 6, H = 8, D = 32, T0 = performance.now();
let ids = spec.promptIds.concat([258]);
let pos = spec.promptIds.map((_, i) => i).concat([160]);
let pk = new ort.Tensor('float32', new Float32Array(0), [L, 1, H, 0, D]), pv = pk;
const layout = [];
for (let j = 0; j < 256; j++) {
  const total = pk.dims[3] + ids.length;
  const out = await planner.run({ input_ids: new ort.Tensor('int64', i64(ids), [1, ids.length]),
    position_ids: new ort.Tensor('int64', i64(pos), [1, pos.length]),
    attention_mask: new ort.Tensor('int64', i64(Array(total).fill(1)), [1, total]), past_k: pk, past_v: pv });
  const c = sample(out.logits.data, (ids.length - 1) * 512, 512, spec.temperature, spec.topP);
  layout.push(c); pk = out.present_k; pv = out.present_v; ids = [259 + c]; pos = [161 + j];
}
const tPlan = performance.now() - T0;
// ---- expander
const T1 = performance.now();
const ex = await expander.run({ layout: new ort.Tensor('int64', i64(layout), [1, 16, 16]),
  glyph: new ort.Tensor('float32', f32(spec.glyphFile), [1, 1, 256, 256]),
  prompt: new ort.Tensor('int64', i64(spec.promptSlot), [1, 160]) });
const plan64 = [];
const l64 = ex.logits64.data;
for (let i = 0; i < 4096; i++) { let b = 0; for (let k = 1; k < 1024; k++) if (l64[i * 1024 + k] > l64[i * 1024 + b]) b = k; plan64.push(b); }
const tExpand = performance.now() - T1;
// ---- decoder: batch 2 = [with plan, plan dropped]
const T2 = performance.now();
const x = f32(spec.noiseFile);
const shift = (t) => (spec.shift * t) / (1 + (spec.shift - 1) * t);
const ts = [...Array(spec.steps + 1).keys()].map((i) => shift(1 - i / spec.steps));
const p16 = i64([...Array(256).fill(512), ...Array(256).fill(512)]);
const p32 = i64([...Array(1024).fill(1024), ...Array(1024).fill(1024)]);
const p64 = i64([...plan64, ...Array(4096).fill(1024)]);
const text = i64([...spec.textIds, ...spec.textIds]);
const N = 3 * 256 * 256;
for (let i = 0; i < spec.steps; i++) {
  const xx = new Float32Array(2 * N); xx.set(x, 0); xx.set(x, N);
  const v = (await decoder.run({ x: new ort.Tensor('float32', xx, [2, 3, 256, 256]),
    t: new ort.Tensor('float32', Float32Array.from([ts[i], ts[i]]), [2]),
    plan16: new ort.Tensor('int64', p16, [2, 16, 16]), plan32: new ort.Tensor('int64', p32, [2, 32, 32]),
    plan64: new ort.Tensor('int64', p64, [2, 64, 64]), text: new ort.Tensor('int64', text, [2, 24]) })).velocity.data;
  const dt = ts[i + 1] - ts[i];
  for (let k = 0; k < N; k++) { const vu = v[N + k]; x[k] += dt * (vu + spec.guidance * (v[k] - vu)); }
}
const tDecode = performance.now() - T2;
writeFileSync(spec.outFile, Buffer.from(x.buffer));
console.log(JSON.stringify({ layout, plan64, ms: { plan256: tPlan, perPlannerToken: tPlan / 256, expand: tExpand,
  decode: tDecode, perDecoderStepB2: tDecode / spec.steps, total: tPlan + tExpand + tDecode } }));
