"""Stage 3: train one network (planner | expander | decoder) until a wall-clock deadline or a step
limit, checkpointing into .work/, then export it to ONNX, check it, and copy it to --out.

    python3 train_stage.py --stage decoder --device cuda --seconds 250 [--out DIR] [--smoke]
"""
import argparse
import contextlib
import json
import math
import os
import shutil
import sys
import time
import traceback

import numpy as np
import torch
import torch.nn.functional as F

from common import K, PAD_ID, WORK
import codebooks as cb
import export as ex
from models import Decoder, Expander, Planner, n_params, planner_batch

CFG = {  # per stage: batch (gpu, cpu), learning rate, warmup steps
    "planner": dict(batch=(128, 16), lr=1e-3, warmup=200),
    "expander": dict(batch=(48, 8), lr=1e-3, warmup=200),
    "decoder": dict(batch=(64, 4), lr=8e-4, warmup=300),
}


def log(stage, msg):
    print(f"[{stage} {time.strftime('%H:%M:%S')}] {msg}", flush=True)


class Data:
    """Training arrays: whole on the GPU when there is one, else memory-mapped and gathered."""

    def __init__(self, names, device):
        self.dev = device
        d = os.path.join(WORK, "data")
        codes = np.load(os.path.join(WORK, "codes.npz"))
        src = {}
        for n in names:
            if n.startswith("codes"):
                src[n] = codes[n]
            else:
                src[n] = np.load(os.path.join(d, f"{n}.npy"), mmap_mode="r")
        self.n = len(next(iter(src.values())))
        self.gpu = device.type == "cuda"
        if self.gpu:
            self.a = {}
            for k, v in src.items():
                t = torch.empty(v.shape, dtype=torch.from_numpy(np.asarray(v[:1])).dtype, device=device)
                step = 4096
                for lo in range(0, len(v), step):
                    t[lo:lo + step] = torch.from_numpy(np.ascontiguousarray(v[lo:lo + step])).to(device)
                self.a[k] = t
        else:
            self.a = src

    def batch(self, idx):
        if self.gpu:
            it = torch.as_tensor(idx, device=self.dev)
            return {k: v[it] for k, v in self.a.items()}
        s = np.sort(idx)
        return {k: torch.from_numpy(np.ascontiguousarray(v[s])) for k, v in self.a.items()}


def heldout():
    h = np.load(os.path.join(WORK, "heldout.npz"))
    return {k: torch.from_numpy(h[k]) for k in h.files}


def copy_out(src, dst, split=0):
    """Copy src to dst, or to dst.part00, dst.part01, ... when split > 0 and the file is larger
    (`cat dst.part* > dst` joins them); some result channels cap the size of one file."""
    if not split or os.path.getsize(src) <= split:
        shutil.copy(src, dst)
        return
    with open(src, "rb") as f:
        i = 0
        while True:
            chunk = f.read(split)
            if not chunk:
                break
            with open(f"{dst}.part{i:02d}", "wb") as g:
                g.write(chunk)
            i += 1


def lr_at(base, step, warmup, frac):
    w = min(1.0, (step + 1) / warmup)
    return base * w * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, frac))))


# ------------------------------------------------------------------------------------ steps
def planner_loss(model, b, gen):
    ids, valid, tgt = planner_batch(b["prompts"], b["codes16"], drop_prompt=0.1, gen=gen)
    logits = model(ids, valid)
    return F.cross_entropy(logits.float().reshape(-1, K[16]), tgt.reshape(-1))


def corrupt(codes, p, k, gen):
    m = torch.rand(codes.shape, device=codes.device, generator=gen) < p
    r = torch.randint(0, k, codes.shape, device=codes.device, generator=gen)
    return torch.where(m, r, codes)


def text_cells(glyph, grid):
    """uint8 [B,256,256] -> bool [B,G,G]: cells containing headline ink."""
    p = 256 // grid
    return glyph.reshape(glyph.shape[0], grid, p, grid, p).amax((2, 4)) > 0


