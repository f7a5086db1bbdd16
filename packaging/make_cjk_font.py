"""Make the Chinese font the app ships: ``python packaging/make_cjk_font.py``.

The app has to draw Chinese on machines that have no CJK font, so it carries a subset of Noto Sans
CJK SC (SIL Open Font License 1.1). This script writes attn_gui/fonts/NotoSansSC-Regular-subset.otf
and attn_gui/fonts/OFL.txt from the Noto Sans CJK variable collection that the pip package
manimgx-fonts-cjk holds. It takes the collection's SC face, pins its weight axis at 400 (Regular),
turns the CFF2 outlines into CFF (which font engines older than CFF2, such as Windows' GDI, also
read), and keeps only the characters listed below: GB 2312, ASCII, Latin-1, the general and CJK
punctuation blocks, the fullwidth and halfwidth forms, and every non-ASCII character in the strings
of the app's Chinese translation (resources/translations/attn_gui_zh_CN.ts). Run it again after the
translation gains characters, and commit what it writes; it ends by naming any character of the
translation that Noto Sans CJK itself lacks (those are left to Qt's fallback fonts).

fontTools and manimgx-fonts-cjk are build-time tools, not dependencies of the app:

    .venv/bin/pip install fonttools==4.68.0 manimgx-fonts-cjk==2026.9.26.post1
    .venv/bin/python packaging/make_cjk_font.py

The output depends only on the source font, the translation and the fontTools version (the font's
timestamp is the source's, not the time of the run), so two runs give the same bytes; OFL.txt
records the versions and the source's hash. It takes about half a minute: the subsetting is done on
the variable font first, so that only the glyphs kept are instanced.
"""

import argparse
import hashlib
import io
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

import fontTools
from fontTools import subset
from fontTools.cffLib.CFF2ToCFF import convertCFF2ToCFF
from fontTools.ttLib import TTCollection, TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parent.parent
TRANSLATION = ROOT / "resources" / "translations" / "attn_gui_zh_CN.ts"
OUT_DIR = ROOT / "attn_gui" / "fonts"
FONT_OUT = OUT_DIR / "NotoSansSC-Regular-subset.otf"
LICENCE_OUT = OUT_DIR / "OFL.txt"

SOURCE_PACKAGE = "manimgx-fonts-cjk"
SOURCE_FILE = "NotoSansCJK-VF.otf.ttc"
SOURCE_FAMILY = "Noto Sans CJK SC"
WEIGHT = 400

# The subset is renamed, as the OFL asks of a Modified Version. Its licence reserves the name
# "Source" (Noto Sans CJK is Adobe's Source Han Sans); "Noto" is not reserved.
FAMILY = "attn-gui Noto Sans SC"
STYLE = "Regular"
POSTSCRIPT_NAME = "AttnGuiNotoSansSC-Regular"
FS_ITALIC, FS_BOLD, FS_REGULAR = 1 << 0, 1 << 5, 1 << 6  # OS/2 fsSelection bits
# Name records kept from the source: copyright, trademark, manufacturer, designer, description,
# vendor URL, licence and licence URL. The rest (the names, and the variable font's) are replaced.
KEPT_NAME_IDS = (0, 7, 8, 9, 10, 11, 13, 14)

RANGES = (  # inclusive; code points the source font lacks are skipped
    (0x0020, 0x007E),  # printable ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # fullwidth and halfwidth forms
)
# What HarfBuzz applies to horizontal text, and the spacing features. Left out: 'locl', which would
# pull in the Japanese, Korean and traditional Chinese forms of thousands of characters, and the
# vertical-text and alternate-form features, which Qt does not use.
LAYOUT_FEATURES = ("ccmp", "liga", "calt", "kern", "mark", "palt", "halt")
# The translation's elements that hold text a person reads.
TS_TEXT_TAGS = ("source", "translation", "numerusform", "comment", "extracomment", "translatorcomment")


