"""The shipped translator on disk: a float64 ``.npz`` of weights and a small JSON beside it.

The ``.npz`` holds torch's state dict exactly as trained (no pickles: ``allow_pickle=False``); the
JSON holds the sizes, both vocabularies and how the weights were trained. Both are checked whole
before anything is built, so a damaged or mismatched file is one ModelError, never a wrong model.
"""

import json
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any, NoReturn

import numpy as np

from attn_gui.models.errors import ModelError
from attn_gui.models.translator.parameters import (
    Architecture,
    Array,
    TranslatorWeights,
    from_state_dict,
    state_dict_shapes,
)
from attn_gui.models.translator.vocabulary import BOS, EOS
from attn_gui.translatable import QT_TRANSLATE_NOOP

SHIPPED = Path(__file__).resolve().parent
WEIGHTS_FILE = "translator.npz"
DESCRIPTION_FILE = "translator.json"
FORMAT = "attn-gui translator"
VERSION = 1

_MISSING = QT_TRANSLATE_NOOP("ModelError", "The translator's file {file} is missing.")
_UNREADABLE = QT_TRANSLATE_NOOP("ModelError", "The translator's file {file} is damaged and cannot be read.")
_WRONG_CONTENT = QT_TRANSLATE_NOOP(
    "ModelError", "The translator's file {file} is not usable: {item} is missing or has the wrong shape."
)


def _refuse(template: str, path: Path, **params: Any) -> NoReturn:
    raise ModelError(template, file=str(path), **params)


def _read_description(path: Path) -> dict[str, Any]:
    try:
        description = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        _refuse(_MISSING, path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        _refuse(_UNREADABLE, path)
    if not isinstance(description, dict) or description.get("format") != FORMAT:
        _refuse(_WRONG_CONTENT, path, item="format")
    if description.get("version") != VERSION:
        _refuse(_WRONG_CONTENT, path, item="version")
    return description


def _architecture(description: Mapping[str, Any], path: Path) -> Architecture:
    sizes = description.get("architecture")
    whole = ("d_model", "heads", "d_ff", "encoder_layers", "decoder_layers")
    if not isinstance(sizes, dict) or set(sizes) != {*whole, "layer_norm_eps"}:
        _refuse(_WRONG_CONTENT, path, item="architecture")
    for name in whole:
        if type(sizes[name]) is not int or sizes[name] < 1:
            _refuse(_WRONG_CONTENT, path, item=name)
    if sizes["d_model"] % sizes["heads"]:
        _refuse(_WRONG_CONTENT, path, item="heads")
    eps = sizes["layer_norm_eps"]
    if type(eps) is not float or not 0 < eps < 1:
        _refuse(_WRONG_CONTENT, path, item="layer_norm_eps")
    return Architecture(**sizes)


def _vocabulary(
    description: Mapping[str, Any], name: str, markers: tuple[str, ...], path: Path
) -> tuple[str, ...]:
    words = description.get(name)
    if (
        not isinstance(words, list)
        or not all(isinstance(w, str) and w and not w.isspace() for w in words)
        or len(set(words)) != len(words)
        or not set(markers) <= set(words)
    ):
        _refuse(_WRONG_CONTENT, path, item=name)
    return tuple(words)


def _read_npz(path: Path) -> dict[str, Array]:
    try:
        with path.open("rb") as file:  # ours to close, even when np.load fails half-way
            npz = np.load(file, allow_pickle=False)
            if not isinstance(npz, np.lib.npyio.NpzFile):
                raise ValueError("a single array, not an archive of them")
            with npz:
                return {name: npz[name] for name in npz.files}
    except FileNotFoundError:
        _refuse(_MISSING, path)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error):
        _refuse(_UNREADABLE, path)


def _read_arrays(path: Path, shapes: Mapping[str, tuple[int, ...]]) -> dict[str, Array]:
    arrays = _read_npz(path)
    for name in sorted(set(shapes) ^ set(arrays)):
        _refuse(_WRONG_CONTENT, path, item=name)
    for name, shape in shapes.items():
        array = arrays[name]
        if array.dtype != np.float64 or array.shape != shape or not np.isfinite(array).all():
            _refuse(_WRONG_CONTENT, path, item=name)
    return arrays


def load_weights(directory: Path = SHIPPED) -> TranslatorWeights:
    """The translator in ``directory`` (by default the one shipped in the package), checked whole."""
    description_path = directory / DESCRIPTION_FILE
    description = _read_description(description_path)
    architecture = _architecture(description, description_path)
    english = _vocabulary(description, "english", (EOS,), description_path)
    chinese = _vocabulary(description, "chinese", (BOS, EOS), description_path)
    shapes = state_dict_shapes(architecture, len(english), len(chinese))
    arrays = _read_arrays(directory / WEIGHTS_FILE, shapes)
    return from_state_dict(arrays, architecture, english, chinese)


def write_weights(
    directory: Path,
    arrays: Mapping[str, Array],
    architecture: Architecture,
    english: tuple[str, ...],
    chinese: tuple[str, ...],
    training: Mapping[str, Any],
) -> None:
    """Write the state dict and its description, as load_weights reads them back."""
    description = {
        "format": FORMAT,
        "version": VERSION,
        "architecture": asdict(architecture),
        "english": list(english),
        "chinese": list(chinese),
        "training": dict(training),
    }
    text = json.dumps(description, ensure_ascii=False, indent=1) + "\n"
    (directory / DESCRIPTION_FILE).write_text(text, encoding="utf-8")
    np.savez(
        directory / WEIGHTS_FILE, **{name: np.asarray(a, dtype=np.float64) for name, a in arrays.items()}
    )
