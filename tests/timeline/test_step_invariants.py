"""What holds for every step of every stage: consistent positions, filled cells that only grow
and end complete, highlights inside the matrices the stage shows, plain numbers."""

from attn_gui.timeline.timeline import build_timeline

from .helpers import cells_of, segments_with_steps

# The matrices each stage puts on screen, by the names highlights use.
SHOWN = {
    "x": {"x"},
    "pe": {"pe"},
    "x_in": {"x", "pe", "x_in"},
    "q": {"x_in", "w_q", "q"},
    "k": {"x_in", "x_kv_in", "w_k", "k"},
    "v": {"x_in", "x_kv_in", "w_v", "v"},
    "k_t": {"k", "k_t"},
    "scores": {"q", "k_t", "scores"},
    "scaled": {"scores", "scaled"},
    "masked": {"scaled", "masked"},
    "weights": {"masked", "weights"},
    "head_output": {"weights", "v", "head_output"},
    "concat": {"head_output", "concat"},
    "output": {"concat", "w_o", "output"},
}
PHASES = {"row", "term", "cell", "head", "stage", "exp", "row-sum", "divide-row", "percent"}


def _shape(trace, band, head):
    if band.matrix in ("w_q", "w_k", "w_v"):  # the head's block
        full = trace.get(band.matrix).array.shape
        return full[0], full[1] // trace.num_heads
    return trace.get(band.matrix, band.head if band.head is not None else head).array.shape


def test_steps_know_their_place_in_the_timeline(trace, granularity):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        for local, step in enumerate(steps):
            assert (step.index, step.local, step.count) == (segment.start + local, local, segment.count)
            assert (step.stage, step.head) == (segment.stage, segment.head)
            assert step.phase in PHASES
            if granularity == "stage":
                assert step.phase == "stage"


def test_filled_cells_only_grow_and_the_last_step_fills_the_whole_result(trace, granularity):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        shape = trace.get(segment.stage, segment.head).array.shape
        before: set[tuple[int, int]] = set()
        for step in steps:
            filled = cells_of(step.filled, shape)
            assert before <= filled, (segment, step.local)
            assert len(step.filled) <= 2
            before = filled
        assert steps[-1].filled == ((0, shape[0], 0, shape[1]),)
        if steps[-1].current is not None:
            assert steps[-1].partial == trace.get(segment.stage, segment.head).array[steps[-1].current]


def test_highlights_name_the_stage_s_matrices_and_stay_inside_them(trace, granularity):
    for segment, steps in segments_with_steps(build_timeline(trace, granularity)):
        for step in steps:
            for band in step.highlights:
                assert band.matrix in SHOWN[segment.stage], (segment.stage, band)
                rows, columns = _shape(trace, band, segment.head)
                assert all(0 <= r < rows for r in band.rows)
                assert all(0 <= c < columns for c in band.columns)
                assert all(0 <= r < rows and 0 <= c < columns for r, c in band.cells)
                assert band.head is None or segment.stage == "concat"


def test_captions_and_equations_hold_plain_numbers_labels_and_positions(trace, granularity):
    for _, steps in segments_with_steps(build_timeline(trace, granularity)):
        for step in steps:
            for key, value in step.caption.values:
                assert type(value) in (str, int, float), (step.caption.template, key, value)
            equation = step.equation
            if equation is None:
                continue
            numbers = [*(x for pair in equation.terms for x in pair), *equation.values, *equation.results]
            numbers += [] if equation.value is None else [equation.value]
            assert all(type(x) is float for x in numbers)
            if step.partial is not None:
                assert type(step.partial) is float
