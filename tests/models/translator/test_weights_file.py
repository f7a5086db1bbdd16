"""The shipped weights file: small, float64 only, no pickles; a damaged one is one plain sentence."""

import io
import json
import shutil

import numpy as np
import pytest

from attn_gui.models.errors import ModelError
from attn_gui.models.translator import load_translator
from attn_gui.models.translator.weights_file import DESCRIPTION_FILE, SHIPPED, WEIGHTS_FILE


@pytest.fixture
def copy(tmp_path):
    for name in (WEIGHTS_FILE, DESCRIPTION_FILE):
        shutil.copyfile(SHIPPED / name, tmp_path / name)
    return tmp_path


def test_the_shipped_file_is_small_float64_and_pickle_free():
    assert (SHIPPED / WEIGHTS_FILE).stat().st_size <= 200_000
    with np.load(SHIPPED / WEIGHTS_FILE, allow_pickle=False) as npz:
        assert {npz[name].dtype for name in npz.files} == {np.dtype(np.float64)}


def test_a_copy_loads_and_translates_like_the_shipped_one(copy):
    assert load_translator(copy).translate("we like tea").output_tokens == ("我们", "喜欢", "茶")


def test_loaded_weights_are_read_only(copy):
    weights = load_translator(copy).weights
    with pytest.raises(ValueError, match="read-only"):
        weights.decoder_layers[0].cross_attention.w_q[0, 0] = 1.0


def refusal(directory) -> str:
    with pytest.raises(ModelError) as caught:
        load_translator(directory)
    assert caught.value.template.count(".") == 1  # one sentence
    return str(caught.value)


@pytest.mark.parametrize("name", [WEIGHTS_FILE, DESCRIPTION_FILE])
def test_a_missing_file_is_named(copy, name):
    (copy / name).unlink()
    assert refusal(copy) == f"The translator's file {copy / name} is missing."


def npy_bytes() -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.zeros(3))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        (WEIGHTS_FILE, lambda data: b"not a zip file at all"),
        (WEIGHTS_FILE, lambda data: data[: len(data) // 2]),
        (WEIGHTS_FILE, lambda data: data[:1000] + bytes(1000) + data[2000:]),
        (WEIGHTS_FILE, lambda data: npy_bytes()),
        (DESCRIPTION_FILE, lambda data: data[: len(data) // 2]),
        (DESCRIPTION_FILE, lambda data: b"\xff\xfe" + data),
    ],
    ids=["npz-garbage", "npz-truncated", "npz-zeroed", "npy", "json-truncated", "json-not-utf8"],
)
def test_a_damaged_file_is_refused(copy, name, damage):
    path = copy / name
    path.write_bytes(damage(path.read_bytes()))
    assert refusal(copy) == f"The translator's file {path} is damaged and cannot be read."


def rewrite_npz(directory, change):
    path = directory / WEIGHTS_FILE
    with np.load(path, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    change(arrays)
    np.savez(path, **arrays)
    return path


@pytest.mark.parametrize(
    ("change", "item"),
    [
        (lambda a: a.pop("output_projection.weight"), "output_projection.weight"),
        (lambda a: a.update({"extra": np.zeros(3)}), "extra"),
        (lambda a: a.update({"target_embedding.weight": np.zeros((31, 15))}), "target_embedding.weight"),
        (
            lambda a: a.update({"source_embedding.weight": np.zeros((40, 16), np.float32)}),
            "source_embedding.weight",
        ),
        (lambda a: a["decoder_layers.0.norm3.bias"].__setitem__(0, np.nan), "decoder_layers.0.norm3.bias"),
    ],
    ids=["missing", "unexpected", "shape", "float32", "nan"],
)
def test_weights_that_do_not_fit_are_refused_naming_the_entry(copy, change, item):
    path = rewrite_npz(copy, change)
    assert refusal(copy) == (
        f"The translator's file {path} is not usable: {item} is missing or has the wrong shape."
    )


def test_pickled_arrays_are_refused_not_loaded(copy):
    path = rewrite_npz(copy, lambda a: a.update({"output_projection.weight": np.array([{}], dtype=object)}))
    assert refusal(copy) == f"The translator's file {path} is damaged and cannot be read."


@pytest.mark.parametrize(
    ("edit", "item"),
    [
        (lambda d: d.update(format="something else"), "format"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d["architecture"].update(heads=3), "heads"),
        (lambda d: d["architecture"].update(d_model="16"), "d_model"),
        (lambda d: d["architecture"].pop("d_ff"), "architecture"),
        (lambda d: d.update(english=d["english"][1:]), "english"),
        (lambda d: d.update(chinese=[*d["chinese"], "我"]), "chinese"),
    ],
)
def test_a_description_that_does_not_fit_is_refused(copy, edit, item):
    path = copy / DESCRIPTION_FILE
    description = json.loads(path.read_text(encoding="utf-8"))
    edit(description)
    path.write_text(json.dumps(description), encoding="utf-8")
    assert refusal(copy) == (
        f"The translator's file {path} is not usable: {item} is missing or has the wrong shape."
    )
