"""Stage 1: render the training set (seeds 0..N-1, held-out headlines excluded) into .work/data/.

Files (numpy .npy, memory-mappable):
  images.npy   uint8 [N, 256, 256, 3]
  glyphs.npy   uint8 [N, 256, 256]      headline glyph map (the expander's input)
  prompts.npy  int16 [N, 160]           BOS + caption bytes, PAD-filled
  texts.npy    uint8 [N, 24]            quoted-text bytes for the decoder, 0-padded
  captions.json
"""
import json
import multiprocessing as mp
import os
import time

import numpy as np

from common import PAD_ID, PROMPT_SLOT, TEXT_LEN, prompt_ids
from glyphs import text_ids
from scenes import render, sample_scene


def _work(args):
    d, lo, hi = args
    imgs = np.load(os.path.join(d, "images.npy"), mmap_mode="r+")
    gl = np.load(os.path.join(d, "glyphs.npy"), mmap_mode="r+")
    pr = np.load(os.path.join(d, "prompts.npy"), mmap_mode="r+")
    tx = np.load(os.path.join(d, "texts.npy"), mmap_mode="r+")
    caps = []
    for i in range(lo, hi):
        s = sample_scene(i)
        img, g = render(s)
        imgs[i] = img
        gl[i] = g
        ids = prompt_ids(s["caption"])
        pr[i] = ids + [PAD_ID] * (PROMPT_SLOT - len(ids))
        tx[i] = text_ids(s["caption"], TEXT_LEN)
        caps.append(s["caption"])
    imgs.flush(), gl.flush(), pr.flush(), tx.flush()
    return lo, caps


def generate(d, n, procs):
    os.makedirs(d, exist_ok=True)
    t0 = time.time()
    mm = np.lib.format.open_memmap
    mm(os.path.join(d, "images.npy"), "w+", np.uint8, (n, 256, 256, 3)).flush()
    mm(os.path.join(d, "glyphs.npy"), "w+", np.uint8, (n, 256, 256)).flush()
    mm(os.path.join(d, "prompts.npy"), "w+", np.int16, (n, PROMPT_SLOT)).flush()
    mm(os.path.join(d, "texts.npy"), "w+", np.uint8, (n, TEXT_LEN)).flush()
    chunk = max(50, n // (procs * 8))
    jobs = [(d, lo, min(n, lo + chunk)) for lo in range(0, n, chunk)]
    caps = [None] * n
    with mp.get_context("fork").Pool(procs) as pool:
        for lo, c in pool.imap_unordered(_work, jobs):
            caps[lo:lo + len(c)] = c
    with open(os.path.join(d, "captions.json"), "w") as f:
        json.dump(caps, f)
    print(f"[data] {n} scenes with {procs} processes in {time.time() - t0:.1f}s", flush=True)


def load(d, mmap=True):
    m = "r" if mmap else None
    return {k: np.load(os.path.join(d, f"{k}.npy"), mmap_mode=m)
            for k in ("images", "glyphs", "prompts", "texts")}
