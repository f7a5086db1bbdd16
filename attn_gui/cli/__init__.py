"""The command line: the GUI's start-up options and the headless ``export`` command."""
