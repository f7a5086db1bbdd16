"""A real model's attention beyond one head: every layer and head at once (ModelView) and how
attention composes across the layers (RolloutView). Both are handed the weights; neither loads
or runs the model."""

from attn_gui.ui.model.model_view import ModelView
from attn_gui.ui.model.rollout_view import RolloutView

__all__ = ["ModelView", "RolloutView"]
