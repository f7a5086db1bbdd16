"""The main window: for now one head's attention weights for the configured sentence."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from attn_gui import __version__
from attn_gui.core import AttentionConfig, compute_trace
from attn_gui.ui.matrix_view import MatrixView


class MainWindow(QMainWindow):
    """Shows softmax(Q Kᵀ / √d_k) for head 1 with the formula and the shape."""

    def __init__(self, config: AttentionConfig) -> None:
        super().__init__()
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "attn-gui — attention, step by step"))
        self.trace = compute_trace(config)
        weights = self.trace.get("weights", 0)
        self.formula = QLabel(
            QCoreApplication.translate(
                "MainWindow", "Head 1: A = softmax(Q Kᵀ / √d_k), shape {shape}"
            ).format(shape=weights.shape_label)
        )
        font = QFont()
        font.setPointSize(18)
        self.formula.setFont(font)
        self.formula.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view = MatrixView()
        self.view.set_matrix(weights)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.formula)
        layout.addWidget(self.view, stretch=1)
        self.setCentralWidget(central)
        self._build_menus()
        self.resize(1000, 720)

    def _build_menus(self) -> None:
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File")).addAction(quit_action)
        about_action = QAction(QCoreApplication.translate("MainWindow", "&About attn-gui"), self)
        about_action.triggered.connect(self.show_about)
        self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help")).addAction(about_action)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About attn-gui"),
            QCoreApplication.translate(
                "MainWindow",
                "attn-gui {version}\nTeaches transformer attention step by step.\n"
                "MIT licence. Built with Qt for Python (LGPLv3), pyqtgraph (MIT) and NumPy (BSD).",
            ).format(version=__version__),
        )