def expander_loss(model, b, gen, train=True):
    lay = b["codes16"].long()
    if train:
        lay = corrupt(lay, 0.03, K[16], gen)
    g = b["glyphs"]
    l32, l64 = model(lay, (g.float() / 255.0)[:, None], b["prompts"].long())
    ce64 = F.cross_entropy(l64.float().reshape(-1, K[64]), b["codes64"].long().reshape(-1), reduction="none")
    ce32 = F.cross_entropy(l32.float().reshape(-1, K[32]), b["codes32"].long().reshape(-1), reduction="none")
    w64 = 1 + 2 * text_cells(g, 64).reshape(-1).float()
    w32 = 1 + 2 * text_cells(g, 32).reshape(-1).float()
    loss = (ce64 * w64).sum() / w64.sum() + 0.5 * (ce32 * w32).sum() / w32.sum()
    return loss, (l32, l64)


def decoder_inputs(b, gen, train=True, mode=None):
    dev = b["codes64"].device
    n = b["codes64"].shape[0]
    p16, p32, p64 = b["codes16"].long(), b["codes32"].long(), b["codes64"].long()
    if mode is None:
        r = torch.rand(n, device=dev, generator=gen)
        use64, use32, use16 = r < 0.55, (r >= 0.55) & (r < 0.75), (r >= 0.75) & (r < 0.9)
    else:
        ones = torch.ones(n, dtype=torch.bool, device=dev)
        use64, use32, use16 = ones & (mode == 64), ones & (mode == 32), ones & (mode == 16)
    p16 = torch.where(use16[:, None, None], p16, torch.full_like(p16, K[16]))
    p32 = torch.where(use32[:, None, None], p32, torch.full_like(p32, K[32]))
    p64 = torch.where(use64[:, None, None], p64, torch.full_like(p64, K[64]))
    text = b["texts"].long()
    if train:
        text = torch.where((torch.rand(n, device=dev, generator=gen) < 0.05)[:, None], torch.zeros_like(text), text)
    return p16, p32, p64, text


def decoder_loss(model, b, gen, t=None, noise=None, mode=None, train=True):
    x0 = b["images"].permute(0, 3, 1, 2).float() / 127.5 - 1
    n = x0.shape[0]
    if t is None:
        t = torch.sigmoid(torch.randn(n, device=x0.device, generator=gen))
    if noise is None:
        noise = torch.randn(x0.shape, device=x0.device, generator=gen)
    tt = t[:, None, None, None]
    xt = (1 - tt) * x0 + tt * noise
    p16, p32, p64, text = decoder_inputs(b, gen, train, mode)
    v = model(xt, t, p16, p32, p64, text)
    w = 1 + 3 * (b["glyphs"] > 0).float()[:, None]
    return ((v.float() - (noise - x0)) ** 2 * w).mean()


