"""Where the lesson is: the timeline of the current trace, the position on it, and the head.

Every move (a key, the slider, the stage list, a clicker, the quiz) is a position on the
timeline, so they all agree; a new trace or granularity keeps the place at the same stage.
"""

from PySide6.QtCore import QObject, Signal

from attn_gui.core import AttentionTrace
from attn_gui.timeline.model import Step
from attn_gui.timeline.timeline import Timeline, build_timeline
from attn_gui.ui.player.player import Player


class Navigator(QObject):
    """Owns the player and the timeline; ``stage`` and ``head`` follow the position.

    ``stepChanged`` carries the position after ``stage`` and ``head`` are updated, and also
    when the head changes at a stage that all heads share (the views still show that head).
    """

    stepChanged = Signal(object)  # the position: may exceed a C++ int
    timelineChanged = Signal(object)  # a new timeline (new trace or granularity), before its step

    def __init__(
        self, trace: AttentionTrace, stage: str, head: int, local: int | None, parent: QObject | None = None
    ) -> None:
        """Start at step ``local`` of ``stage`` (None: the stage complete); a stage the trace
        does not have means the start of its first one."""
        super().__init__(parent)
        self.player = Player(self)
        self.timeline: Timeline = build_timeline(trace, "term")
        if stage not in trace.stage_names:
            stage, local = trace.stage_names[0], 0
        self.stage = stage
        self.head = min(max(head, 0), trace.num_heads - 1)
        self.player.set_length(len(self.timeline))
        self.seek_in_stage(stage, local)
        self.player.stepChanged.connect(self._on_position)

    @property
    def position(self) -> int:
        return self.player.position

    def step(self) -> Step:
        """The step at the current position, as the timeline has it."""
        return self.timeline[self.player.position]

    def _on_position(self, index: int) -> None:
        step = self.timeline[index]
        self.stage = step.stage
        if step.head is not None:
            self.head = step.head
        self.stepChanged.emit(index)

    # -- moves ------------------------------------------------------------------------------

    def stage_end(self, name: str) -> int:
        """The last step of stage ``name`` (for the current head): the stage complete."""
        segment = self.timeline.segment_at(self.timeline.start_of(name, self.head))
        return segment.stop - 1

    def set_stage(self, name: str) -> None:
        """Show stage ``name`` complete: its last step, for the current head."""
        if name in self.timeline.trace.stage_names:
            self.player.seek(self.stage_end(name))

    def step_stage(self, delta: int) -> None:
        """To the start of the next stage; back to the start of this one, or of the one before
        when already there (as a media player's chapter buttons do)."""
        starts = self.timeline.stage_starts()
        position = self.player.position
        if delta > 0:
            later = [s for s in starts if s > position]
            self.player.seek(later[0] if later else self.player.length - 1)
        else:
            earlier = [s for s in starts if s < position]
            self.player.seek(earlier[-1] if earlier else 0)

    def set_head(self, head: int) -> None:
        """The same moment of another head's pipeline (shared stages are the same for all)."""
        head = min(max(head, 0), self.timeline.trace.num_heads - 1)
        if head == self.head:
            return
        self.head = head
        step = self.step()
        if step.head is not None:
            self.player.seek(self.timeline.index_of(step.stage, head, step.local))
        else:
            self.stepChanged.emit(self.player.position)

    def seek_in_stage(self, stage: str, local: int | None) -> None:
        """Step ``local`` of ``stage`` for the current head (clamped); None: the stage complete."""
        segment = self.timeline.segment_at(self.timeline.start_of(stage, self.head))
        last = segment.count - 1
        self.player.seek(segment.start + (last if local is None else min(local, last)))

    # -- new timelines ------------------------------------------------------------------------

    def set_trace(self, trace: AttentionTrace) -> None:
        """A new trace: same granularity, same stage and relative place, even while playing."""
        self._rebuild(trace, self.timeline.granularity)

    def set_granularity(self, granularity: str) -> None:
        """Rebuild the timeline at another granularity, staying at the same stage."""
        if granularity != self.timeline.granularity:
            self._rebuild(self.timeline.trace, granularity)

    def _rebuild(self, trace: AttentionTrace, granularity: str) -> None:
        old = self.step()
        self.timeline = build_timeline(trace, granularity)
        self.timelineChanged.emit(self.timeline)
        self.head = min(self.head if old.head is None else old.head, trace.num_heads - 1)
        if old.stage not in trace.stage_names:  # another kind of lesson: start at its beginning
            self.player.set_length(len(self.timeline), 0)
            return
        segment = self.timeline.segment_at(self.timeline.start_of(old.stage, self.head))
        local = (
            round(old.local * (segment.count - 1) / (old.count - 1)) if old.count > 1 else segment.count - 1
        )
        self.player.set_length(len(self.timeline), segment.start + local)
