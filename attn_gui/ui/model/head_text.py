"""The head grid's words: its layer and head labels, what each head does under its heatmap (fitted
to the cell) and the evidence on hover.

The labels are measured by ``head_roles`` on the weights as the model computed them, between word
pieces with [CLS] and [SEP] included, whatever the view hides or merges: a sink cannot be measured
once the sinks are hidden, and the label names what the head does in the model, which a display
switch does not change.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics

from attn_gui.models.analysis import HeadRole
from attn_gui.models.analysis.head_roles import BROAD, DOMINANT, PATTERNS
from attn_gui.notation import format_number
from attn_gui.translatable import QT_TRANSLATE_NOOP

ROLE_WORDS = {
    "previous": QT_TRANSLATE_NOOP("HeadRoles", "previous token"),
    "next": QT_TRANSLATE_NOOP("HeadRoles", "next token"),
    "self": QT_TRANSLATE_NOOP("HeadRoles", "itself"),
    "cls_sink": QT_TRANSLATE_NOOP("HeadRoles", "[CLS] sink"),
    "sep_sink": QT_TRANSLATE_NOOP("HeadRoles", "[SEP] sink"),
    "broad": QT_TRANSLATE_NOOP("HeadRoles", "broad"),
    "mixed": QT_TRANSLATE_NOOP("HeadRoles", "mixed"),
}
SHORT_WORDS = {  # when the cells are too narrow for the words above
    "previous": QT_TRANSLATE_NOOP("HeadRoles", "previous"),
    "next": QT_TRANSLATE_NOOP("HeadRoles", "next"),
    "self": QT_TRANSLATE_NOOP("HeadRoles", "itself"),
    "cls_sink": QT_TRANSLATE_NOOP("HeadRoles", "[CLS]"),
    "sep_sink": QT_TRANSLATE_NOOP("HeadRoles", "[SEP]"),
    "broad": QT_TRANSLATE_NOOP("HeadRoles", "broad"),
    "mixed": QT_TRANSLATE_NOOP("HeadRoles", "mixed"),
}
EVIDENCE = {
    "previous": QT_TRANSLATE_NOOP(
        "HeadRoles", "On average {share} of each row goes to the token just before it."
    ),
    "next": QT_TRANSLATE_NOOP("HeadRoles", "On average {share} of each row goes to the token just after it."),
    "self": QT_TRANSLATE_NOOP("HeadRoles", "On average {share} of each row goes to the token itself."),
    "cls_sink": QT_TRANSLATE_NOOP(
        "HeadRoles",
        "On average {share} of each row goes to [CLS]: a sink, where a head with nothing to do on "
        "this sentence parks its weight (Clark et al. 2019).",
    ),
    "sep_sink": QT_TRANSLATE_NOOP(
        "HeadRoles",
        "On average {share} of each row goes to [SEP]: a sink, where a head with nothing to do on "
        "this sentence parks its weight (Clark et al. 2019).",
    ),
    "broad": QT_TRANSLATE_NOOP(
        "HeadRoles",
        "No pattern takes {dominant} or more of the weight, and the rows spread out: their entropy is "
        "{share} of a uniform row's (at least {broad} counts as broad).",
    ),
    "mixed": QT_TRANSLATE_NOOP(
        "HeadRoles",
        "No pattern takes {dominant} or more of the weight and the rows do not spread out evenly; the "
        "strongest, {pattern}, takes {share} of each row on average.",
    ),
}


ROLE_MIN_SCALE = 0.7  # the role words may shrink this much to fit narrow cells


def layer_label(layer: int) -> str:
    return QCoreApplication.translate("ModelView", "Layer {layer}").format(layer=layer + 1)


def head_label(head: int) -> str:
    return QCoreApplication.translate("ModelView", "Head {head}").format(head=head + 1)


def heads_caption() -> str:
    """Over the head numbers when "Head 12" is too wide for a cell."""
    return QCoreApplication.translate("ModelView", "Head")


def _percent(value: float) -> str:
    return format_number(value, 2, percent=True)


def role_word(role: HeadRole) -> str:
    """The label under the head's heatmap, e.g. "[SEP] sink"."""
    return QCoreApplication.translate("HeadRoles", ROLE_WORDS[role.label])


def short_role_word(role: HeadRole) -> str:
    """The label in fewer letters, e.g. "[SEP]", for cells too narrow for ``role_word``."""
    return QCoreApplication.translate("HeadRoles", SHORT_WORDS[role.label])


def fitted_roles(
    roles: tuple[tuple[HeadRole, ...], ...], font: QFont, width: int
) -> tuple[QFont, list[list[str]]]:
    """The font and the words under each heatmap, ``width`` pixels at most: ``font`` made smaller
    (down to ROLE_MIN_SCALE) if a short word would not fit otherwise, so every role has one size;
    each role in its words when they fit, in its short word otherwise, with "…" as a last resort."""
    every = [role for layer in roles for role in layer]
    widest = max((QFontMetrics(font).horizontalAdvance(short_role_word(r)) for r in every), default=0)
    font = QFont(font)
    if widest > width:
        font.setPointSizeF(
            font.pointSizeF() * max(ROLE_MIN_SCALE, 0.95 * width / widest)
        )  # 0.95: widths round up
    metrics = QFontMetrics(font)

    def fitted(role: HeadRole) -> str:
        words = role_word(role)
        if metrics.horizontalAdvance(words) <= width:
            return words
        return metrics.elidedText(short_role_word(role), Qt.TextElideMode.ElideRight, width)

    return font, [[fitted(role) for role in layer] for layer in roles]


def role_tooltip(role: HeadRole) -> str:
    """The label, the number behind it, every measurement, and what a click does."""
    strongest = max(PATTERNS, key=lambda pattern: getattr(role, pattern))
    heading = QCoreApplication.translate("HeadRoles", "Layer {layer}, head {head}: {role}.").format(
        layer=role.layer + 1, head=role.head + 1, role=role_word(role)
    )
    evidence = QCoreApplication.translate("HeadRoles", EVIDENCE[role.label]).format(
        share=_percent(role.evidence),
        dominant=_percent(DOMINANT),
        broad=_percent(BROAD),
        pattern=QCoreApplication.translate("HeadRoles", ROLE_WORDS[strongest]),
    )
    measured = QCoreApplication.translate(
        "HeadRoles",
        "Measured on this sentence, on the weights between all word pieces, [CLS] and [SEP] "
        "included, whatever the view hides or merges: previous token {previous}, next token {next}, "
        "itself {self}, [CLS] {cls}, [SEP] {sep}; spread (entropy) {entropy}.",
    ).format(
        previous=_percent(role.previous),
        next=_percent(role.next),
        self=_percent(role.self),
        cls=_percent(role.cls_sink),
        sep=_percent(role.sep_sink),
        entropy=_percent(role.entropy),
    )
    click = QCoreApplication.translate(
        "HeadRoles", "Click (or Enter) to open this layer and head in the lesson."
    )
    return "\n".join((heading, evidence, measured, click))