# ------------------------------------------------------------------------------------ eval
@torch.no_grad()
def evaluate(stage, model, dev):
    h = {k: v.to(dev) for k, v in heldout().items()}
    model.eval()
    out = {}
    if stage == "planner":
        ids, valid, tgt = planner_batch(h["prompts"], h["codes16"])
        lo = model(ids, valid).float()
        out["heldout_loss"] = float(F.cross_entropy(lo.reshape(-1, K[16]), tgt.reshape(-1)))
        out["heldout_token_acc"] = float((lo.argmax(-1) == tgt).float().mean())
        # KV-cache step == full forward (teacher forced), first held-out prompt
        n = int((h["prompts"][0] != PAD_ID).sum())
        L, H, D = model.layers, model.heads, model.d // model.heads
        seq = torch.cat([h["prompts"][0, :n].long(), torch.tensor([258], device=dev),
                         h["codes16"][0].reshape(-1)[:8].long() + 259])[None]
        pos = torch.cat([torch.arange(n), torch.arange(160, 169)]).to(dev)[None]
        pk = torch.zeros(L, 1, H, 0, D, device=dev)
        pv = torch.zeros(L, 1, H, 0, D, device=dev)
        l1, pk, pv = model.step(seq[:, :n + 1], pos[:, :n + 1], torch.ones(1, n + 1, dtype=torch.long, device=dev), pk, pv)
        steps = [l1[:, -1]]
        for j in range(n + 1, seq.shape[1]):
            lj, pk, pv = model.step(seq[:, j:j + 1], pos[:, j:j + 1], torch.ones(1, j + 1, dtype=torch.long, device=dev), pk, pv)
            steps.append(lj[:, -1])
        out["kv_step_vs_forward_max_abs_diff"] = float((torch.stack(steps, 1) - lo[:1, :len(steps)]).abs().max())
    elif stage == "expander":
        _, (l32, l64) = expander_loss(model, h, None, train=False)
        a64 = l64.argmax(-1) == h["codes64"].long()
        a32 = l32.argmax(-1) == h["codes32"].long()
        t64 = text_cells(h["glyphs"], 64)
        out.update(heldout_acc64=float(a64.float().mean()), heldout_acc32=float(a32.float().mean()),
                   heldout_acc64_text_cells=float(a64[t64].float().mean()),
                   heldout_acc32_text_cells=float(a32[text_cells(h["glyphs"], 32)].float().mean()))
    else:
        g = torch.Generator(device=dev).manual_seed(123)
        n = h["images"].shape[0]
        for name, mode in (("plan64", 64), ("plan32", 32), ("plan16", 16), ("no_plan", 0)):
            ls = []
            for tv in (0.25, 0.5, 0.75):
                t = torch.full((n,), tv, device=dev)
                noise = torch.randn(h["images"].permute(0, 3, 1, 2).shape, device=dev, generator=g)
                ls.append(float(decoder_loss(model, h, None, t=t, noise=noise, mode=mode, train=False)))
            out[f"heldout_loss_{name}"] = sum(ls) / len(ls)
    model.train()
    return out


