"""What the app remembers between sessions: the last lesson, the view options, the window."""

import json

from PySide6.QtCore import QByteArray, QSettings

from attn_gui.core import AttentionConfig, ConfigError, config_as_dict, config_from_dict
from attn_gui.models.lesson.source import MAX_LAYERS, MAX_STEPS, PARTS, ModelLesson
from attn_gui.timeline.model import GRANULARITIES
from attn_gui.ui.stage.view_options import ViewOptions


class Preferences:
    """A typed face on QSettings; a damaged or outdated value falls back to the default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings("attn-gui", "attn-gui")

    def config(self) -> AttentionConfig | None:
        try:
            return config_from_dict(json.loads(str(self.settings.value("lesson/config", ""))))
        except (ValueError, TypeError, ConfigError):
            return None

    def typing(self) -> tuple[bool, tuple[str | None, str | None]]:
        """Whether Chinese was split per character, and the sentences as they were typed."""
        split = str(self.settings.value("lesson/split_cjk", "false")).lower() == "true"
        texts = (self.settings.value("lesson/tokens_text"), self.settings.value("lesson/kv_tokens_text"))
        return split, tuple(t if isinstance(t, str) else None for t in texts)

    def set_config(
        self, config: AttentionConfig, split_cjk: bool = False, texts: tuple[str, str] = ("", "")
    ) -> None:
        self.settings.setValue("lesson/config", json.dumps(config_as_dict(config), ensure_ascii=False))
        self.settings.setValue("lesson/split_cjk", split_cjk)
        self.settings.setValue("lesson/tokens_text", texts[0])
        self.settings.setValue("lesson/kv_tokens_text", texts[1])

    def model(self) -> ModelLesson | None:
        """The real model's lesson last shown (its model, text, layer, attention, step), if any."""
        source, text = self.settings.value("lesson/model"), self.settings.value("lesson/model_text")
        part = str(self.settings.value("lesson/model_part", PARTS[0]))
        if not (isinstance(source, str) and source and isinstance(text, str)) or part not in PARTS:
            return None
        layer = min(max(self._int("lesson/model_layer", 1), 1), MAX_LAYERS)
        step = min(max(self._int("lesson/model_step", 1), 1), MAX_STEPS)
        return ModelLesson(text, source, layer, part, step)

    def set_model(self, lesson: ModelLesson | None) -> None:
        """Remember ``lesson`` (None: the toy was shown), never the model's weights."""
        self.settings.setValue("lesson/model", "" if lesson is None else lesson.model)
        if lesson is not None:
            self.settings.setValue("lesson/model_text", lesson.text)
            self.settings.setValue("lesson/model_layer", lesson.layer)
            self.settings.setValue("lesson/model_part", lesson.part)
            self.settings.setValue("lesson/model_step", lesson.step)

    def position(self) -> tuple[str, int, int, str]:
        """The stage, head, step (within the stage) and granularity last shown; the window falls
        back to the start of the first stage when the lesson has no such stage."""
        stage = str(self.settings.value("lesson/stage", "x"))
        granularity = str(self.settings.value("lesson/granularity", "auto"))
        return (
            stage,
            max(self._int("lesson/head", 0), 0),
            max(self._int("lesson/step", 0), 0),
            granularity if granularity in GRANULARITIES else "auto",
        )

    def set_position(self, stage: str, head: int, step: int, granularity: str) -> None:
        self.settings.setValue("lesson/stage", stage)
        self.settings.setValue("lesson/head", head)
        self.settings.setValue("lesson/step", step)
        self.settings.setValue("lesson/granularity", granularity)

    def view_options(self) -> ViewOptions:
        return ViewOptions(
            decimals=min(max(self._int("view/decimals", 2), 0), 6),
            percent=self._switch("view/percent"),
            colour_blind=self._switch("view/colour_blind"),
        )

    def set_view_options(self, options: ViewOptions) -> None:
        self.settings.setValue("view/decimals", options.decimals)
        self.settings.setValue("view/percent", options.percent)
        self.settings.setValue("view/colour_blind", options.colour_blind)

    def language(self) -> str | None:
        value = self.settings.value("view/language")
        return value if isinstance(value, str) else None

    def set_language(self, language: str) -> None:
        self.settings.setValue("view/language", language)

    def theme(self) -> str:
        return str(self.settings.value("view/theme", "system"))

    def set_theme(self, theme: str) -> None:
        self.settings.setValue("view/theme", theme)

    def font_points(self) -> float | None:
        try:
            return float(self.settings.value("view/font_points"))
        except (TypeError, ValueError):
            return None

    def set_font_points(self, points: float) -> None:
        self.settings.setValue("view/font_points", points)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.settings.value("window/geometry"), self.settings.value("window/state")

    def set_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    def _switch(self, key: str) -> bool:
        return str(self.settings.value(key, "false")).lower() == "true"  # INI files store "true"

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self.settings.value(key, default))
        except (TypeError, ValueError):
            return default
