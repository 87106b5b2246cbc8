"""Glyph atlas and the headline glyph map: the reference implementation the TS side mirrors.

The atlas (../glyph_atlas.json, committed; the runtime needs it too) is built once from fonts/DejaVuSans-Bold.ttf with Pillow;
after that, neither the data generator nor the runtime renders fonts: both blit the atlas's 8-bit
alpha bitmaps at integer positions, so the glyph map is reproducible byte for byte in any language.

    python3 glyphs.py --build      # (re)write ../glyph_atlas.json from the font

Rule (see README.md, "Glyph map"):
  1. quoted text = the first "…", “…” or '…' span of the prompt;
  2. zone = `at <row> [<col>]` right after the closing quote (row top|center|bottom, col
     left|center|right; col defaults to center; no match -> center/center);
  3. text is upper-cased, characters outside CHARSET dropped, runs of spaces collapsed, trimmed;
  4. size = first of SIZES (42, 34, 28 px) whose width (sum of integer advances) <= 232; if none,
     trailing characters are dropped until it fits at 28;
  5. x0 = 12 (left) | (256 - w) // 2 (center) | 244 - w (right);
     baseline = ROW_CENTER[row] + cap_height // 2, ROW_CENTER = (43, 128, 213);
  6. each glyph's bitmap goes at (x + left, baseline + top), x advancing by its advance;
     overlapping pixels take the max; pixels outside 256x256 are clipped.
"""
import base64
import hashlib
import json
import re
import sys

import numpy as np

from common import ATLAS_PATH, CANVAS, COLS, FONT_PATH, HEADLINE_MARGIN, HEADLINE_MAX_W, ROWS, ROW_CENTER

CHARSET = " ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!%&-.?+#$:/"
SIZES = (42, 34, 28)


def build_atlas():
    from PIL import Image, ImageDraw, ImageFont

    atlas = {"font": "DejaVuSans-Bold.ttf", "charset": CHARSET, "sizes": {}}
    for size in SIZES:
        font = ImageFont.truetype(FONT_PATH, size)
        cap = -font.getbbox("H", anchor="ls")[1]
        chars = {}
        for c in CHARSET:
            adv = int(round(font.getlength(c)))
            if c == " ":
                chars[c] = {"advance": adv, "left": 0, "top": 0, "w": 0, "h": 0, "alpha": ""}
                continue
            x0, y0, x1, y1 = font.getbbox(c, anchor="ls")
            img = Image.new("L", (x1 - x0, y1 - y0), 0)
            ImageDraw.Draw(img).text((-x0, -y0), c, font=font, fill=255, anchor="ls")
            a = np.asarray(img, dtype=np.uint8)
            chars[c] = {"advance": adv, "left": x0, "top": y0, "w": a.shape[1], "h": a.shape[0],
                        "alpha": base64.b64encode(a.tobytes()).decode("ascii")}
        atlas["sizes"][str(size)] = {"cap_height": cap, "chars": chars}
    return atlas


_ATLAS = None


def atlas():
    global _ATLAS
    if _ATLAS is None:
        with open(ATLAS_PATH) as f:
            raw = json.load(f)
        for s in raw["sizes"].values():
            for g in s["chars"].values():
                g["bitmap"] = (np.frombuffer(base64.b64decode(g["alpha"]), dtype=np.uint8)
                               .reshape(g["h"], g["w"]) if g["w"] else None)
        _ATLAS = raw
    return _ATLAS


_QUOTE = re.compile(r'"([^"]*)"|\u201c([^\u201d]*)\u201d|\'([^\']*)\'')
_ZONE = re.compile(r"\s*at\s+(top|center|bottom)(?:\s+(left|center|right))?", re.IGNORECASE)


