"""Shared test set-up: Qt runs offscreen unless the caller chose a platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface language follows the system's: pin it, so English assertions hold on any desktop.
os.environ["LC_ALL"] = "en_US.UTF-8"
