"""Write ../../model.json from the package's files (sha256, sizes, tensor signatures read from the
ONNX graphs) and the contract below. Run after replacing any file of the package:

    /usr/bin/python3 tools/write_manifest.py
"""
import hashlib
import json
import os
import sys

import onnx

HERE = os.path.dirname(os.path.abspath(__file__))
TRAIN = os.path.dirname(HERE)
PKG = os.path.dirname(TRAIN)
sys.path.insert(0, TRAIN)
from common import (BOI_POS, BOS_ID, CANVAS, IMG0, K, PAD_ID, PROMPT_SLOT, TEXT_LEN)  # noqa: E402

DT = {1: "float32", 2: "uint8", 7: "int64"}


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def rel(path):
    return os.path.relpath(path, PKG)


def signature(path):
    m = onnx.load(path, load_external_data=False)
    io = lambda vs: [{"name": v.name, "dtype": DT[v.type.tensor_type.elem_type],
                      "shape": [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]} for v in vs]
    return {"opset": m.opset_import[0].version, "inputs": io(m.graph.input), "outputs": io(m.graph.output)}


def file_entry(path):
    return {"path": rel(path), "bytes": os.path.getsize(path), "sha256": sha(path)}


def upscale_stage(onnx_dir, factor):
    """Not trained here: written by `pnpm --filter @tessera/inference run convert:upscaler`, which
    records licence and origin in the ONNX file's metadata_props; copy them from there."""
    path = os.path.join(onnx_dir, f"upscale-x{factor}.onnx")
    meta = {p.key: p.value for p in onnx.load(path, load_external_data=False).metadata_props}
    return {**file_entry(path), **signature(path), "factor": factor,
            "layout": "NCHW RGB; image: float32 0-255; upscaled: float32 ~0-255, unclamped (clamp and round to "
                      "bytes); height and width are free, tile large inputs (packages/inference/src/upscale)",
            "licence": f"{meta['licence']}, {meta['copyright']} (onnx/LICENSE-upscale.txt)",
            "origin": f"{meta['origin']} ({meta['project']}); {meta['architecture']}; converted by {meta['converter']}"}


