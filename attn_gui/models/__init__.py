"""Trained models run in NumPy: a pretrained encoder read with safetensors and tokenizers, and
the small translator the project trains and ships. Never imports Qt or torch."""
