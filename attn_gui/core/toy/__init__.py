"""The toy lesson: a validated configuration, seeded random inputs and weights, its stages and trace."""
