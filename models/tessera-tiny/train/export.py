"""ONNX export (opset 17) of the three networks, and a check against torch with onnxruntime
when it is importable (it is on the GPU machine; Debian has no Python onnxruntime)."""
import copy
import inspect
import os

import numpy as np
import torch

from common import BOI_POS, K, PROMPT_SLOT, TEXT_LEN

OPSET = 17


class PlannerStep(torch.nn.Module):
    def __init__(self, planner):
        super().__init__()
        self.p = planner

    def forward(self, input_ids, position_ids, attention_mask, past_k, past_v):
        return self.p.step(input_ids, position_ids, attention_mask, past_k, past_v)


def fix_output_dims(path, static):
    """The tracer names fixed output dims symbolically; write the known sizes into the graph so a
    manifest check can compare them ({output: [dim or 'symbol', ...]})."""
    import onnx
    m = onnx.load(path)
    for o in m.graph.output:
        if o.name in static:
            for d, v in zip(o.type.tensor_type.shape.dim, static[o.name]):
                if isinstance(v, str):
                    d.dim_param = v
                else:
                    d.ClearField("dim_param")
                    d.dim_value = v
    onnx.checker.check_model(m)
    onnx.save(m, path)


def _export(module, args, path, inputs, outputs, dynamic):
    kw = dict(input_names=inputs, output_names=outputs, dynamic_axes=dynamic, opset_version=OPSET,
              do_constant_folding=True)
    has_dynamo = "dynamo" in inspect.signature(torch.onnx.export).parameters
    if has_dynamo:
        kw["dynamo"] = False  # the TorchScript exporter: dynamic_axes, stable names
    try:
        with torch.no_grad():
            torch.onnx.export(module, args, path, **kw)
    except Exception as e:
        if not has_dynamo:
            raise
        print(f"[export] TorchScript exporter failed ({e!r}); trying dynamo=True", flush=True)
        kw["dynamo"] = True
        kw.pop("do_constant_folding")
        with torch.no_grad():
            prog = torch.onnx.export(module, args, path, **kw)
        if prog is not None and not os.path.exists(path):
            prog.save(path)
    import onnx
    m = onnx.load(path)
    onnx.checker.check_model(m)
    return os.path.getsize(path)


def cpu_copy(model):
    return copy.deepcopy(model).float().cpu().eval()


def planner_example(m, b=1, t=4, past=3):
    L, H, D = m.layers, m.heads, m.d // m.heads
    g = torch.Generator().manual_seed(0)
    return (torch.randint(0, 256, (b, t), generator=g), torch.arange(past, past + t)[None].repeat(b, 1),
            torch.ones(b, past + t, dtype=torch.long),
            torch.randn(L, b, H, past, D, generator=g) * 0.1, torch.randn(L, b, H, past, D, generator=g) * 0.1)


def export_planner(model, path):
    m = cpu_copy(model)
    return _export(
        PlannerStep(m), planner_example(m), path,
        ["input_ids", "position_ids", "attention_mask", "past_k", "past_v"],
        ["logits", "present_k", "present_v"],
        {"input_ids": {0: "batch", 1: "new"}, "position_ids": {0: "batch", 1: "new"},
         "attention_mask": {0: "batch", 1: "total"},
         "past_k": {1: "batch", 3: "past"}, "past_v": {1: "batch", 3: "past"},
         "logits": {0: "batch", 1: "new"}, "present_k": {1: "batch", 3: "total"},
         "present_v": {1: "batch", 3: "total"}})


def expander_example(b=1):
    g = torch.Generator().manual_seed(1)
    pr = torch.full((b, PROMPT_SLOT), 256, dtype=torch.long)
    pr[:, 0] = 257
    pr[:, 1:30] = torch.randint(32, 127, (b, 29), generator=g)
    return (torch.randint(0, K[16], (b, 16, 16), generator=g), torch.rand(b, 1, 256, 256, generator=g), pr)


def export_expander(model, path):
    _export(cpu_copy(model), expander_example(), path, ["layout", "glyph", "prompt"],
            ["logits32", "logits64"],
            {"layout": {0: "batch"}, "glyph": {0: "batch"}, "prompt": {0: "batch"},
             "logits32": {0: "batch"}, "logits64": {0: "batch"}})
    fix_output_dims(path, {"logits32": ["batch", 32, 32, K[32]], "logits64": ["batch", 64, 64, K[64]]})
    return os.path.getsize(path)


def decoder_example(b=1):
    g = torch.Generator().manual_seed(2)
    return (torch.randn(b, 3, 256, 256, generator=g), torch.rand(b, generator=g),
            torch.randint(0, K[16] + 1, (b, 16, 16), generator=g),
            torch.full((b, 32, 32), K[32], dtype=torch.long),
            torch.randint(0, K[64], (b, 64, 64), generator=g),
            torch.randint(0, 90, (b, TEXT_LEN), generator=g))


def export_decoder(model, path):
    _export(cpu_copy(model), decoder_example(), path,
            ["x", "t", "plan16", "plan32", "plan64", "text"], ["velocity"],
            {k: {0: "batch"} for k in ["x", "t", "plan16", "plan32", "plan64", "text", "velocity"]})
    fix_output_dims(path, {"velocity": ["batch", 3, 256, 256]})
    return os.path.getsize(path)


def _ort(path):
    try:
        import onnxruntime as ort
    except ImportError:
        return None
    so = ort.SessionOptions()
    so.intra_op_num_threads = 4
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


@torch.no_grad()
def verify(kind, model, path):
    """-> dict with max abs diff between torch (fp32, CPU) and onnxruntime, or a note."""
    sess = _ort(path)
    if sess is None:
        return {"ort": "onnxruntime not importable here"}
    m = cpu_copy(model)
    if kind == "planner":
        # prefill from an empty cache, then two single-token steps, fed back from ORT's own cache
        L, H, D = m.layers, m.heads, m.d // m.heads
        ids = torch.tensor([[257] + list(b"red poster, headline \"HI\" at top") + [258]])
        pos = torch.tensor([list(range(ids.shape[1] - 1)) + [BOI_POS]])
        pk = torch.zeros(L, 1, H, 0, D)
        pv = torch.zeros(L, 1, H, 0, D)
        worst = 0.0
        for s in range(3):
            mask = torch.ones(1, pk.shape[3] + ids.shape[1], dtype=torch.long)
            ref = m.step(ids, pos, mask, pk, pv)
            out = sess.run(None, {"input_ids": ids.numpy(), "position_ids": pos.numpy(),
                                  "attention_mask": mask.numpy(), "past_k": pk.numpy(), "past_v": pv.numpy()})
            worst = max(worst, max(float(np.abs(a - r.numpy()).max()) for a, r in zip(out, ref)))
            nxt = int(ref[0][0, -1].argmax())
            pk, pv = ref[1], ref[2]
            ids = torch.tensor([[259 + nxt]])
            pos = torch.tensor([[BOI_POS + 1 + s]])
        return {"ort_max_abs_diff": worst, "checked": "prefill (past 0) + 2 cached steps"}
    if kind == "expander":
        ex = expander_example(2)
        ref = m(*ex)
        out = sess.run(None, {"layout": ex[0].numpy(), "glyph": ex[1].numpy(), "prompt": ex[2].numpy()})
    else:
        ex = decoder_example(2)
        ref = (m(*ex),)
        out = sess.run(None, dict(zip(["x", "t", "plan16", "plan32", "plan64", "text"], [e.numpy() for e in ex])))
    return {"ort_max_abs_diff": max(float(np.abs(a - r.numpy()).max()) for a, r in zip(out, ref)),
            "checked": "batch 2"}
