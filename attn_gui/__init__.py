"""attn-gui: a classroom tool that steps through transformer attention."""

__version__ = "0.1.0"
