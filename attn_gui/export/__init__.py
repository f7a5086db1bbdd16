"""Writing what the app shows to files: matrices, lessons, figures and animations, all atomically."""