def parse_prompt(prompt):
    """-> (raw quoted text or None, row index, col index)."""
    m = _QUOTE.search(prompt)
    if not m:
        return None, 1, 1
    text = next(g for g in m.groups() if g is not None)
    z = _ZONE.match(prompt, m.end())
    if not z:
        return text, 1, 1
    row = ROWS.index(z.group(1).lower())
    col = COLS.index(z.group(2).lower()) if z.group(2) else 1
    return text, row, col


def normalize_text(text):
    t = "".join(c for c in text.upper() if c in CHARSET)
    return re.sub(" +", " ", t).strip()


def text_width(text, size):
    ch = atlas()["sizes"][str(size)]["chars"]
    return sum(ch[c]["advance"] for c in text)


def fit_headline(text):
    """-> (text that is drawn, size)."""
    text = normalize_text(text)
    for size in SIZES:
        if text_width(text, size) <= HEADLINE_MAX_W:
            return text, size
    while text and text_width(text, SIZES[-1]) > HEADLINE_MAX_W:
        text = text[:-1].rstrip()
    return text, SIZES[-1]


def layout_headline(text, row, col):
    """-> dict(text, size, x0, baseline, width, cap_height, box=(x0, y0, x1, y1) of ink)."""
    text, size = fit_headline(text)
    s = atlas()["sizes"][str(size)]
    w = text_width(text, size)
    x0 = [HEADLINE_MARGIN, (CANVAS - w) // 2, CANVAS - HEADLINE_MARGIN - w][col]
    baseline = ROW_CENTER[row] + s["cap_height"] // 2
    xs, ys, xe, ye = CANVAS, CANVAS, 0, 0
    x = x0
    for c in text:
        g = s["chars"][c]
        if g["w"]:
            xs, ys = min(xs, x + g["left"]), min(ys, baseline + g["top"])
            xe, ye = max(xe, x + g["left"] + g["w"]), max(ye, baseline + g["top"] + g["h"])
        x += g["advance"]
    box = (max(xs, 0), max(ys, 0), min(xe, CANVAS), min(ye, CANVAS)) if xe > 0 else None
    return {"text": text, "size": size, "x0": x0, "baseline": baseline, "width": w,
            "cap_height": s["cap_height"], "box": box}


def glyph_map(text, row, col):
    """uint8 [256, 256] alpha map of the headline (all zeros for no text)."""
    out = np.zeros((CANVAS, CANVAS), dtype=np.uint8)
    if not text:
        return out
    lay = layout_headline(text, row, col)
    s = atlas()["sizes"][str(lay["size"])]
    x = lay["x0"]
    for c in lay["text"]:
        g = s["chars"][c]
        if g["w"]:
            gx, gy = x + g["left"], lay["baseline"] + g["top"]
            bx0, by0 = max(0, -gx), max(0, -gy)
            bx1, by1 = min(g["w"], CANVAS - gx), min(g["h"], CANVAS - gy)
            if bx1 > bx0 and by1 > by0:
                dst = out[gy + by0:gy + by1, gx + bx0:gx + bx1]
                np.maximum(dst, g["bitmap"][by0:by1, bx0:bx1], out=dst)
        x += g["advance"]
    return out


def glyph_map_for_prompt(prompt):
    text, row, col = parse_prompt(prompt)
    return glyph_map(text or "", row, col)


def text_ids(prompt, length=24):
    """Decoder text input: UTF-8 bytes of the normalised, fitted quoted text, 0-padded."""
    text, row, col = parse_prompt(prompt)
    t = fit_headline(text)[0] if text else ""
    b = list(t.encode("utf-8"))[:length]
    return b + [0] * (length - len(b))


def sha256_map(m):
    return hashlib.sha256(np.ascontiguousarray(m, dtype=np.uint8).tobytes()).hexdigest()


if __name__ == "__main__":
    if "--build" in sys.argv:
        a = build_atlas()
        with open(ATLAS_PATH, "w") as f:
            json.dump(a, f, separators=(",", ":"))
        print("wrote", ATLAS_PATH, {k: v["cap_height"] for k, v in a["sizes"].items()})
