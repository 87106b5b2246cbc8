"""Int8 quantization of the lean planner step's weight matrices (tools/lean_planner.py's graph).

    /usr/bin/python3 tools/quantize_planner.py SRC.onnx DST.onnx [--block 32]

Every MatMul whose second input is a float32 2-D initializer of at least --min-size elements (per
layer qkv, proj, fc1, fc2, and the head: 4.06 M of the 4.39 M parameters) becomes one onnxruntime
contrib node com.microsoft::MatMulNBits(bits=8, block_size=--block, accuracy_level=4), and the
bias Add that follows it (MatMul -> Add(bias) in the lean graph) is folded into that node's bias
input. The token / position embeddings, LayerNorms, biases and the attention arithmetic
(activation x activation MatMuls) stay float32. Inputs, outputs, their names, dtypes and shapes
are SRC's, so the runtime is unchanged.

Weights: symmetric, one scale per output column and block of --block input rows,
w ~ (q - 128) * scale with scale = max|w| / 127 over the block (q stored as uint8, MatMulNBits'
default zero point 128). accuracy_level 4: onnxruntime quantizes the activation to int8 at run
time, per row and per block of --block inputs, and runs an int8 GEMM on the pre-packed weights
(VNNI where the CPU has it). Each row is quantized on its own, so batch rows stay independent
(a row's result does not depend on the other rows of the batch or on how many rows there are).

Not used, and why: DynamicQuantizeMatMul quantizes the activation per *tensor*, so batch rows
(CFG pairs, left-padded prompts) and the prompt rows of a prefill change each other's results;
MatMulNBits bits=8 with float activations (accuracy_level 0/1) is ~4x slower than fp32 here;
bits=4 is ~25 % faster than bits=8 but its plans drift (mean KL of the next-code distribution
to fp32 ~1e-2 vs ~1e-4 for bits=8).

Run-time quantization of activations makes the result a step function of them: float noise of
~1e-6 (e.g. the KV-cached step vs re-running the whole sequence, which sum attention in another
order) occasionally moves an activation across a rounding boundary, so the two paths agree on the
codes but their probabilities differ by up to ~1e-2 (fp32: ~1e-5).

SRC must be a float graph: keep the fp32 lean planner (train_all's .work/planner.lean.fp32.onnx);
lean_planner.py cannot read this tool's output back. Check and time the result against SRC with
tools/lean_planner_check.mjs (its 1e-4 `pass` is for float rewrites; expect logits within ~0.5).
"""
import argparse

import numpy as np
import onnx
from onnx import helper, numpy_helper

MS = "com.microsoft"


def quant_blocks(w, block):
    """w [K,N] float32 -> (q uint8 [N, K/block, block], scale float32 [N * K/block]) with
    w[k, n] ~ (q[n, k // block, k % block] - 128) * scale[n * K/block + k // block]."""
    k, n = w.shape
    assert k % block == 0, (k, block)
    wb = w.T.reshape(n, k // block, block)
    amax = np.abs(wb).max(axis=2)
    scale = np.where(amax > 0, amax / 127.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(wb / scale[:, :, None]), -127, 127).astype(np.int16) + 128
    return q.astype(np.uint8), scale.reshape(-1)


def dequant_blocks(q, scale, k, n):
    return ((q.astype(np.float32) - 128) * scale.reshape(n, -1, 1)).reshape(n, k).T


def quantize(model, block=32, min_size=16384):
    g = model.graph
    init = {i.name: i for i in g.initializer}
    consumers = {}
    for n in g.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    new_inits, drop, replaced, report = [], set(), {}, []
    for n in g.node:
        if n.op_type != "MatMul" or n.input[1] not in init:
            continue
        w = numpy_helper.to_array(init[n.input[1]])
        if w.dtype != np.float32 or w.ndim != 2 or w.size < min_size:
            continue
        k, nn = w.shape
        wname, out = n.input[1], n.output[0]
        bias, add = "", None  # fold a following Add of a float32 [N] initializer (the layer's bias)
        cons = consumers.get(out, [])
        if len(cons) == 1 and cons[0].op_type == "Add" and out not in {o.name for o in g.output}:
            other = [x for x in cons[0].input if x != out]
            if len(other) == 1 and other[0] in init:
                b = numpy_helper.to_array(init[other[0]])
                if b.dtype == np.float32 and b.shape == (nn,):
                    bias, add = other[0], cons[0]
        q, scale = quant_blocks(w, block)
        new_inits += [numpy_helper.from_array(q, f"{wname}.q8"), numpy_helper.from_array(scale, f"{wname}.scale")]
        inputs = [n.input[0], f"{wname}.q8", f"{wname}.scale"] + (["", "", bias] if bias else [])
        replaced[id(n)] = helper.make_node(
            "MatMulNBits", inputs, [add.output[0] if add else out], name=f"{n.name}_q8", domain=MS,
            K=k, N=nn, bits=8, block_size=block, accuracy_level=4)
        if add is not None:
            drop.add(id(add))
        report.append((wname, k, nn, float(np.abs(dequant_blocks(q, scale, k, nn) - w).max())))
    nodes = [replaced.get(id(n), n) for n in g.node if id(n) not in drop]
    used = {x for n in nodes for x in n.input}
    inits = [i for i in g.initializer if i.name in used] + new_inits
    graph = helper.make_graph(nodes, g.name, list(g.input), list(g.output), inits)
    # the default domain first: write_manifest.py reports opset_import[0] as the graph's opset
    opsets = sorted((o for o in model.opset_import if o.domain != MS), key=lambda o: o.domain != "")
    opsets.append(helper.make_opsetid(MS, 1))
    out = helper.make_model(graph, opset_imports=opsets, producer_name="tessera quantize_planner.py")
    out.ir_version = model.ir_version
    out.doc_string = (model.doc_string + f"; weight matrices int8 (MatMulNBits bits 8, block {block}, "
                      "accuracy_level 4) by train/tools/quantize_planner.py")
    onnx.checker.check_model(out)
    return out, report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--block", type=int, default=32, help="input rows per weight scale (and per activation scale)")
    ap.add_argument("--min-size", type=int, default=16384, help="smallest weight matrix quantized (elements)")
    a = ap.parse_args()
    src = onnx.load(a.src)
    out, report = quantize(src, a.block, a.min_size)
    onnx.save(out, a.dst)
    nq = sum(k * n for _, k, n, _ in report)
    total = sum(int(np.prod(i.dims)) for i in src.graph.initializer)
    print(f"{a.dst}: {len(report)} MatMuls -> int8 (block {a.block}), {nq} of {total} parameters, "
          f"{len(out.graph.node)} nodes (source {len(src.graph.node)}), "
          f"max |w - dequant(w)| {max(e for *_, e in report):.2e}")


if __name__ == "__main__":
    main()
