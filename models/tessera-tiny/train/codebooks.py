"""Stage 2: visual codebooks (k-means over raw RGB patches) and the token plans of the data set.

Grids over the 256x256 canvas: 16x16 (16 px patches, K=512, the layout plan), 32x32 (8 px,
K=1024) and 64x64 (4 px, K=1024), the fine plans. Centroids are rounded to uint8 RGB and the data
is encoded with the rounded centroids, so plan preview (codes -> centroid patches) is exact.

codebooks.bin (little-endian):
  magic "TSCB", u32 version = 1, u32 count
  count x { u32 grid, u32 patch, u32 K, K*patch*patch*3 bytes: centroid k, pixel (y, x), RGB }
codebooks.json describes the same, with the sha256 of each centroid block (the codebook hash).
"""
import hashlib
import json
import struct
import time

import numpy as np
import torch

from common import GRIDS, K


def to_patches(imgs, p):
    """uint8/float [n, 256, 256, 3] -> [n * G * G, p * p * 3] (patch rows in raster order)."""
    n = imgs.shape[0]
    g = 256 // p
    return imgs.reshape(n, g, p, g, p, 3).permute(0, 1, 3, 2, 4, 5).reshape(n * g * g, p * p * 3)


def nearest(x, c, c2=None, chunk=1 << 16):
    """-> (index, squared distance) of the nearest centroid for each row of x."""
    if c2 is None:
        c2 = (c * c).sum(1)
    idx = torch.empty(x.shape[0], dtype=torch.long, device=x.device)
    dist = torch.empty(x.shape[0], dtype=torch.float32, device=x.device)
    for lo in range(0, x.shape[0], chunk):
        xb = x[lo:lo + chunk].float()
        d = (xb * xb).sum(1, keepdim=True) - 2 * xb @ c.T + c2[None]
        m, i = d.min(1)
        idx[lo:lo + chunk], dist[lo:lo + chunk] = i, m
    return idx, dist


def kmeans(x, k, iters, seed):
    g = torch.Generator(device="cpu").manual_seed(seed)
    c = x[torch.randperm(x.shape[0], generator=g)[:k].to(x.device)].clone()
    for _ in range(iters):
        a, d = nearest(x, c)
        sums = torch.zeros_like(c).index_add_(0, a, x)
        cnt = torch.bincount(a, minlength=k).float()
        c = sums / cnt.clamp(min=1)[:, None]
        empty = (cnt == 0).nonzero().flatten()
        if len(empty):  # reseed empty clusters at the worst-served points
            far = d.topk(len(empty)).indices
            c[empty] = x[far]
    return c


def train_codebooks(images, device, sample_images, sample_patches, iters, seed=0):
    """images: uint8 numpy [N, 256, 256, 3] (may be a memmap). -> {grid: uint8 [K, p, p, 3]}."""
    rng = np.random.default_rng(seed)
    n = images.shape[0]
    pick = np.sort(rng.choice(n, size=min(n, sample_images), replace=False))
    pool = torch.from_numpy(np.ascontiguousarray(images[pick])).to(device)
    books = {}
    for grid, p in GRIDS.items():
        t0 = time.time()
        x = to_patches(pool, p).float()
        # half of the sample from non-flat patches (edges, glyph strokes), half uniform
        busy = (x.std(1) > 2.0).nonzero().flatten()
        m = sample_patches // 2
        gsel = torch.Generator(device="cpu").manual_seed(seed + grid)
        sel_a = torch.randperm(x.shape[0], generator=gsel)[:m].to(device)
        sel_b = busy[torch.randperm(len(busy), generator=gsel)[:m].to(device)] if len(busy) else sel_a
        xs = torch.cat([x[sel_a], x[sel_b]])
        c = kmeans(xs, K[grid], iters, seed + grid)
        books[grid] = c.round().clamp(0, 255).to(torch.uint8).reshape(K[grid], p, p, 3).cpu().numpy()
        del x, xs
        print(f"[codebooks] grid {grid} (patch {p}, K={K[grid]}) k-means on {m * 2} patches in "
              f"{time.time() - t0:.1f}s", flush=True)
    return books


@torch.no_grad()
def encode(images, books, device, batch=256):
    """-> {grid: int16 [N, G, G]} codes of every image with the uint8 centroids."""
    n = images.shape[0]
    out = {g: np.zeros((n, g, g), np.int16) for g in GRIDS}
    cs = {g: torch.from_numpy(b.reshape(b.shape[0], -1)).float().to(device) for g, b in books.items()}
    c2 = {g: (c * c).sum(1) for g, c in cs.items()}
    for lo in range(0, n, batch):
        x = torch.from_numpy(np.ascontiguousarray(images[lo:lo + batch])).to(device)
        for g, p in GRIDS.items():
            idx, _ = nearest(to_patches(x, p), cs[g], c2[g])
            out[g][lo:lo + x.shape[0]] = idx.reshape(-1, g, g).cpu().numpy().astype(np.int16)
    return out


def preview(codes, book):
    """codes int [G, G] + uint8 [K, p, p, 3] -> uint8 image [G*p, G*p, 3]."""
    g = codes.shape[0]
    p = book.shape[1]
    return book[codes.astype(np.int64)].transpose(0, 2, 1, 3, 4).reshape(g * p, g * p, 3)


def save(books, path_bin, path_json):
    blob = bytearray(b"TSCB" + struct.pack("<II", 1, len(books)))
    desc = []
    for grid in sorted(books):
        b = np.ascontiguousarray(books[grid], dtype=np.uint8)
        k, p = b.shape[0], b.shape[1]
        blob += struct.pack("<III", grid, p, k)
        off = len(blob)
        blob += b.tobytes()
        desc.append({"grid": grid, "patch": p, "K": k, "offset": off, "length": b.nbytes,
                     "sha256": hashlib.sha256(b.tobytes()).hexdigest()})
    with open(path_bin, "wb") as f:
        f.write(blob)
    doc = {"format": "tessera.codebooks", "version": 1, "file": "codebooks.bin",
           "layout": "magic 'TSCB', u32 version, u32 count, then per codebook u32 grid, u32 patch, "
                     "u32 K, K*patch*patch*3 uint8 (centroid k, row y, column x, RGB), little-endian",
           "sha256_file": hashlib.sha256(bytes(blob)).hexdigest(), "codebooks": desc}
    with open(path_json, "w") as f:
        json.dump(doc, f, indent=1)
    return doc


def load(path_bin):
    with open(path_bin, "rb") as f:
        blob = f.read()
    assert blob[:4] == b"TSCB"
    ver, cnt = struct.unpack_from("<II", blob, 4)
    off = 12
    books = {}
    for _ in range(cnt):
        grid, p, k = struct.unpack_from("<III", blob, off)
        off += 12
        n = k * p * p * 3
        books[grid] = np.frombuffer(blob, np.uint8, n, off).reshape(k, p, p, 3).copy()
        off += n
    return books
