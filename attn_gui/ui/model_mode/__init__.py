"""The window's model mode: a real model's choices in the header, its views as tabs."""
