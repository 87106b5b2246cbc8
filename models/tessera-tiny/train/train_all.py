"""The one command: data -> codebooks -> planner | expander | decoder -> ONNX -> evaluation.

    /usr/bin/python3 train_all.py --smoke                      # CPU dry run, a few minutes
    python3 train_all.py --device cuda --budget 430 --out OUT   # the GPU run (about 7 minutes)
    /usr/bin/python3 train_all.py --device cpu --budget 36000   # the same recipe on CPU

Resumable: every stage leaves its result in .work/ and is skipped when that result exists;
training stages resume from their checkpoint. Delete .work/ to start over.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import PAD_ID, PROMPT_SLOT, TEXT_LEN, WORK, prompt_ids  # noqa: E402
import codebooks as cb  # noqa: E402
import data as data_mod  # noqa: E402
from glyphs import text_ids  # noqa: E402
from scenes import HELDOUT_PATH, N_HELDOUT, render, sample_scene, write_heldout  # noqa: E402

STAGES = ("planner", "expander", "decoder")


def say(msg):
    print(f"[train_all {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)


def heldout_arrays(n):
    doc = json.load(open(HELDOUT_PATH))
    imgs, gls, prs, txs = [], [], [], []
    for r in doc["prompts"][:n]:
        img, g = render(sample_scene(r["seed"], heldout=True))
        imgs.append(img)
        gls.append(g)
        ids = prompt_ids(r["prompt"])
        prs.append(ids + [PAD_ID] * (PROMPT_SLOT - len(ids)))
        txs.append(text_ids(r["prompt"], TEXT_LEN))
    return {"images": np.stack(imgs), "glyphs": np.stack(gls), "prompts": np.array(prs, np.int16),
            "texts": np.array(txs, np.uint8)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--smoke", action="store_true", help="tiny CPU dry run of every stage")
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--n", type=int, default=None, help="training scenes (default 50000, smoke 400)")
    ap.add_argument("--budget", type=float, default=None, help="wall-clock seconds for the whole run")
    ap.add_argument("--eval-reserve", type=float, default=None, help="seconds kept for export + eval")
    ap.add_argument("--procs", type=int, default=os.cpu_count())
    ap.add_argument("--sequential", action="store_true", help="train the three networks one after another")
    ap.add_argument("--parallel", action="store_true", help="train the three networks at once (default on cuda)")
    ap.add_argument("--out", default=None, help="copy deliverables here as soon as they exist")
    ap.add_argument("--ocr-dir", default=os.path.join(WORK, "ocr"))
    ap.add_argument("--split-out-mb", type=float, default=0,
                    help="write ONNX files to --out in parts of this many MB (cat *.part* to join)")
    a = ap.parse_args()
    T0 = time.time()
    smoke = a.smoke
    gpu = a.device == "cuda"
    n = a.n or (400 if smoke else 50000)
    budget = a.budget or (240 if smoke else (430 if gpu else 36000))
    reserve = a.eval_reserve or (60 if smoke else (75 if gpu else 900))
    sequential = a.sequential or not (gpu or a.parallel)
    os.makedirs(WORK, exist_ok=True)
    if a.out:
        os.makedirs(a.out, exist_ok=True)
    dev = torch.device(a.device)
    say(f"device {a.device}, torch {torch.__version__}, n={n}, budget {budget:.0f}s, smoke={smoke}")
    timings = {}
    metrics = {"model": "tessera-tiny", "recipe": "models/tessera-tiny/train/train_all.py",
               "args": vars(a), "torch": torch.__version__}

    def flush_metrics():
        metrics["timings_seconds"] = timings
        write_json(os.path.join(WORK, "metrics.json"), metrics)
        if a.out:
            shutil.copy(os.path.join(WORK, "metrics.json"), os.path.join(a.out, "metrics.json"))

    # ---------------------------------------------------------------- 1. data
    t = time.time()
    if not os.path.exists(HELDOUT_PATH):
        write_heldout()
    ddir = os.path.join(WORK, "data")
    if not os.path.exists(os.path.join(ddir, "DONE")):
        data_mod.generate(ddir, n, a.procs)
        open(os.path.join(ddir, "DONE"), "w").write(f"{n}\n")
    n = int(open(os.path.join(ddir, "DONE")).read())
    timings["data"] = round(time.time() - t, 1)
    metrics["data"] = {"train_scenes": n, "heldout_prompts": N_HELDOUT}
    say(f"data ready ({n} scenes) in {timings['data']}s")

    # ---------------------------------------------------------------- 2. codebooks + codes
    t = time.time()
    metrics["device"] = torch.cuda.get_device_name(0) if gpu else "cpu"  # CUDA starts after the fork above
    say(f"device name: {metrics['device']}")
    cbin, cjson = os.path.join(WORK, "codebooks.bin"), os.path.join(WORK, "codebooks.json")
    if not os.path.exists(os.path.join(WORK, "heldout.npz")):
        if gpu:
            torch.backends.cuda.matmul.allow_tf32 = False
        imgs = np.load(os.path.join(ddir, "images.npy"), mmap_mode="r")
        if smoke:
            books = cb.train_codebooks(imgs, dev, sample_images=150, sample_patches=20000, iters=4)
        else:
            books = cb.train_codebooks(imgs, dev, sample_images=4000 if gpu else 1500,
                                       sample_patches=400000 if gpu else 120000, iters=20 if gpu else 12)
        doc = cb.save(books, cbin, cjson)
        t1 = time.time()
        codes = cb.encode(imgs, books, dev)
        np.savez(os.path.join(WORK, "codes.npz"), **{f"codes{g}": c for g, c in codes.items()})
        h = heldout_arrays(8 if smoke else N_HELDOUT)
        hc = cb.encode(h["images"], books, dev)
        h.update({f"codes{g}": c for g, c in hc.items()})
        np.savez(os.path.join(WORK, "heldout.npz"), **h)
        say(f"encoded {n} + {len(h['images'])} images in {time.time() - t1:.1f}s")
        if gpu:
            torch.cuda.empty_cache()
    if a.out:
        shutil.copy(cbin, os.path.join(a.out, "codebooks.bin"))
    metrics["codebooks"] = json.load(open(cjson))
    timings["codebooks"] = round(time.time() - t, 1)
    say(f"codebooks ready in {timings['codebooks']}s")
    flush_metrics()

    # ---------------------------------------------------------------- 3. train (parallel on GPU)
    t = time.time()
    todo = [s for s in STAGES if not os.path.exists(os.path.join(WORK, f"{s}.done"))]
    until = T0 + budget - reserve
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    extra = ["--smoke", "--max-steps", "20"] if smoke else []
    base = [sys.executable, os.path.join(HERE, "train_stage.py"), "--device", a.device] + (
        ["--out", a.out, "--split-out-bytes", str(int(a.split_out_mb * 1e6))] if a.out else [])
    overhead = 45 if gpu else 60  # process start, data load, held-out eval, export
    if not sequential:
        secs = max(20.0, until - time.time() - overhead)
        say(f"training {todo} in parallel, {secs:.0f}s each")
        procs = [subprocess.Popen(base + ["--stage", s, "--seconds", f"{secs:.0f}"] + extra, env=env) for s in todo]
        codes_ = [p.wait() for p in procs]
    else:
        weights = {"planner": 0.3, "expander": 0.25, "decoder": 0.45}
        codes_ = []
        for s in todo:
            left = sum(weights[x] for x in todo[todo.index(s):])
            secs = max(20.0, (until - time.time()) * weights[s] / left - overhead)
            say(f"training {s} for {secs:.0f}s")
            codes_.append(subprocess.call(base + ["--stage", s, "--seconds", f"{secs:.0f}"] + extra, env=env))
    timings["train"] = round(time.time() - t, 1)
    say(f"training finished in {timings['train']}s, exit codes {dict(zip(todo, codes_))}")
    for s in STAGES:
        p = os.path.join(WORK, f"metrics_{s}.json")
        if os.path.exists(p):
            metrics[s] = json.load(open(p))
    flush_metrics()

    # ---------------------------------------------------------------- 4. evaluate
    t = time.time()
    try:
        import evaluate
        left = T0 + budget - time.time()
        metrics["eval"] = evaluate.run(dev, a.out or WORK, a.ocr_dir, n=8 if smoke else None,
                                       steps=4 if smoke else 20, time_left=left, sheet_rows=4 if smoke else 8,
                                       sweeps=not smoke)
    except Exception as e:
        import traceback
        traceback.print_exc()
        metrics["eval"] = {"error": repr(e)}
    timings["eval"] = round(time.time() - t, 1)
    timings["total"] = round(time.time() - T0, 1)
    flush_metrics()
    say(f"all done in {timings['total']}s: {json.dumps(timings)}")


if __name__ == "__main__":
    main()
