"""Deterministic procedural posters: scene = f(seed), caption and image both drawn from the scene.

    python3 scenes.py --heldout       # (re)write heldout_prompts.json
    python3 scenes.py --show 12       # write a preview sheet to .work/scenes_preview.png
"""
import hashlib
import json
import os
import random
import sys

import numpy as np

from common import (CANVAS, CELL_EDGES, COLOR_NAMES, HELDOUT_PATH, MAX_PROMPT_BYTES, PALETTE,
                    ROW_CENTER, TEXT_BLACK, TEXT_WHITE, WORK, cell_box, zone_words)
from glyphs import fit_headline, glyph_map, layout_headline, normalize_text, sha256_map

WORDS = """SALE OPEN NEW MENU CAFE SUMMER WINTER FRESH PIZZA BOOKS MUSIC JAZZ PARTY DEALS TODAY
HOTEL BAKERY COFFEE GARDEN MARKET STUDIO FILM NIGHT SPORT TRAVEL BEACH SNOW SPRING AUTUMN FOOD TEA
BAR SHOP GAME FEST LIVE DANCE ART EXPO KIDS PETS RUN YOGA CLUB SUSHI TACOS BURGER DRINKS WINE BEER
LUNCH DINNER BRUNCH GRAND FREE HOT COOL BEST BIG MEGA SUPER FLASH NOW HERE GOLD STAR ROCK POP CITY
PARK LAKE RADIO TICKETS SHOW CINEMA DESIGN FASHION SKATE SURF BIKE TRAIN WEEKEND DAILY HAPPY HOUR
EXTRA DEAL WEEK YEAR MAX PLUS ZONE LAB HUB BOX KING QUEEN BLUE RED GREEN""".split()
CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I/O/0/1 in random codes
SHAPES = ("rectangle", "circle", "bar")
FOOTER_TOP = 228
HELDOUT_SEED0 = 1_000_000_000
N_HELDOUT = 64


def is_heldout_text(text):
    h = hashlib.sha1(("tessera-heldout:" + text).encode("utf-8")).hexdigest()
    return int(h[:8], 16) % 10 == 0


def _number(rng):
    return str(rng.randint(2, 99))


def sample_headline(rng):
    r = rng.random()
    if r < 0.35:
        t = rng.choice(WORDS)
    elif r < 0.55:
        t = rng.choice(WORDS) + " " + rng.choice(WORDS)
    elif r < 0.75:
        t = rng.choice(WORDS) + " " + _number(rng) + ("%" if rng.random() < 0.3 else "")
    elif r < 0.85:
        t = "".join(rng.choice(CODE_CHARS) for _ in range(rng.randint(3, 6)))
    elif r < 0.95:
        t = rng.choice(["$", "#", ""]) + _number(rng) + rng.choice(["%", "", "!"])
    else:
        t = _number(rng) + " " + rng.choice(WORDS)
    return t


def _lum(rgb):
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]


def _dist(a, b):
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


def bg_at(bg, y):
    a = PALETTE[bg[0]]
    b = PALETTE[bg[-1]]
    t = y / (CANVAS - 1)
    return tuple(a[i] * (1 - t) + b[i] * t for i in range(3))


def sample_scene(seed, heldout=False):
    rng = random.Random(seed)
    if rng.random() < 0.6:
        bg = [rng.choice(COLOR_NAMES)]
    else:
        bg = rng.sample(COLOR_NAMES, 2)
    while True:
        text = normalize_text(sample_headline(rng))
        if 1 <= len(text) <= 12 and fit_headline(text)[0] == text and is_heldout_text(text) == heldout:
            break
    hrow, hcol = rng.randrange(3), rng.randrange(3)
    text_color = "white" if _lum(bg_at(bg, ROW_CENTER[hrow])) < 150 else "black"
    free = [(r, c) for r in range(3) for c in range(3) if r != hrow]
    zones = rng.sample(free, rng.randint(1, 3))
    blocks = []
    for (r, c) in zones:
        x0, y0, x1, y1 = cell_box(r, c)
        local = bg_at(bg, (y0 + y1) / 2)
        ok = [n for n in COLOR_NAMES if n not in bg and _dist(PALETTE[n], local) > 90]
        color = rng.choice(ok)
        shape = rng.choice(SHAPES)
        cx = (x0 + x1) / 2 + rng.uniform(-4, 4)
        cy = (y0 + y1) / 2 + rng.uniform(-4, 4)
        if shape == "rectangle":
            w, h = rng.uniform(0.62, 0.9) * 85, rng.uniform(0.62, 0.9) * 85
        elif shape == "circle":
            w = h = rng.uniform(0.72, 0.9) * 85
        else:
            w, h = rng.uniform(0.9, 0.98) * 85, rng.uniform(30, 40)
        box = [round(cx - w / 2), round(cy - h / 2), round(cx + w / 2), round(cy + h / 2)]
        blocks.append({"shape": shape, "color": color, "row": r, "col": c, "box": box})
    footer = None
    if hrow != 2 and all(b["row"] != 2 for b in blocks) and rng.random() < 0.45:
        opts = [n for n in ("white", "black") if _dist(PALETTE[n], bg_at(bg, 242)) > 90]
        if opts:
            footer = rng.choice(opts)
    rng.shuffle(blocks)
    scene = {"seed": seed, "bg": bg, "blocks": blocks,
             "headline": {"text": text, "row": hrow, "col": hcol, "color": text_color},
             "footer": footer}
    scene["caption"] = caption(scene)
    while len(scene["caption"].encode("utf-8")) > MAX_PROMPT_BYTES:  # rare: drop footer, then blocks
        if scene["footer"]:
            scene["footer"] = None
        else:
            blocks.pop()
        scene["caption"] = caption(scene)
    return scene