def gb2312_characters() -> set[int]:
    """Every character of GB 2312: each valid two-byte code (rows and cells 0xA1-0xFE) decoded."""
    characters = set()
    for row in range(0xA1, 0xFF):
        for cell in range(0xA1, 0xFF):
            try:
                characters.add(ord(bytes((row, cell)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return characters


def translation_characters(ts_file: Path) -> set[int]:
    """The non-ASCII characters in the strings of a Qt Linguist .ts file."""
    characters = set()
    for element in ET.parse(ts_file).iter():
        if element.tag in TS_TEXT_TAGS and element.text:
            characters.update(ord(c) for c in element.text if ord(c) > 0x7F)
    return characters


def wanted_characters(ts_file: Path) -> set[int]:
    """The code points the subset is asked to cover."""
    characters = gb2312_characters() | translation_characters(ts_file)
    for first, last in RANGES:
        characters.update(range(first, last + 1))
    return characters


def source_font_path() -> Path:
    """The Noto Sans CJK collection inside the installed manimgx-fonts-cjk package."""
    try:
        distribution = metadata.distribution(SOURCE_PACKAGE)
    except metadata.PackageNotFoundError:
        sys.exit(f"{SOURCE_PACKAGE} is not installed: pip install fonttools {SOURCE_PACKAGE}")
    for file in distribution.files or ():
        if file.name == SOURCE_FILE:
            return Path(str(distribution.locate_file(file)))
    sys.exit(f"{SOURCE_PACKAGE} {distribution.version} has no {SOURCE_FILE}")


def source_licence() -> str:
    """The licence file of the manimgx-fonts-cjk package: the font's copyright notice and the OFL."""
    distribution = metadata.distribution(SOURCE_PACKAGE)
    for file in distribution.files or ():
        if file.name in ("LICENSE", "LICENSE.txt", "OFL.txt") and "dist-info" in str(file):
            return file.read_text(encoding="utf-8")
    sys.exit(f"{SOURCE_PACKAGE} {distribution.version} has no licence file")


def face_index(collection: Path, family: str) -> int:
    """The index, in a font collection, of the face whose family name is ``family``."""
    faces = TTCollection(str(collection), lazy=True).fonts
    for index, face in enumerate(faces):
        if face["name"].getDebugName(1) == family:
            return index
    names = [face["name"].getDebugName(1) for face in faces]
    sys.exit(f"{collection.name} has no face named {family!r}, only {names}")


def reloaded(font: TTFont) -> TTFont:
    """``font`` saved and read back, so that no table holds state from the step before."""
    stream = io.BytesIO()
    font.save(stream)
    stream.seek(0)
    return TTFont(stream, recalcBBoxes=False, recalcTimestamp=False)


def subset_font(font: TTFont, unicodes: Iterable[int]) -> TTFont:
    """``font`` cut down to the glyphs for ``unicodes`` (and what the kept features reach)."""
    options = subset.Options()
    options.layout_features = list(LAYOUT_FEATURES)
    # The hinting stays: the source's outlines carry no stem hints, only the alignment zones and stem
    # widths of its Private dicts, and dropping those would save a few hundred bytes.
    options.hinting = True
    options.notdef_outline = True  # the missing-glyph box, for a character no font has
    options.name_IDs = ["*"]  # the licence (13, 14), copyright (0) and credits; renamed below
    options.name_languages = ["*"]
    options.name_legacy = True
    options.recalc_bounds = True
    options.recalc_average_width = True
    options.recalc_max_context = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    return reloaded(font)


def cff2_to_cff(font: TTFont) -> TTFont:
    """A static CFF2 font converted to CFF (version 1)."""
    top_dict = font["CFF2"].cff.topDictIndex[0]
    # fontTools 4.68's converter reads these lazily after it has switched the font to CFF, which
    # fails for a CID-keyed font: read them first.
    _ = top_dict.CharStrings
    _ = getattr(top_dict, "FDSelect", None)
    for font_dict in top_dict.FDArray:
        _ = font_dict.Private
    convertCFF2ToCFF(font)
    return reloaded(font)  # glyph names are now CIDs: read the other tables again with them


def rename(font: TTFont) -> None:
    """Give the subset its own name, keeping the copyright, trademark, credit and licence records."""
    name = font["name"]
    source_version = name.getDebugName(5) or "Version 1.0"
    kept = {
        record.nameID: record.toUnicode()
        for record in name.names
        if (record.platformID, record.langID) == (3, 0x409) and record.nameID in KEPT_NAME_IDS
    }
    kept[1] = FAMILY
    kept[2] = STYLE
    kept[3] = f"{source_version.split(';')[0].removeprefix('Version ')};attn-gui;{POSTSCRIPT_NAME}"
    kept[4] = f"{FAMILY}"
    kept[5] = f"{source_version.split(';')[0]};attn-gui subset of {SOURCE_FAMILY}"
    kept[6] = POSTSCRIPT_NAME
    name.names = []
    for name_id in sorted(kept):
        name.setName(kept[name_id], name_id, 3, 1, 0x409)  # Windows, Unicode BMP, English (US)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT_NAME]
    top_dict = cff.topDictIndex[0]
    for font_dict in top_dict.FDArray:  # "NotoSansCJKsc-Thin-Alphabetic" and the like
        if hasattr(font_dict, "FontName"):
            font_dict.FontName = f"{POSTSCRIPT_NAME}-{font_dict.FontName.rsplit('-', 1)[-1]}"
    for attribute in ("FullName", "FamilyName"):
        if hasattr(top_dict, attribute):
            setattr(top_dict, attribute, FAMILY)


def make_font(source: Path, ts_file: Path) -> tuple[TTFont, set[int]]:
    """The subset font, and the wanted code points the source font lacks."""
    index = face_index(source, SOURCE_FAMILY)
    font = TTFont(str(source), fontNumber=index, recalcBBoxes=False, recalcTimestamp=False)
    timestamp = font["head"].modified
    unicodes = wanted_characters(ts_file)
    missing = unicodes - set(font.getBestCmap())
    # Subset the variable font first: instancing then only has the kept glyphs to do.
    font = subset_font(font, unicodes)
    if "fvar" in font:
        font = reloaded(instancer.instantiateVariableFont(font, {"wght": WEIGHT}))
    if "CFF2" in font:
        font = cff2_to_cff(font)
    # Again, on the static font: drops whatever instancing and the conversion left unused.
    font = subset_font(font, unicodes)
    rename(font)
    if "STAT" in font:  # the variable font's style names: a static font needs none
        del font["STAT"]
    os2 = font["OS/2"]  # the source's bits are the Thin default master's
    os2.fsSelection = (os2.fsSelection & ~(FS_ITALIC | FS_BOLD)) | FS_REGULAR
    font["head"].macStyle = 0
    font["head"].modified = timestamp
    return font, missing


def licence_text(source: Path, licence: str) -> str:
    """OFL.txt: what the subset is and how it was made, then the source font's licence."""
    start = licence.index("This Font Software is licensed under the SIL Open Font License")
    header, body = licence[:start], licence[start:]
    copyright_lines = [line for line in header.splitlines() if line.startswith("Copyright")]
    if not copyright_lines:
        sys.exit(f"the licence of {SOURCE_PACKAGE} has no copyright line before the OFL")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    package_version = metadata.version(SOURCE_PACKAGE)
    how = (
        f'{FONT_OUT.name} (family "{FAMILY}") is a Modified Version of {SOURCE_FAMILY}: the SC face of '
        f"{SOURCE_FILE} from the pip package {SOURCE_PACKAGE} {package_version} (sha256 {digest}), "
        f"made by packaging/make_cjk_font.py with fontTools {fontTools.version}. It is pinned at "
        f"wght={WEIGHT} ({STYLE}), converted from CFF2 to CFF and subset to "
        "GB 2312, printable ASCII, Latin-1 Supplement, General Punctuation, CJK Symbols and "
        "Punctuation, Halfwidth and Fullwidth Forms and the characters of attn-gui's Chinese "
        f"translation. It is renamed \"{FAMILY}\" and does not use the Reserved Font Name 'Source'."
    )
    return "\n".join([*_wrap(how, 100), "", *copyright_lines, "", body.rstrip("\n"), ""])


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line] if line else lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    started = time.monotonic()
    source = source_font_path()
    font, missing = make_font(source, TRANSLATION)
    OUT_DIR.mkdir(exist_ok=True)
    font.save(str(FONT_OUT))
    LICENCE_OUT.write_text(licence_text(source, source_licence()), encoding="utf-8", newline="\n")
    print(
        f"{FONT_OUT.relative_to(ROOT)}: {FONT_OUT.stat().st_size:,} bytes, "
        f"{len(font.getBestCmap()):,} characters, {font['maxp'].numGlyphs:,} glyphs"
    )
    print(f"{LICENCE_OUT.relative_to(ROOT)} written")
    if missing:
        print(f"{len(missing)} wanted code points are not in {SOURCE_FAMILY} and were skipped")
    if untranslatable := sorted(missing & translation_characters(TRANSLATION)):
        shown = ", ".join(f"U+{c:04X} {chr(c)}" for c in untranslatable)
        print(f"the translation uses characters {SOURCE_FAMILY} lacks, left to Qt's fallback fonts: {shown}")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
