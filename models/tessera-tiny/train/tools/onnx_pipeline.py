"""Run the exported ONNX pipeline in onnxruntime-node for a few held-out prompts (no Python
onnxruntime needed) and write a strip PNG; prints per-stage CPU times.

    NODE_PATH=/path/to/node_modules /usr/bin/python3 tools/onnx_pipeline.py [--n 4] [--onnx-dir ../onnx]
"""
import argparse
import json
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from common import HELDOUT_PATH, PAD_ID, PROMPT_SLOT, WORK, prompt_ids  # noqa: E402
from glyphs import glyph_map_for_prompt, text_ids  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=4)
    ap.add_argument("--onnx-dir", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "onnx"))
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--out", default=os.path.join(WORK, "onnx_pipeline.png"))
    a = ap.parse_args()
    from PIL import Image
    d = os.path.join(WORK, "onnx_pipeline")
    os.makedirs(d, exist_ok=True)
    recs = json.load(open(HELDOUT_PATH))["prompts"][:a.n]
    imgs, times = [], []
    for i, r in enumerate(recs):
        p = r["prompt"]
        ids = prompt_ids(p)
        (glyph_map_for_prompt(p).astype(np.float32) / 255).tofile(os.path.join(d, f"g{i}.bin"))
        np.random.default_rng(i).standard_normal((3, 256, 256)).astype(np.float32).tofile(os.path.join(d, f"n{i}.bin"))
        spec = {"onnxDir": os.path.abspath(a.onnx_dir), "promptIds": ids, "promptSlot": ids + [PAD_ID] * (PROMPT_SLOT - len(ids)),
                "textIds": text_ids(p), "glyphFile": os.path.join(d, f"g{i}.bin"), "noiseFile": os.path.join(d, f"n{i}.bin"),
                "outFile": os.path.join(d, f"x{i}.bin"), "seed": i + 1, "temperature": 0.9, "topP": 0.75,
                "steps": a.steps, "guidance": 1.5, "shift": 2.0, "threads": 2}
        json.dump(spec, open(os.path.join(d, f"s{i}.json"), "w"))
        res = subprocess.run(["node", os.path.join(HERE, "onnx_pipeline.mjs"), os.path.join(d, f"s{i}.json")],
                             capture_output=True, text=True, check=True)
        out = json.loads(res.stdout)
        times.append(out["ms"])
        print(p, {k: round(v) for k, v in out["ms"].items()}, flush=True)
        x = np.fromfile(spec["outFile"], np.float32).reshape(3, 256, 256)
        imgs.append(((np.clip(x, -1, 1) + 1) * 127.5).round().astype(np.uint8).transpose(1, 2, 0))
    Image.fromarray(np.concatenate(imgs, 1)).save(a.out)
    print("mean ms", {k: round(float(np.mean([t[k] for t in times])), 1) for k in times[0]})
    print("wrote", a.out)


if __name__ == "__main__":
    main()
