"""The lesson as data: the stages of the curriculum (and, later, the animation's steps). No Qt."""
