"""Check exported ONNX files against torch in onnxruntime-node (no Python onnxruntime needed).

    /usr/bin/python3 tools/ort_check.py [--onnx-dir DIR] [--weights-dir DIR]
    (needs `node` and onnxruntime-node resolvable through NODE_PATH)

Writes reference inputs/outputs to .work/ortcheck/, runs tools/ort_check.mjs per model, prints
the max abs differences and the CPU time per run (planner prefill/step, expander, decoder at
batch 1 and batch 2 = one classifier-free-guidance step).
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import BOI_POS, WORK  # noqa: E402
import codebooks as cb  # noqa: E402
import export as ex  # noqa: E402
from models import Decoder, Expander, Planner  # noqa: E402

OUT = os.path.join(WORK, "ortcheck")


def dump(name, t):
    a = t.detach().cpu().numpy()
    a = a.astype(np.int64 if a.dtype.kind in "iu" else np.float32)
    a.tofile(os.path.join(OUT, name + ".bin"))
    return {"dtype": "int64" if a.dtype == np.int64 else "float32", "dims": list(a.shape), "file": name + ".bin"}


def run_node(spec):
    p = os.path.join(OUT, spec["name"] + ".json")
    json.dump(spec, open(p, "w"))
    r = subprocess.run(["node", os.path.join(os.path.dirname(os.path.abspath(__file__)), "ort_check.mjs"), p],
                       capture_output=True, text=True)
    if r.returncode:
        print(r.stderr)
        raise SystemExit(r.returncode)
    rep = json.loads(r.stdout)
    for c in rep["cases"]:
        print(spec["name"], c["name"], {k: v["maxAbsDiff"] for k, v in c["diffs"].items()}, "ms/run", c["msPerRun"])
    return rep


@torch.no_grad()
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx-dir", default=os.path.join(WORK, "onnx"))
    ap.add_argument("--weights-dir", default=WORK)
    ap.add_argument("--time", type=int, default=3)
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    books = cb.load(os.path.join(WORK, "codebooks.bin"))
    ld = lambda m, n: (m.load_state_dict(torch.load(os.path.join(a.weights_dir, n + ".pt"), map_location="cpu")), m.eval())[1]
    P, E, D = ld(Planner(), "planner"), ld(Expander(books[16]), "expander"), ld(Decoder(books), "decoder")
    results = {}
    # planner: prefill with empty cache, then one step with the returned cache
    L, H, Dh = P.layers, P.heads, P.d // P.heads
    ids = torch.tensor([[257] + list(b'teal poster, red circle top left, headline "SALE 50" at top center') + [258]])
    pos = torch.tensor([list(range(ids.shape[1] - 1)) + [BOI_POS]])
    mask = torch.ones_like(ids)
    e = torch.zeros(L, 1, H, 0, Dh)
    lo, pk, pv = P.step(ids, pos, mask, e, e)
    ids2, pos2, mask2 = torch.tensor([[259 + 5]]), torch.tensor([[BOI_POS + 1]]), torch.ones(1, ids.shape[1] + 1, dtype=torch.long)
    lo2, pk2, pv2 = P.step(ids2, pos2, mask2, pk, pv)
    f = lambda s, *t: dict(zip(["input_ids", "position_ids", "attention_mask", "past_k", "past_v"], [dump(f"p{s}_{i}", x) for i, x in enumerate(t)]))
    g = lambda s, *t: dict(zip(["logits", "present_k", "present_v"], [dump(f"p{s}_o{i}", x) for i, x in enumerate(t)]))
    results["planner"] = run_node({"name": "planner", "model": os.path.join(a.onnx_dir, "planner.onnx"), "cases": [
        {"name": "prefill", "feeds": f("a", ids, pos, mask, e, e), "expect": g("a", lo, pk, pv), "time": a.time},
        {"name": "step", "feeds": f("b", ids2, pos2, mask2, pk, pv), "expect": g("b", lo2, pk2, pv2), "time": 20}]})
    # expander
    exa = ex.expander_example(1)
    o32, o64 = E(*exa)
    results["expander"] = run_node({"name": "expander", "model": os.path.join(a.onnx_dir, "expander.onnx"), "cases": [
        {"name": "b1", "feeds": dict(zip(["layout", "glyph", "prompt"], [dump(f"e_{i}", x) for i, x in enumerate(exa)])),
         "expect": {"logits32": dump("e_o0", o32), "logits64": dump("e_o1", o64)}, "time": a.time}]})
    # decoder at batch 1 and 2
    cases = []
    for b in (1, 2):
        dx = ex.decoder_example(b)
        v = D(*dx)
        cases.append({"name": f"b{b}", "feeds": dict(zip(["x", "t", "plan16", "plan32", "plan64", "text"], [dump(f"d{b}_{i}", x) for i, x in enumerate(dx)])),
                      "expect": {"velocity": dump(f"d{b}_o", v)}, "time": a.time})
    results["decoder"] = run_node({"name": "decoder", "model": os.path.join(a.onnx_dir, "decoder.onnx"), "cases": cases})
    json.dump(results, open(os.path.join(OUT, "report.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
