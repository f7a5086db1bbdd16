"""The quiz bar under the stage: the question in large type, four options, a field for a typed
guess, then the verdict with the step's caption and arithmetic, and the running score.

The bar only shows and collects; the quiz controller decides what is asked and marks guesses.
In quiz mode the captions are told here rather than under the matrices, where their projector
size would leave the matrices no room; the equation strip above still shows the arithmetic.
Keys 1–4 and A–D choose an option without marking it: a clicker's "blank screen" key (B) can
at worst move the choice, and the verdict waits for Reveal (→, PgDown, Enter or the button).
"""

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from attn_gui.notation import format_number
from attn_gui.timeline.quiz import COUNT, KEY, Question, Score
from attn_gui.timeline.quiz_options import OPTIONS, Option
from attn_gui.ui.stage.equation_text import equation_text

LETTERS = "ABCD"
QUESTION_SCALE = 1.4  # the bar shares the height with the matrices: large, but no larger
OPTION_SCALE = 1.4
VERDICT_SCALE = 1.4
WORKING_SCALE = 1.1


def option_label(question: Question, option: Option, decimals: int) -> str:
    """An option as the class reads it: a number, a count, or a key (with its place if repeated)."""
    if question.kind == KEY:
        key = question.keys[option.key]
        return key if question.keys.count(key) == 1 else f"{key} ({option.key + 1})"
    if question.kind == COUNT:
        return str(int(option.value))
    return format_number(option.value, decimals)


def givens_text(question: Question, decimals: int, max_values: int = 8) -> str:
    """ "Given: X[I, 1] = −0.27,  PE[I, 1] = 0.00", a row or column in parentheses, a long one cut."""
    parts = []
    for given in question.givens:
        numbers = [format_number(v, decimals) for v in given.values]
        if len(numbers) == 1:
            parts.append(f"{given.label} = {numbers[0]}")
            continue
        if len(numbers) > max_values:
            more = QCoreApplication.translate("Quiz", "{count} numbers").format(count=len(numbers))
            numbers = [*numbers[: max_values - 1], "…", f"{numbers[-1]}; {more}"]
        parts.append(f"{given.label} = ({', '.join(numbers)})")
    return QCoreApplication.translate("Quiz", "Given: {numbers}").format(numbers=",  ".join(parts))


def answer_text(question: Question, decimals: int) -> str:
    """The right answer: the value, the count, or the best key with its weight as a percentage."""
    if question.kind == KEY:
        keys = ", ".join(f"“{question.keys[k]}”" for k in question.best)
        return f"{keys} ({format_number(question.answer, decimals, percent=True)})"
    if question.kind == COUNT:
        return str(int(question.answer))
    return format_number(question.answer, decimals)


