"""Constants shared by every stage of the tessera-tiny recipe.

Everything a TypeScript runtime must reproduce (prompt tokenisation, glyph map, grids) is defined
here or in glyphs.py, and documented in ../model.json and README.md.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, ".work")
FONT_PATH = os.path.join(HERE, "fonts", "DejaVuSans-Bold.ttf")
ATLAS_PATH = os.path.join(os.path.dirname(HERE), "glyph_atlas.json")  # a runtime asset of the package
HELDOUT_PATH = os.path.join(HERE, "heldout_prompts.json")

CANVAS = 256

# ---- named palette (name -> sRGB) ----
PALETTE = {
    "red": (220, 40, 40),
    "orange": (245, 140, 30),
    "yellow": (245, 210, 40),
    "green": (50, 160, 70),
    "teal": (20, 150, 150),
    "blue": (40, 100, 220),
    "navy": (20, 35, 90),
    "purple": (130, 60, 170),
    "pink": (240, 120, 170),
    "brown": (120, 75, 40),
    "white": (245, 245, 245),
    "black": (20, 20, 20),
}
COLOR_NAMES = list(PALETTE.keys())
TEXT_WHITE = PALETTE["white"]
TEXT_BLACK = PALETTE["black"]

# ---- zones: 3x3 cells over the canvas ----
ROWS = ["top", "center", "bottom"]
COLS = ["left", "center", "right"]
CELL_EDGES = [0, 85, 171, 256]  # cell r spans [CELL_EDGES[r], CELL_EDGES[r+1])
ROW_CENTER = [43, 128, 213]  # headline vertical centre per row
HEADLINE_MARGIN = 12  # left/right margin of a left/right aligned headline
HEADLINE_MAX_W = CANVAS - 2 * HEADLINE_MARGIN  # 232 px


def zone_words(row, col):
    """Caption words for a zone: 'top left', ..., 'center' for the middle cell."""
    if row == 1 and col == 1:
        return "center"
    return f"{ROWS[row]} {COLS[col]}"


def cell_box(row, col):
    return (CELL_EDGES[col], CELL_EDGES[row], CELL_EDGES[col + 1], CELL_EDGES[row + 1])


# ---- prompt tokenizer (byte level, ByT5-like; no weights) ----
# ids 0..255 = UTF-8 bytes, 256 = PAD, 257 = BOS, 258 = BOI (begin of image),
# 259 + k = layout code k (k in 0..511).
PAD_ID, BOS_ID, BOI_ID, IMG0 = 256, 257, 258, 259
PROMPT_SLOT = 160  # BOS + up to 159 prompt bytes; BOI sits at position 160
MAX_PROMPT_BYTES = PROMPT_SLOT - 1
BOI_POS = PROMPT_SLOT
TEXT_LEN = 24  # quoted-text bytes given to the decoder (0 = pad)

# ---- grids ----
GRIDS = {16: 16, 32: 8, 64: 4}  # grid -> patch size in px
K = {16: 512, 32: 1024, 64: 1024}  # codebook sizes
PLANNER_VOCAB = IMG0 + K[16]  # 771
PLANNER_SEQ = PROMPT_SLOT + 1 + 256  # 417 positions


def prompt_ids(prompt):
    """BOS + UTF-8 bytes of the prompt, truncated to MAX_PROMPT_BYTES."""
    b = prompt.encode("utf-8")[:MAX_PROMPT_BYTES]
    return [BOS_ID] + list(b)


def env_threads():
    n = os.environ.get("TESSERA_THREADS")
    return int(n) if n else None
