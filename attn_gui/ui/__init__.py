"""Every Qt widget of the app; the numbers they show come from attn_gui.core."""
