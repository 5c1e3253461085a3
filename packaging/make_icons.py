"""Draw the app and programme-file icons with Pillow (no binary design files to maintain).

    python packaging/make_icons.py     # writes resources/icons/{app,programme-file}.{ico,png}

The .ico files hold 16-256 px images: app.ico is the exe/Start menu icon (the
spec and installer.iss use it), programme-file.ico is what Explorer shows for
programme files (installer.iss registers it). The PNGs are for the window icon.
Drawn at 4x and scaled down, so small sizes stay smooth. Run again only when the
design changes; the outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]
S = 1024  # drawing canvas

BLUE = (31, 78, 121, 255)
BLUE_LIGHT = (63, 122, 178, 255)
WHITE = (255, 255, 255, 255)
PAPER = (250, 251, 253, 255)
LINE = (176, 190, 205, 255)
GREEN = (46, 158, 98, 255)
ORANGE = (232, 145, 38, 255)
SHADOW = (0, 0, 0, 60)


def _bars(draw: ImageDraw.ImageDraw, x0: int, y_base: int, width: int, heights: list[int], colors: list) -> None:
    gap = width // (len(heights) * 3)
    bar = (width - gap * (len(heights) - 1)) // len(heights)
    for i, (h, c) in enumerate(zip(heights, colors, strict=True)):
        x = x0 + i * (bar + gap)
        draw.rounded_rectangle([x, y_base - h, x + bar, y_base], radius=bar // 6, fill=c)


def app_icon() -> Image.Image:
    """Blue rounded tile with a white programme sheet and rising bars (plan -> follow-up)."""
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([40, 40, S - 40, S - 40], radius=190, fill=BLUE)
    d.rounded_rectangle([40, 40, S - 40, S // 2], radius=190, fill=BLUE_LIGHT)
    d.rectangle([40, S // 2 - 190, S - 40, S // 2], fill=BLUE_LIGHT)
    d.rectangle([40, S // 2, S - 40, S // 2 + 1], fill=BLUE)
    # sheet
    d.rounded_rectangle([230, 170, 794, 860], radius=50, fill=SHADOW)
    d.rounded_rectangle([210, 150, 774, 840], radius=50, fill=PAPER)
    for i, w in enumerate((420, 340, 380)):
        y = 250 + i * 90
        d.rounded_rectangle([290, y, 290 + w, y + 42], radius=21, fill=LINE)
    _bars(d, 300, 770, 400, [120, 200, 290], [ORANGE, BLUE_LIGHT, GREEN])
    return img


def file_icon() -> Image.Image:
    """A page with a folded corner, a blue heading band and the same bars: a programme file."""
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    left, top, right, bottom, fold = 170, 60, 854, 964, 200
    page = [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)]
    d.polygon([(x + 18, y + 18) for x, y in page], fill=SHADOW)
    d.polygon(page, fill=PAPER, outline=(120, 135, 150, 255), width=14)
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=LINE)
    d.rectangle([left + 7, 300, right - 7, 420], fill=BLUE)
    for i, w in enumerate((470, 380)):
        y = 480 + i * 80
        d.rounded_rectangle([250, y, 250 + w, y + 40], radius=20, fill=LINE)
    _bars(d, 260, 890, 500, [90, 150, 220], [ORANGE, BLUE_LIGHT, GREEN])
    return img


def save(img: Image.Image, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = img.resize((256, 256), Image.Resampling.LANCZOS)
    big.save(OUT / f"{name}.png", optimize=True)
    img.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / f"{name}.ico", sizes=ICO_SIZES)
    print(f"wrote {OUT / name}.ico and .png")


if __name__ == "__main__":
    save(app_icon(), "app")
    save(file_icon(), "programme-file")
