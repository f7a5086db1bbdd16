"""Quiz mode: the class predicts each result before it is revealed."""