# ------------------------------------------------------------------------------------ main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage", required=True, choices=list(CFG))
    ap.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    ap.add_argument("--seconds", type=float, default=600)
    ap.add_argument("--max-steps", type=int, default=10 ** 9)
    ap.add_argument("--out", default=None)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--split-out-bytes", type=int, default=0, help="write files to --out in parts of this size")
    a = ap.parse_args()
    stage = a.stage
    dev = torch.device(a.device)
    gpu = dev.type == "cuda"
    if gpu:
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
        torch.backends.cudnn.benchmark = True
        torch.set_float32_matmul_precision("high")
    torch.manual_seed({"planner": 1, "expander": 2, "decoder": 3}[stage])
    cfg = CFG[stage]
    books = cb.load(os.path.join(WORK, "codebooks.bin"))
    names = {"planner": ["prompts", "codes16"],
             "expander": ["prompts", "glyphs", "codes16", "codes32", "codes64"],
             "decoder": ["images", "glyphs", "texts", "codes16", "codes32", "codes64"]}[stage]
    t_load = time.time()
    data = Data(names, dev)
    log(stage, f"data {data.n} items loaded in {time.time() - t_load:.1f}s")
    model = {"planner": lambda: Planner(), "expander": lambda: Expander(books[16]),
             "decoder": lambda: Decoder(books)}[stage]().to(dev)
    if stage != "planner" and gpu:
        model = model.to(memory_format=torch.channels_last)
    ema = None
    if stage == "decoder":
        ema = {k: v.detach().clone().float() for k, v in model.state_dict().items()}
    decay, no_decay = [], []
    for n_, p in model.named_parameters():
        (no_decay if p.ndim < 2 or "emb" in n_ or "pos" in n_ else decay).append(p)
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.05}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=cfg["lr"], betas=(0.9, 0.95))
    ckpt = os.path.join(WORK, f"ckpt_{stage}.pt")
    step, used = 0, 0.0
    if os.path.exists(ckpt):
        s = torch.load(ckpt, map_location=dev)
        model.load_state_dict(s["model"])
        opt.load_state_dict(s["opt"])
        step, used, ema = s["step"], s["used"], s.get("ema")
        log(stage, f"resumed at step {step} ({used:.0f}s used)")
    budget = a.seconds
    bs = cfg["batch"][0 if gpu else 1]
    lossf = {"planner": planner_loss, "expander": lambda m, b, g: expander_loss(m, b, g)[0],
             "decoder": decoder_loss}[stage]
    gen = torch.Generator(device=dev).manual_seed(7)
    rng = np.random.default_rng(step + 11)
    log(stage, f"{n_params(model) / 1e6:.2f}M params, batch {bs}, budget {budget - used:.0f}s, max steps {a.max_steps}")
    t0 = time.time() - used
    last_ck, run_loss, hist = time.time(), None, []
    while step < a.max_steps and time.time() - t0 < budget:
        frac = max((time.time() - t0) / budget, step / a.max_steps)
        for g in opt.param_groups:
            g["lr"] = lr_at(cfg["lr"], step, cfg["warmup"] if not a.smoke else 3, frac)
        b = data.batch(rng.integers(0, data.n, bs))
        with (torch.autocast("cuda", dtype=torch.bfloat16) if gpu else contextlib.nullcontext()):
            loss = lossf(model, b, gen)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        if ema is not None:
            d = min(0.999, (1 + step) / (10 + step))
            with torch.no_grad():
                for k, v in model.state_dict().items():
                    if v.dtype.is_floating_point:
                        ema[k].mul_(d).add_(v.float(), alpha=1 - d)
        lv = float(loss) if (step % 25 == 0 or a.smoke) else None
        if lv is not None:
            run_loss = lv if run_loss is None else 0.9 * run_loss + 0.1 * lv
        if step % 200 == 0 or (a.smoke and step % 5 == 0):
            hist.append([step, round(time.time() - t0, 1), run_loss])
            log(stage, f"step {step} loss {run_loss:.4f} lr {opt.param_groups[0]['lr']:.2e} "
                       f"{time.time() - t0:.0f}s")
        if time.time() - last_ck > 90:
            torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step,
                        "used": time.time() - t0, "ema": ema}, ckpt)
            last_ck = time.time()
    used = time.time() - t0
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": step, "used": used, "ema": ema}, ckpt)
    if ema is not None:
        model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in ema.items()})
    torch.save(model.state_dict(), os.path.join(WORK, f"{stage}.pt"))
    log(stage, f"trained {step} steps in {used:.0f}s, loss {run_loss}")
    met = {"stage": stage, "params": n_params(model), "steps": step, "batch": bs, "train_seconds": round(used, 1),
           "device": torch.cuda.get_device_name(0) if gpu else "cpu", "final_train_loss": run_loss,
           "loss_history": hist}
    try:
        met.update(evaluate(stage, model, dev))
    except Exception:
        traceback.print_exc()
    log(stage, "held-out: " + json.dumps({k: v for k, v in met.items() if k.startswith(("heldout", "kv"))}))
    name = {"planner": "planner", "expander": "expander", "decoder": "decoder"}[stage]
    onnx_dir = os.path.join(WORK, "onnx")
    os.makedirs(onnx_dir, exist_ok=True)
    path = os.path.join(onnx_dir, f"{name}.onnx")
    t_ex = time.time()
    try:
        size = {"planner": ex.export_planner, "expander": ex.export_expander, "decoder": ex.export_decoder}[stage](model, path)
        met["onnx_bytes"] = size
        log(stage, f"exported {path} ({size / 1e6:.1f} MB) in {time.time() - t_ex:.1f}s")
        if a.out:
            copy_out(path, os.path.join(a.out, f"{name}.onnx"), a.split_out_bytes)
        try:
            met["onnx_check"] = ex.verify(stage, model, path)
            log(stage, f"onnx check {met['onnx_check']}")
        except Exception as e:
            traceback.print_exc()
            met["onnx_check"] = {"error": repr(e)}
    except Exception as e:
        traceback.print_exc()
        met["onnx_export_error"] = repr(e)
        if a.out:  # keep the weights (fp16 to stay small) so the export can be redone elsewhere
            torch.save({k: (v.half() if v.is_floating_point() else v) for k, v in model.state_dict().items()},
                       os.path.join(a.out, f"{name}.fp16.pt"))
    with open(os.path.join(WORK, f"metrics_{stage}.json"), "w") as f:
        json.dump(met, f, indent=1)
    open(os.path.join(WORK, f"{stage}.done"), "w").write("ok\n")
    log(stage, "done")


if __name__ == "__main__":
    sys.exit(main())