class QuizPanel(QFrame):
    """Emits ``advanceRequested`` for Reveal / Next (the button, or Enter in the field) and
    ``resetRequested`` for a new score."""

    advanceRequested = Signal()
    resetRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._question: Question | None = None
        self._decimals = 2
        self._chosen: int | None = None
        self._revealed = False
        self.question = self._label("quiz_question")
        self.score = self._label("quiz_score")
        self.reset = self._button("quiz_reset", QCoreApplication.translate("Quiz", "New score"))
        self.reset.setToolTip(QCoreApplication.translate("Quiz", "Start the score again at 0 / 0"))
        self.reset.clicked.connect(self.resetRequested)
        self.options = [self._button(f"quiz_option_{k}", "") for k in range(OPTIONS)]
        for k, button in enumerate(self.options):
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, k=k: self.choose(k))
        self.answer = QLineEdit(self)
        self.answer.setObjectName("quiz_answer")
        self.answer.textEdited.connect(self._on_typed)
        self.answer.returnPressed.connect(self.advanceRequested)
        self.advance = self._button("quiz_advance", "")
        self.advance.clicked.connect(self.advanceRequested)
        self.verdict = self._label("quiz_verdict")
        self.working = self._label("quiz_working")
        self._layout()
        for k, keys in enumerate(zip("1234", LETTERS, strict=True)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _=False, k=k: self.choose(k))
            self.addAction(action)
        self._update_fonts()
        self.show_score(Score())

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a token such as "<b>" shows as typed
        return label

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Never the keyboard focus: Space or Enter from a clicker must not press a button.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.question, stretch=1)
        top.addSpacing(16)
        top.addWidget(self.score, alignment=Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.reset, alignment=Qt.AlignmentFlag.AlignTop)
        choices = QHBoxLayout()
        for button in self.options:
            choices.addWidget(button, stretch=2)
        choices.addSpacing(12)
        choices.addWidget(self.answer, stretch=3)
        choices.addWidget(self.advance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(choices)
        layout.addWidget(self.verdict)
        layout.addWidget(self.working)

    # -- what the controller shows ----------------------------------------------------------

    def ask(self, question: Question, decimals: int) -> None:
        """Pose ``question``; asked again (a redraw), it keeps the class's guess."""
        if question != self._question or decimals != self._decimals or self._revealed:
            self._chosen = None
            self.answer.clear()
        self._question, self._decimals, self._revealed = question, decimals, False
        self.question.setText(self._prompt(question))
        self.answer.setReadOnly(False)
        self.answer.setToolTip(
            QCoreApplication.translate("Quiz", "Type a key or its position, then press Enter")
            if question.kind == KEY
            else QCoreApplication.translate("Quiz", "Type the value, then press Enter")
        )
        self.advance.setText(QCoreApplication.translate("Quiz", "Reveal"))
        self._say()
        self._set_choices_visible(True)
        self._mark()

    def show_givens(self, shown_in_cells: bool) -> None:
        """When the matrices are too small to show the numbers the answer needs, the question
        says them (once the stage is drawn, the window knows which it is)."""
        question = self._question
        if question is None or self._revealed:
            return
        prompt = self._prompt(question)
        if not shown_in_cells and question.givens:
            prompt += "\n" + givens_text(question, self._decimals)
        self.question.setText(prompt)

    def show_answer(self, question: Question, decimals: int, correct: bool | None, caption: str) -> None:
        """The answer revealed: the right option ticked, a wrong choice crossed, and under the
        verdict the step's ``caption`` (in place of the stage's larger one), or for a softmax row,
        whose caption the verdict already says, the exponentials and their sum (the equation
        strip above shows the weights)."""
        if question != self._question:  # came back to a question answered before
            self._chosen = None
            self.answer.clear()
        self._question, self._decimals, self._revealed = question, decimals, True
        self.question.setText(self._prompt(question))
        if correct is None:
            verdict = QCoreApplication.translate("Quiz", "The answer is {answer}.")
        elif correct:
            verdict = QCoreApplication.translate("Quiz", "✓ Correct! The answer is {answer}.")
        else:
            verdict = QCoreApplication.translate("Quiz", "✗ Not quite: the answer is {answer}.")
        working = [equation_text(equation, decimals) for equation in question.working] or [caption]
        self._say(verdict.format(answer=answer_text(question, decimals)), "\n".join(working))
        self.answer.setReadOnly(True)
        if self.answer.hasFocus():
            self.answer.clearFocus()  # the arrow keys step again
        self.advance.setText(QCoreApplication.translate("Quiz", "Next question"))
        self._set_choices_visible(True)
        self._mark()

    def show_between(self, caption: str) -> None:
        """A step with nothing to predict (an input, Kᵀ, the concatenation): its caption, and how
        to go on."""
        self._question, self._revealed, self._chosen = None, False, None
        self.question.setText(
            QCoreApplication.translate(
                "Quiz", "Nothing to predict here: → or PgDown goes to the next question."
            )
        )
        self._say(working=caption)
        self.advance.setText(QCoreApplication.translate("Quiz", "Next question"))
        self._set_choices_visible(False)

    def refuse(self, question: Question) -> None:
        """The typed text answers nothing: say what to type, and keep it for correcting."""
        self._say(
            QCoreApplication.translate("Quiz", "Type one of the keys, or its position (1, 2, …).")
            if question.kind == KEY
            else QCoreApplication.translate("Quiz", "Type a number, such as 0.25 or −1,5.")
        )

    def show_score(self, score: Score) -> None:
        self.score.setText(
            QCoreApplication.translate("Quiz", "Score: {correct} / {asked}").format(
                correct=score.correct, asked=score.asked
            )
        )

    def _say(self, verdict: str = "", working: str = "") -> None:
        """The lines under the options: shown only when they have something to say."""
        for label, text in ((self.verdict, verdict), (self.working, working)):
            label.setText(text)
            label.setVisible(bool(text))

    # -- the class's guess --------------------------------------------------------------------

    def guess(self) -> str | int | None:
        """The typed text if any, else the chosen option's index, else None (no guess)."""
        text = self.answer.text().strip()
        return text if text else self._chosen

    def choose(self, k: int) -> None:
        """Option ``k`` (0-based) is the class's choice; after the reveal choices are closed."""
        if self._question is not None and not self._revealed and k < len(self._question.options):
            self._chosen = k
            self.answer.clear()
        self._mark()

    def _on_typed(self, text: str) -> None:
        if text:
            self._chosen = None
            self._mark()

    def _prompt(self, question: Question) -> str:
        return question.prompt.format(QCoreApplication.translate("Quiz", question.prompt.template))

    def _set_choices_visible(self, visible: bool) -> None:
        count = len(self._question.options) if self._question is not None else 0
        for k, button in enumerate(self.options):
            button.setVisible(visible and k < count)
        self.answer.setVisible(visible)

    def _mark(self) -> None:
        """Before the reveal the chosen option is pressed; after it the right one, ticked, and a
        wrong choice crossed out."""
        question = self._question
        if question is None:
            return
        for k, (button, option) in enumerate(zip(self.options, question.options, strict=False)):
            label = f"{LETTERS[k]}   {option_label(question, option, self._decimals)}"
            mark = ""
            if self._revealed and option.right:
                mark = "✓ "
            elif self._revealed and k == self._chosen:
                mark = "✗ "
            button.setText(mark + label)
            pressed = option.right if self._revealed else k == self._chosen
            button.setChecked(pressed)
            font = button.font()
            font.setBold(self._revealed and option.right)
            button.setFont(font)
            # A pressed button in the palette's highlight: Fusion's own shading is too faint for a projector.
            palette = QPalette(self.palette())
            if pressed:
                palette.setColor(QPalette.ColorRole.Button, palette.color(QPalette.ColorRole.Highlight))
                palette.setColor(
                    QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.HighlightedText)
                )
            button.setPalette(palette)

    # -- sizes follow the application's font (presentation mode enlarges it) ------------------

    def _update_fonts(self) -> None:
        def scaled(factor: float, bold: bool = False) -> QFont:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * factor)
            font.setBold(bold)
            return font

        self.question.setFont(scaled(QUESTION_SCALE, bold=True))
        self.verdict.setFont(scaled(VERDICT_SCALE, bold=True))
        self.score.setFont(scaled(VERDICT_SCALE, bold=True))
        self.answer.setFont(scaled(OPTION_SCALE))
        self.advance.setFont(scaled(OPTION_SCALE))
        self.working.setFont(scaled(WORKING_SCALE))
        for button in self.options:
            button.setFont(scaled(OPTION_SCALE))
            button.setMinimumHeight(int(button.fontMetrics().height() * 1.5))
        placeholder = QCoreApplication.translate("Quiz", "Type, then Enter")
        self.answer.setPlaceholderText(placeholder)
        self.answer.setMinimumWidth(self.answer.fontMetrics().horizontalAdvance(placeholder) + 24)
        self._mark()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._update_fonts()
        elif event.type() == QEvent.Type.PaletteChange:
            self._mark()  # the pressed option takes the new theme's highlight
        super().changeEvent(event)
