"""Moving through the lesson: the player, the transport bar and the stage navigators."""
