"""How each kind of stage is animated: a product, a softmax, a mask, a copy, a cell-wise stage."""
