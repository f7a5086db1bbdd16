"""Writing what the app shows to files: matrices now, figures and animations later."""
