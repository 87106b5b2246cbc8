"""Lean re-export of the planner step (ar.plan): the same weights and the same I/O contract as the
TorchScript export of `models.Planner.step` (export.py), written with onnx.helper directly so a
step runs ~200 nodes instead of ~530 (no per-layer Shape/Gather/Unsqueeze/Concat shape arithmetic).

    /usr/bin/python3 tools/lean_planner.py SRC.onnx DST.onnx [--exact]

SRC is a TorchScript export of the planner (the weights are read from its initializers); DST gets
the lean graph. The computation follows Planner.step op for op:
  x = tok[input_ids] + pos[position_ids]
  bias[b,0,i,j] = 0 if (j <= i + past and attention_mask[b,j] > 0) else -1e9
  per block: qkv = LN1(x) @ Wqkv + b; k,v appended to past; softmax(q k^T * 1/sqrt(32) + bias) v;
             x += proj; x += fc2(gelu_erf(fc1(LN2(x))))
  logits = LN(x) @ Whead; present_* = the per-layer caches stacked on axis 0.
Per layer q/k/v stay 5-D ([1,B,H,T,D]) so the caches split from past_* and stack into present_*
without Unsqueeze/Gather nodes.

Default (what ships, once tools/quantize_planner.py has made its weight matrices int8): the
residual stream is 2-D [B*T,256] (ORT fuses MatMul + bias into Gemm)
and each layer scores the past and the new keys separately (one softmax over both, then
P_past @ V_past + P_new @ V_new), so the cache is not copied per layer; present_* =
Concat(past_*, new keys of all layers). That reorders a few float sums: ~1e-5 from the source in
logits, ~3e-6 in present_*.
--exact: keeps the TorchScript graph's order of float operations (3-D stream, per-layer Concat of
the cache); in onnxruntime its outputs are bit-identical to the source's, ~4-7 % slower per decode.

Check and time against the source in onnxruntime-node with tools/lean_planner_check.mjs.
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

L, H, D, DM = 6, 8, 32, 256


def read_weights(src):
    """-> {name: np.ndarray}: p.* initializers as named, and the (unnamed, transposed) MatMul
    weights assigned by following each MatMul to the bias Add it feeds (head: the MatMul to logits).
    SRC may also be a graph this tool wrote."""
    m = onnx.load(src)
    g = m.graph
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    consumers = {}
    for n in g.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    w = {k: v for k, v in init.items() if k.startswith("p.")}
    for n in g.node:
        if n.op_type != "MatMul" or n.input[1] not in init:
            continue
        if n.output[0] == "logits" or n.input[1] == "head":  # (a lean graph's head feeds a Reshape)
            w["head"] = init[n.input[1]]
            continue
        (add,) = consumers[n.output[0]]
        bias = [x for x in add.input if x.startswith("p.blocks.")]
        assert add.op_type == "Add" and len(bias) == 1, (n.name, add.op_type, add.input)
        w[bias[0][2:].replace(".bias", ".weight_t")] = init[n.input[1]]
    for i in range(L):
        for lin in ("qkv", "proj", "fc1", "fc2"):
            assert f"blocks.{i}.{lin}.weight_t" in w, (i, lin)
    assert "head" in w
    return m, w


def build(src_model, w, exact=False):
    nodes, inits = [], []
    cnt = [0]

    def const(name, arr):
        inits.append(numpy_helper.from_array(np.asarray(arr), name))
        return name

    def op(kind, inputs, name=None, outputs=1, **attrs):
        cnt[0] += 1
        base = name or f"{kind}_{cnt[0]}"
        outs = [base] if outputs == 1 else [f"{base}_{j}" for j in range(outputs)]
        nodes.append(helper.make_node(kind, inputs, outs, name=f"n{cnt[0]}_{kind}", **attrs))
        return outs[0] if outputs == 1 else outs

    f32 = lambda a: np.asarray(a, dtype=np.float32)
    i64 = lambda a: np.asarray(a, dtype=np.int64)
    for k, v in w.items():
        const(k, f32(v))
    c_scale = const("c_scale", f32(1.0 / np.sqrt(D)))  # == torch's (1.0 / math.sqrt(32)) as float32
    c_sqrt2 = const("c_sqrt2", f32(np.sqrt(2.0)))
    c_one = const("c_one", f32(1.0))
    c_half = const("c_half", f32(0.5))
    c_big = const("c_big", f32(1e9))
    c_zero_i = const("c_zero_i", i64(0))
    c_axes12 = const("c_axes12", i64([1, 2]))

    # embeddings; in the fast graph the residual stream is 2-D [B*T, 256] (MatMul + bias -> Gemm)
    x = op("Add", [op("Gather", ["p.tok.weight", "input_ids"]), op("Gather", ["p.pos.weight", "position_ids"])])
    if exact:
        qkv_shape = const("c_qkv_shape", i64([0, 0, 3, H, D]))
        o_shape = const("c_o_shape", i64([0, 0, DM]))
    else:
        bt = op("Shape", ["input_ids"])  # [B, T]
        o_shape = const("c_o_shape", i64([-1, DM]))
        x = op("Reshape", [x, o_shape])
        qkv_shape = op("Concat", [bt, const("c_3hd", i64([3, H, D]))], axis=0)
        logits_shape = op("Concat", [bt, const("c_vocab", i64([w["head"].shape[1]]))], axis=0)

    # additive mask [B,1,new,total]: causal (key j <= query i + past) and attention_mask > 0
    t_new = op("Shape", ["input_ids"], start=1, end=2)
    t_tot = op("Shape", ["attention_mask"], start=1, end=2)
    t_past = op("Shape", ["past_k"], start=3, end=4)
    ones = op("ConstantOfShape", [op("Concat", [t_new, t_tot], axis=0)],
              value=helper.make_tensor("one", TensorProto.FLOAT, [1], [1.0]))
    causal = op("Trilu", [ones, op("Squeeze", [t_past])], upper=0)
    keyok = op("Cast", [op("Greater", ["attention_mask", c_zero_i])], to=TensorProto.FLOAT)
    allowed = op("Mul", [causal, op("Unsqueeze", [keyok, c_axes12])])
    bias = op("Mul", [op("Sub", [allowed, c_one]), c_big])  # 0 -> -1e9, 1 -> 0
    if not exact:
        psplit = op("Concat", [t_past, t_new], axis=0)  # softmax columns: past keys, new keys

    pks = op("Split", ["past_k"], outputs=L, axis=0)  # each [1,B,H,P,D]
    pvs = op("Split", ["past_v"], outputs=L, axis=0)
    ks, vs = [], []
    for i in range(L):
        b = f"p.blocks.{i}"
        h = op("LayerNormalization", [x, f"{b}.ln1.weight", f"{b}.ln1.bias"], axis=-1, epsilon=1e-5)
        qkv = op("Add", [f"{b}.qkv.bias", op("MatMul", [h, f"blocks.{i}.qkv.weight_t"])])
        if exact:  # [B,T,3,H,D] -> [3,B,H,T,D] -> 3 x [1,B,H,T,D]
            qkv = op("Transpose", [op("Reshape", [qkv, qkv_shape])], perm=[2, 0, 3, 1, 4])
            q, k, v = op("Split", [qkv], outputs=3, axis=0)
        else:  # (split first: ORT's transpose optimizer then leaves the cache alone)
            q, k, v = [op("Transpose", [z], perm=[2, 0, 3, 1, 4])  # [B,T,1,H,D] -> [1,B,H,T,D]
                       for z in op("Split", [op("Reshape", [qkv, qkv_shape])], outputs=3, axis=2)]
        if not exact:
            # scores against the past and the new keys separately: no per-layer copy of the cache
            sp = op("Mul", [op("MatMul", [q, op("Transpose", [pks[i]], perm=[0, 1, 2, 4, 3])]), c_scale])
            sn = op("Mul", [op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 2, 4, 3])]), c_scale])
            s = op("Add", [op("Concat", [sp, sn], axis=-1), bias])
            pp, pn = op("Split", [op("Softmax", [s], axis=-1), psplit], outputs=2, axis=-1)
            o = op("Add", [op("MatMul", [pp, pvs[i]]), op("MatMul", [pn, v])])
            ks.append(k)
            vs.append(v)
        else:
            k = op("Concat", [pks[i], k], axis=3)
            v = op("Concat", [pvs[i], v], axis=3)
            ks.append(k)
            vs.append(v)
            s = op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 2, 4, 3])])
            s = op("Add", [op("Mul", [s, c_scale]), bias])
            o = op("MatMul", [op("Softmax", [s], axis=-1), v])  # [1,B,H,T,D]
        o = op("Reshape", [op("Transpose", [o], perm=[1, 3, 0, 2, 4]), o_shape])  # [B,T,H*D] or [B*T,H*D]
        x = op("Add", [x, op("Add", [f"{b}.proj.bias", op("MatMul", [o, f"blocks.{i}.proj.weight_t"])])])
        h = op("LayerNormalization", [x, f"{b}.ln2.weight", f"{b}.ln2.bias"], axis=-1, epsilon=1e-5)
        h = op("Add", [f"{b}.fc1.bias", op("MatMul", [h, f"blocks.{i}.fc1.weight_t"])])
        g = op("Mul", [op("Mul", [h, op("Add", [op("Erf", [op("Div", [h, c_sqrt2])]), c_one])]), c_half])
        x = op("Add", [x, op("Add", [f"{b}.fc2.bias", op("MatMul", [g, f"blocks.{i}.fc2.weight_t"])])])
    h = op("LayerNormalization", [x, "p.ln.weight", "p.ln.bias"], axis=-1, epsilon=1e-5)
    if exact:
        op("MatMul", [h, "head"], name="logits")
    else:
        op("Reshape", [op("MatMul", [h, "head"]), logits_shape], name="logits")
    if not exact:
        op("Concat", ["past_k", op("Concat", ks, axis=0)], name="present_k", axis=3)
        op("Concat", ["past_v", op("Concat", vs, axis=0)], name="present_v", axis=3)
    else:
        op("Concat", ks, name="present_k", axis=0)
        op("Concat", vs, name="present_v", axis=0)

    sg = src_model.graph
    graph = helper.make_graph(nodes, "tessera_planner_step_lean", list(sg.input), list(sg.output), inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)],
                              producer_name="tessera lean_planner.py")
    model.ir_version = 8
    model.doc_string = ("tessera-tiny planner step (ar.plan), lean export of the TorchScript graph's "
                        "weights by train/tools/lean_planner.py")
    onnx.checker.check_model(model, full_check=True)
    return model


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    src, dst = args
    m, w = read_weights(src)
    lean = build(m, w, exact="--exact" in sys.argv)
    onnx.save(lean, dst)
    print(f"{dst}: {len(lean.graph.node)} nodes (source {len(m.graph.node)}, "
          f"{sum(n.op_type != 'Constant' for n in m.graph.node)} without Constant)")


if __name__ == "__main__":
    main()