def caption(scene):
    bg = scene["bg"]
    parts = [(bg[0] if len(bg) == 1 else f"{bg[0]} to {bg[1]} gradient") + " poster"]
    for b in scene["blocks"]:
        parts.append(f"{b['color']} {b['shape']} {zone_words(b['row'], b['col'])}")
    h = scene["headline"]
    parts.append(f"headline \"{h['text']}\" at {zone_words(h['row'], h['col'])}")
    if scene["footer"]:
        parts.append(f"{scene['footer']} footer bar")
    return ", ".join(parts)


def render(scene):
    """-> (image uint8 [256,256,3], glyph map uint8 [256,256])."""
    from PIL import Image, ImageDraw

    bg = scene["bg"]
    a = np.array(PALETTE[bg[0]], np.float32)
    b = np.array(PALETTE[bg[-1]], np.float32)
    t = (np.arange(CANVAS, dtype=np.float32) / (CANVAS - 1))[:, None, None]
    img = np.broadcast_to(a * (1 - t) + b * t, (CANVAS, CANVAS, 3))
    im = Image.fromarray(np.round(img).astype(np.uint8))
    d = ImageDraw.Draw(im)
    for blk in scene["blocks"]:
        x0, y0, x1, y1 = blk["box"]
        col = PALETTE[blk["color"]]
        if blk["shape"] == "circle":
            d.ellipse([x0, y0, x1 - 1, y1 - 1], fill=col)
        else:
            d.rectangle([x0, y0, x1 - 1, y1 - 1], fill=col)
    if scene["footer"]:
        d.rectangle([0, FOOTER_TOP, CANVAS - 1, CANVAS - 1], fill=PALETTE[scene["footer"]])
    h = scene["headline"]
    g = glyph_map(h["text"], h["row"], h["col"])
    arr = np.asarray(im, dtype=np.float32)
    tc = np.array(TEXT_WHITE if h["color"] == "white" else TEXT_BLACK, np.float32)
    al = g.astype(np.float32)[..., None] / 255.0
    out = np.round(arr * (1 - al) + tc * al).astype(np.uint8)
    return out, g


def center_box(row, col):
    x0, y0, x1, y1 = cell_box(row, col)
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    return [cx - 21, cy - 21, cx + 21, cy + 21]


def heldout_record(i):
    s = sample_scene(HELDOUT_SEED0 + i, heldout=True)
    h = s["headline"]
    lay = layout_headline(h["text"], h["row"], h["col"])
    return {
        "id": f"heldout-{i:03d}", "seed": s["seed"], "prompt": s["caption"],
        "background": s["bg"],
        "blocks": [{"shape": b["shape"], "color": b["color"], "rgb": list(PALETTE[b["color"]]),
                    "zone": zone_words(b["row"], b["col"]), "row": b["row"], "col": b["col"],
                    "zone_box": list(cell_box(b["row"], b["col"])),
                    "center_box": center_box(b["row"], b["col"]), "box": b["box"]}
                   for b in s["blocks"]],
        "headline": {"text": h["text"], "zone": zone_words(h["row"], h["col"]), "row": h["row"],
                     "col": h["col"], "color": h["color"], "font_px": lay["size"],
                     "ink_box": list(lay["box"])},
        "footer": s["footer"],
        "glyph_map_sha256": sha256_map(glyph_map(h["text"], h["row"], h["col"])),
    }


def write_heldout():
    recs = [heldout_record(i) for i in range(N_HELDOUT)]
    doc = {
        "format": "tessera.heldout-prompts", "version": 1, "n": len(recs),
        "split_rule": "a scene is held out iff int(sha1('tessera-heldout:' + headline)[:8], 16) % 10 == 0;"
                      " training scenes never use such headlines, so none of these captions was seen",
        "palette": {k: list(v) for k, v in PALETTE.items()},
        "layout_metric": "for each block: classify every pixel of center_box (the central 42x42 px of the "
                         "zone cell) to the nearest palette colour (RGB distance); the block counts as "
                         "correct when its named colour is the most frequent. layout_acc = mean over blocks.",
        "ocr_metric": "headline read back exactly, compared after upper-casing and removing spaces; "
                      "ink_box is where the glyph map puts it",
        "glyph_map_sha256": "sha256 of the 256*256 uint8 glyph map (row-major) the TS side must reproduce",
        "prompts": recs,
    }
    with open(HELDOUT_PATH, "w") as f:
        json.dump(doc, f, indent=1)
    return recs


if __name__ == "__main__":
    if "--heldout" in sys.argv:
        recs = write_heldout()
        print("wrote", HELDOUT_PATH, len(recs))
    if "--show" in sys.argv:
        from PIL import Image
        n = int(sys.argv[sys.argv.index("--show") + 1])
        os.makedirs(WORK, exist_ok=True)
        sheet = np.zeros((((n + 3) // 4) * 256, 4 * 256, 3), np.uint8)
        for i in range(n):
            s = sample_scene(i)
            img, _ = render(s)
            print(i, s["caption"])
            sheet[(i // 4) * 256:(i // 4 + 1) * 256, (i % 4) * 256:(i % 4 + 1) * 256] = img
        Image.fromarray(sheet).save(os.path.join(WORK, "scenes_preview.png"))
