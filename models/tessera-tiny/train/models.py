"""The three networks of tessera-tiny: Planner (ar.plan), Expander (plan.expand), Decoder
(diffusion.decode). Written to export cleanly to ONNX opset 17 (explicit attention, explicit
pixel (un)shuffle, no data-dependent control flow)."""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

from common import BOI_POS, IMG0, K, PAD_ID, PLANNER_SEQ, PLANNER_VOCAB, TEXT_LEN


def attention(q, k, v, bias):
    """q [B,H,T,D], k/v [B,H,S,D], bias broadcastable to [B,H,T,S] (0 or -1e9)."""
    a = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(q.shape[-1])) + bias
    return torch.softmax(a, dim=-1) @ v


# ----------------------------------------------------------------------------------- planner
class Block(nn.Module):
    def __init__(self, d, h, ff):
        super().__init__()
        self.h = h
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * d)
        self.proj = nn.Linear(d, d)
        self.fc1, self.fc2 = nn.Linear(d, ff), nn.Linear(ff, d)

    def split(self, x):
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).chunk(3, dim=-1)
        f = lambda z: z.reshape(b, t, self.h, d // self.h).transpose(1, 2)
        return f(q), f(k), f(v)

    def finish(self, x, o):
        b, h, t, dh = o.shape
        x = x + self.proj(o.transpose(1, 2).reshape(b, t, h * dh))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


class Planner(nn.Module):
    """Decoder-only transformer over [BOS prompt-bytes BOI layout-codes]."""

    def __init__(self, d=256, layers=6, heads=8, ff=768):
        super().__init__()
        self.d, self.layers, self.heads = d, layers, heads
        self.tok = nn.Embedding(PLANNER_VOCAB, d)
        self.pos = nn.Embedding(PLANNER_SEQ, d)
        self.blocks = nn.ModuleList(Block(d, heads, ff) for _ in range(layers))
        self.ln = nn.LayerNorm(d)
        self.head = nn.Linear(d, K[16], bias=False)
        self.apply(_init)

    def forward(self, ids, key_valid):
        """Training: ids [B,S] (S = 416: prompt slot, BOI, 255 codes), key_valid [B,S] bool."""
        b, s = ids.shape
        pos = torch.arange(s, device=ids.device)
        x = self.tok(ids) + self.pos(pos)[None]
        causal = torch.ones(s, s, dtype=torch.bool, device=ids.device).tril()
        allowed = causal[None, None] & key_valid[:, None, None, :]
        sdpa = getattr(F, "scaled_dot_product_attention", None)
        bias = None if sdpa else torch.zeros(allowed.shape, device=ids.device).masked_fill(~allowed, -1e9)
        for blk in self.blocks:
            q, k, v = blk.split(x)
            o = sdpa(q, k, v, attn_mask=allowed) if sdpa else attention(q, k, v, bias)
            x = blk.finish(x, o)
        return self.head(self.ln(x[:, BOI_POS:]))  # logits for the 256 layout codes

    def step(self, input_ids, position_ids, attention_mask, past_k, past_v):
        """ONNX step: see model.json. past_k/past_v [L,B,H,P,D]; attention_mask [B,P+T] (1 = attend)."""
        x = self.tok(input_ids) + self.pos(position_ids)
        t = input_ids.shape[1]
        p = past_k.shape[3]
        kpos = torch.arange(p + t, device=input_ids.device)
        qpos = torch.arange(t, device=input_ids.device) + p
        allowed = (kpos[None, :] <= qpos[:, None])[None, None] & (attention_mask[:, None, None, :] > 0)
        bias = torch.zeros(allowed.shape, dtype=x.dtype, device=x.device).masked_fill(~allowed, -1e9)
        pk, pv = [], []
        for i, blk in enumerate(self.blocks):
            q, k, v = blk.split(x)
            k = torch.cat([past_k[i], k], dim=2)
            v = torch.cat([past_v[i], v], dim=2)
            pk.append(k)
            pv.append(v)
            x = blk.finish(x, attention(q, k, v, bias))
        return self.head(self.ln(x)), torch.stack(pk), torch.stack(pv)


def planner_batch(prompts, codes16, drop_prompt=0.0, gen=None):
    """prompts int [B,160] (BOS bytes PAD), codes16 int [B,16,16] -> (ids [B,416], valid, target)."""
    b = prompts.shape[0]
    dev = prompts.device
    pr = prompts.long().clone()
    if drop_prompt > 0:
        drop = torch.rand(b, device=dev, generator=gen) < drop_prompt
        pr[drop, 1:] = PAD_ID
    codes = codes16.long().reshape(b, 256)
    boi = torch.full((b, 1), 258, dtype=torch.long, device=dev)
    ids = torch.cat([pr, boi, codes[:, :-1] + IMG0], 1)
    valid = ids != PAD_ID
    return ids, valid, codes


# ----------------------------------------------------------------------------------- conv bits
def unshuffle4(x):
    """[B,C,256,256] -> [B,C*16,64,64] (channel = c*16 + dy*4 + dx)."""
    b, c, h, w = x.shape
    x = x.reshape(b, c, h // 4, 4, w // 4, 4).permute(0, 1, 3, 5, 2, 4)
    return x.reshape(b, c * 16, h // 4, w // 4)


def shuffle4(x):
    b, c, h, w = x.shape
    x = x.reshape(b, c // 16, 4, 4, h, w).permute(0, 1, 4, 2, 5, 3)
    return x.reshape(b, c // 16, h * 4, w * 4)


def preview_unshuffled(ids, table, grid, patch):
    """ids [B,G,G] into a uint8 [K+1, p*p*3] centroid table -> [B,48,64,64] in [-1,1], the plan
    preview, unshuffled (null ids give 0)."""
    b = ids.shape[0]
    flat = ids.reshape(b, grid * grid)
    real = (flat < table.shape[0] - 1).to(torch.float32)[:, :, None]
    x = (table[flat].to(torch.float32) / 127.5 - 1.0) * real
    x = x.reshape(b, grid, grid, patch, patch, 3)
    x = x.permute(0, 5, 1, 3, 2, 4).reshape(b, 3, grid * patch, grid * patch)
    return unshuffle4(x)


def centroid_table(book):
    """uint8 [K,p,p,3] -> uint8 [K+1, p*p*3] (last row: the null id)."""
    t = torch.as_tensor(book).reshape(book.shape[0], -1).to(torch.uint8)
    return torch.cat([t, torch.zeros(1, t.shape[1], dtype=torch.uint8)])


def gn(c):
    return nn.GroupNorm(16, c)


class ResBlock(nn.Module):
    def __init__(self, cin, cout, cond):
        super().__init__()
        self.n1, self.c1 = gn(cin), nn.Conv2d(cin, cout, 3, padding=1)
        self.n2, self.c2 = gn(cout), nn.Conv2d(cout, cout, 3, padding=1)
        self.film = nn.Linear(cond, 2 * cout)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else nn.Identity()
        nn.init.zeros_(self.c2.weight)
        nn.init.zeros_(self.c2.bias)

    def forward(self, x, c):
        h = self.c1(F.silu(self.n1(x)))
        s, sh = self.film(c)[:, :, None, None].chunk(2, dim=1)
        h = self.n2(h) * (1 + s) + sh
        return self.skip(x) + self.c2(F.silu(h))


class MHA(nn.Module):
    def __init__(self, d, heads, dkv=None):
        super().__init__()
        self.h = heads
        self.q = nn.Linear(d, d)
        self.kv = nn.Linear(dkv or d, 2 * d)
        self.o = nn.Linear(d, d)
        nn.init.zeros_(self.o.weight)
        nn.init.zeros_(self.o.bias)

    def forward(self, x, ctx, bias):
        b, t, d = x.shape
        s = ctx.shape[1]
        q = self.q(x).reshape(b, t, self.h, d // self.h).transpose(1, 2)
        k, v = self.kv(ctx).chunk(2, dim=-1)
        k = k.reshape(b, s, self.h, d // self.h).transpose(1, 2)
        v = v.reshape(b, s, self.h, d // self.h).transpose(1, 2)
        return self.o(attention(q, k, v, bias).transpose(1, 2).reshape(b, t, d))


# ----------------------------------------------------------------------------------- expander
class Expander(nn.Module):
    """layout [B,16,16] + glyph map [B,1,256,256] + prompt ids [B,160] -> logits32, logits64."""

    def __init__(self, book16, c=128, c2=160, cond=128):
        super().__init__()
        self.register_buffer("pre16", centroid_table(book16))
        self.lay = nn.Embedding(K[16] + 1, c)
        self.stem = nn.Conv2d(48 + 16, c, 3, padding=1)
        self.byte = nn.Embedding(PAD_ID + 3, 64)
        self.pc1 = nn.Conv1d(64, cond, 5, padding=2)
        self.pc2 = nn.Conv1d(cond, cond, 5, padding=2)
        self.pmlp = nn.Sequential(nn.Linear(cond, cond), nn.SiLU(), nn.Linear(cond, cond))
        self.r64a = ResBlock(c, c, cond)
        self.down = nn.Conv2d(c, c2, 3, stride=2, padding=1)
        self.r32 = nn.ModuleList(ResBlock(c2, c2, cond) for _ in range(2))
        self.h32 = nn.Sequential(gn(c2), nn.SiLU(), nn.Conv2d(c2, K[32], 1))
        self.up = nn.Conv2d(c2, c, 3, padding=1)
        self.r64b = nn.ModuleList([ResBlock(2 * c, c, cond), ResBlock(c, c, cond)])
        self.h64 = nn.Sequential(gn(c), nn.SiLU(), nn.Conv2d(c, K[64], 1))

    def forward(self, layout, glyph, prompt):
        b = layout.shape[0]
        pe = self.byte(prompt).transpose(1, 2)
        pe = F.gelu(self.pc2(F.gelu(self.pc1(pe))))
        m = (prompt != PAD_ID).to(pe.dtype)[:, None, :]
        cond = self.pmlp((pe * m).sum(-1) / m.sum(-1).clamp(min=1))
        emb = self.lay(layout).permute(0, 3, 1, 2)
        emb = F.interpolate(emb, scale_factor=4.0, mode="nearest")
        x = torch.cat([preview_unshuffled(layout, self.pre16, 16, 16), unshuffle4(glyph)], 1)
        x = self.stem(x) + emb
        s64 = self.r64a(x, cond)
        h = self.down(s64)
        for r in self.r32:
            h = r(h, cond)
        l32 = self.h32(h)
        h = self.up(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.r64b[0](torch.cat([h, s64], 1), cond)
        h = self.r64b[1](h, cond)
        l64 = self.h64(h)
        return l32.permute(0, 2, 3, 1), l64.permute(0, 2, 3, 1)


# ----------------------------------------------------------------------------------- decoder
def timestep_embedding(t, dim=128):
    half = dim // 2
    f = torch.exp(-math.log(10000.0) * torch.arange(half, device=t.device, dtype=torch.float32) / half)
    a = (t.float() * 1000.0)[:, None] * f[None]
    return torch.cat([torch.cos(a), torch.sin(a)], 1)


class Decoder(nn.Module):
    """Velocity model for rectified flow at 256x256, conditioned on a token plan (any of the
    16/32/64 grids; absent grids are filled with their null id) and on the quoted text bytes."""

    def __init__(self, books, c1=96, c2=160, c3=176, tdim=192, heads=4):
        super().__init__()
        for g in (16, 32, 64):
            self.register_buffer(f"pre{g}", centroid_table(books[g]))
        self.e16 = nn.Embedding(K[16] + 1, c1)
        self.e32 = nn.Embedding(K[32] + 1, c1)
        self.e64 = nn.Embedding(K[64] + 1, c1)
        self.tmlp = nn.Sequential(nn.Linear(128, tdim), nn.SiLU(), nn.Linear(tdim, tdim))
        self.txt = nn.Embedding(256, c3)
        self.txt_pos = nn.Parameter(torch.zeros(1, TEXT_LEN, c3))
        self.txt_null = nn.Parameter(torch.zeros(1, 1, c3))
        self.stem = nn.Conv2d(96, c1, 3, padding=1)
        self.r64a = ResBlock(c1, c1, tdim)
        self.d1 = nn.Conv2d(c1, c2, 3, stride=2, padding=1)
        self.r32a = nn.ModuleList([ResBlock(c2, c2, tdim), ResBlock(c2, c2, tdim)])
        self.d2 = nn.Conv2d(c2, c3, 3, stride=2, padding=1)
        self.r16a = ResBlock(c3, c3, tdim)
        self.n_sa, self.sa = nn.LayerNorm(c3), MHA(c3, heads)
        self.n_ca, self.ca = nn.LayerNorm(c3), MHA(c3, heads)
        self.r16b = ResBlock(c3, c3, tdim)
        self.u2 = nn.Conv2d(c3, c2, 3, padding=1)
        self.r32b = ResBlock(2 * c2, c2, tdim)
        self.u1 = nn.Conv2d(c2, c1, 3, padding=1)
        self.r64b = ResBlock(2 * c1, c1, tdim)
        self.out = nn.Sequential(gn(c1), nn.SiLU(), nn.Conv2d(c1, 48, 3, padding=1))
        nn.init.zeros_(self.out[2].weight)
        nn.init.zeros_(self.out[2].bias)

    def forward(self, x, t, plan16, plan32, plan64, text):
        b = x.shape[0]
        tc = self.tmlp(timestep_embedding(t))
        pre = (preview_unshuffled(plan16, self.pre16, 16, 16) + preview_unshuffled(plan32, self.pre32, 32, 8)
               + preview_unshuffled(plan64, self.pre64, 64, 4))
        emb = (F.interpolate(self.e16(plan16).permute(0, 3, 1, 2), scale_factor=4.0, mode="nearest")
               + F.interpolate(self.e32(plan32).permute(0, 3, 1, 2), scale_factor=2.0, mode="nearest")
               + self.e64(plan64).permute(0, 3, 1, 2))
        h = self.stem(torch.cat([unshuffle4(x), pre], 1)) + emb
        s64 = self.r64a(h, tc)
        h = self.d1(s64)
        for r in self.r32a:
            h = r(h, tc)
        s32 = h
        h = self.r16a(self.d2(h), tc)
        c3 = h.shape[1]
        seq = h.flatten(2).transpose(1, 2)  # [B,256,c3]
        seq = seq + self.sa(self.n_sa(seq), self.n_sa(seq), 0.0)
        ctx = torch.cat([self.txt_null.expand(b, 1, c3), self.txt(text) + self.txt_pos], 1)
        valid = torch.cat([torch.ones(b, 1, dtype=torch.bool, device=x.device), text > 0], 1)
        bias = torch.zeros(b, 1, 1, valid.shape[1], dtype=seq.dtype, device=x.device).masked_fill(
            ~valid[:, None, None, :], -1e9)
        seq = seq + self.ca(self.n_ca(seq), ctx, bias)
        h = seq.transpose(1, 2).reshape(b, c3, 16, 16)
        h = self.r16b(h, tc)
        h = self.u2(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.r32b(torch.cat([h, s32], 1), tc)
        h = self.u1(F.interpolate(h, scale_factor=2.0, mode="nearest"))
        h = self.r64b(torch.cat([h, s64], 1), tc)
        return shuffle4(self.out(h))


def _init(m):
    if isinstance(m, nn.Linear):
        nn.init.normal_(m.weight, std=0.02)
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    elif isinstance(m, nn.Embedding):
        nn.init.normal_(m.weight, std=0.02)


def n_params(m):
    return sum(p.numel() for p in m.parameters())
