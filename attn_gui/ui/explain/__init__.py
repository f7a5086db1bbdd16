"""The explanation pane: each stage in general and with the lesson's own numbers, and a cell's arithmetic."""