def main():
    cbj = json.load(open(os.path.join(PKG, "codebooks", "codebooks.json")))
    books = {c["grid"]: c for c in cbj["codebooks"]}
    onnx_dir = os.path.join(PKG, "onnx")
    stage = lambda n: {**file_entry(os.path.join(onnx_dir, f"{n}.onnx")), **signature(os.path.join(onnx_dir, f"{n}.onnx"))}
    metrics = json.load(open(os.path.join(TRAIN, "results", "metrics.json")))
    ev = metrics.get("eval", {})
    man = {
        "format": "tessera.model", "version": 1, "id": "tessera-tiny", "revision": 1,
        "description": "A tiny plan-first, render-second model family trained from scratch on procedural posters: "
                       "byte-level prompt -> 16x16 layout plan (AR transformer) -> 32x32 / 64x64 fine plan "
                       "(parallel expander) -> 256x256 RGB (rectified-flow denoiser).",
        "canvas": {"width": CANVAS, "height": CANVAS, "channels": 3},
        "tokenizer": {
            "type": "bytes", "note": "ByT5-like, no weights: UTF-8 bytes of the prompt",
            "ids": {"byte": "0..255", "pad": PAD_ID, "bos": BOS_ID, "boi": 258, "layoutCodeOffset": IMG0},
            "promptSlot": PROMPT_SLOT, "maxPromptBytes": PROMPT_SLOT - 1,
            "truncate": "bytes beyond maxPromptBytes are dropped (may split a UTF-8 sequence; harmless)",
            "positions": {"prompt": "BOS at 0, prompt byte i at 1+i", "boi": BOI_POS,
                          "layoutToken": f"code j (0..255, raster order) is fed at position {BOI_POS + 1}+j"},
        },
        # How prompts are read (packages/inference/src/prompt-language): everyday phrasings are turned
        # into the caption grammar of scenes.py before tokenizing; MODEL_CARD.md "Prompt language".
        "promptLanguage": "tessera-posters/1",
        "glyphs": {**file_entry(os.path.join(PKG, "glyph_atlas.json")),
                   "font": "DejaVu Sans Bold (Bitstream Vera licence), pre-rendered; no font rendering at run time",
                   "rule": "train/glyphs.py and README.md 'Glyph map'; heldout_prompts.json has sha256 test vectors",
                   "sizesPx": [42, 34, 28], "maxWidthPx": 232, "rowCenters": [43, 128, 213],
                   "marginPx": 12},
        "codebooks": {**file_entry(os.path.join(PKG, "codebooks", "codebooks.bin")),
                      "description": rel(os.path.join(PKG, "codebooks", "codebooks.json")),
                      "layout": cbj["layout"],
                      "grids": [{"grid": g, "patch": c["patch"], "K": c["K"], "nullId": c["K"], "offset": c["offset"],
                                 "length": c["length"], "sha256": c["sha256"]} for g, c in sorted(books.items())],
                      "preview": "pixel (y, x) of a G-grid plan = centroid[plan[y//p][x//p]][y%p][x%p] (uint8 RGB)"},
        "stages": {
            "ar.plan": {
                **stage("planner"), "grid": 16, "codebookSha256": books[16]["sha256"],
                "architecture": {"type": "decoder-only transformer", "layers": 6, "heads": 8, "headDim": 32,
                                 "dModel": 256, "params": metrics.get("planner", {}).get("params")},
                "kvCache": "prefill: input_ids = [BOS, bytes..., BOI], position_ids = [0..n-1, 160], past_k/past_v "
                           "with past = 0, attention_mask all ones of length past+new; then one token per step: "
                           "input_ids = [259 + code], position_ids = [161 + j], past = the previous present_*. "
                           "logits[:, -1] are over the 512 layout codes. attention_mask 0 masks padding (e.g. "
                           "batched CFG prompts of different lengths, left-padded with id 256).",
                "defaults": {"temperature": 0.9, "topP": 0.75, "topK": 0, "cfg": "optional: the unconditional "
                             "prompt is [BOS] alone (trained with 10% prompt dropout)"},
                "recommendedSession": {"intraOpNumThreads": 1},
            },
            "plan.expand": {
                **stage("expander"), "grids": [32, 64],
                "codebookSha256": {"in16": books[16]["sha256"], "out32": books[32]["sha256"], "out64": books[64]["sha256"]},
                "inputs_meaning": {
                    "layout": "the 16x16 layout plan (codes 0..511)",
                    "glyph": "headline glyph map, uint8 alpha / 255 (see glyphs); all zeros when the prompt has no quoted text",
                    "prompt": "[BOS, prompt bytes..., PAD...] padded with 256 to 160",
                },
                "decode": "per cell: argmax (default, what was evaluated) or sample softmax(logits / T) with the seed",
            },
            "diffusion.decode": {
                **stage("decoder"), "codebookSha256": {str(g): c["sha256"] for g, c in books.items()},
                "inputs_meaning": {
                    "x": "x_t in [-1, 1], NCHW RGB", "t": "time in [0, 1], 1 = pure noise",
                    "plan16/plan32/plan64": "give the plan you have on its own grid and fill the other two with "
                                             "their null id (512 / 1024 / 1024); all null = plan dropped",
                    "text": "UTF-8 bytes of the quoted text after normalisation and fitting (see glyphs), 0-padded to 24",
                },
                "sampler": {"type": "rectified-flow Euler", "steps": 20, "guidance": 1.5, "shift": 2.0,
                            "noise": "x_1 ~ N(0, I) [1,3,256,256]",
                            "schedule": "t_i = s*u/(1+(s-1)*u), u = 1 - i/steps, i = 0..steps (t_0 = 1, t_steps = 0)",
                            "update": "x <- x + (t_{i+1} - t_i) * v,  v = v_u + g * (v_c - v_u); v_c with the plan, "
                                      "v_u with all plan inputs null and the same text (batch them as B=2)",
                            "output": "image = round((clamp(x_0, -1, 1) + 1) * 127.5) as uint8 RGB"},
            },
            "image.upscale": {"note": "the image.upscale node runs stage upscale-x2 or upscale-x4 (its factor)"},
            **{f"upscale-x{f}": upscale_stage(onnx_dir, f) for f in (2, 4)},
        },
        "evaluation": {"file": "train/results/metrics.json", "heldoutPrompts": "train/heldout_prompts.json",
                       "summary": ev.get("summary")},
        "licence": {
            "weights": "trained from scratch by this project on procedural data (project licence, MIT)",
            "data": "procedural (train/scenes.py), no external images",
            "font": "DejaVu Sans Bold, Bitstream Vera licence (train/fonts/LICENSE-DejaVu.txt); glyph_atlas.json is "
                    "rendered from it",
            "code": "train/ (project licence, MIT)",
            "upscalers": "onnx/upscale-x2.onnx, onnx/upscale-x4.onnx: pretrained weights from @upscalerjs/esrgan-slim "
                         "(MIT, Copyright (c) 2022 Kevin Scott; notice in onnx/LICENSE-upscale.txt), converted by "
                         "packages/inference/src/upscale/convert",
        },
        "training": {"recipe": "train/train_all.py", "device": metrics.get("device"), "torch": metrics.get("torch"),
                     "timingsSeconds": metrics.get("timings_seconds")},
    }
    with open(os.path.join(PKG, "model.json"), "w") as f:
        json.dump(man, f, indent=2)
        f.write("\n")
    print("wrote", os.path.join(PKG, "model.json"))


if __name__ == "__main__":
    main()
