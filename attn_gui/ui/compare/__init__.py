"""Side-by-side comparisons: scaling, mask, temperature, √d_k variance, soft lookup."""
