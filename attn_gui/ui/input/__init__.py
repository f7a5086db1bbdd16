"""The input dock: the sentence, the sizes and the switches that pose the problem."""
