"""Where one alignment heatmap's parts go: the title, the English tokens over the columns (upright
when they fit a column, turned a quarter otherwise), the Chinese words beside the rows, and the
largest square cells that leave room for them, centred."""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize

MIN_SIDE = 6  # pixels: a cell never vanishes, even in a far too small dock


@dataclass(frozen=True)
class HeatmapGeometry:
    rows: int
    columns: int
    side: int  # a cell's width and height
    origin: QPoint  # the first cell's top left corner
    top: int  # the title's top: the block is centred in the widget
    title_height: int
    header_height: int  # the column labels' band, above the cells
    row_label_width: int
    turned: bool  # column labels read upwards, a quarter turn
    gap: int

    @classmethod
    def fit(
        cls,
        size: QSize,
        rows: int,
        columns: int,
        *,
        title_height: int,
        line: int,
        row_label_width: int,
        column_label_width: int,
        gap: int,
    ) -> "HeatmapGeometry":
        """The layout for a widget of ``size``; ``column_label_width`` is the widest token's."""

        def side_for(header: int) -> int:
            free_width = size.width() - row_label_width - 3 * gap
            free_height = size.height() - title_height - header - 3 * gap
            return max(MIN_SIDE, min(free_width // max(columns, 1), free_height // max(rows, 1)))

        side = side_for(line)
        turned = column_label_width + gap > side
        header = column_label_width + gap if turned else line
        if turned:
            side = side_for(header)
        grid_width = columns * side
        left = (
            row_label_width + 2 * gap + max(0, (size.width() - row_label_width - 3 * gap - grid_width) // 2)
        )
        above = title_height + header + 2 * gap
        top = max(0, (size.height() - above - rows * side - gap) // 2)  # centred, title and all
        return cls(
            rows,
            columns,
            side,
            QPoint(left, top + above),
            top,
            title_height,
            header,
            row_label_width,
            turned,
            gap,
        )

    def cell_rect(self, row: int, column: int) -> QRect:
        return QRect(self.origin + QPoint(column * self.side, row * self.side), QSize(self.side, self.side))

    def grid_rect(self) -> QRect:
        return QRect(self.origin, QSize(self.columns * self.side, self.rows * self.side))

    def title_rect(self, width: int) -> QRect:
        return QRect(0, self.top + self.gap // 2, width, self.title_height)

    def row_label_rect(self, row: int) -> QRect:
        cell = self.cell_rect(row, 0)
        return QRect(
            cell.left() - self.gap - self.row_label_width, cell.top(), self.row_label_width, self.side
        )

    def column_label_rect(self, column: int) -> QRect:
        """The band over the column: upright labels are centred in it, turned ones stand on its
        bottom edge."""
        cell = self.cell_rect(0, column)
        return QRect(
            cell.left(), cell.top() - self.gap // 2 - self.header_height, self.side, self.header_height
        )

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if not self.grid_rect().contains(pos):
            return None
        return ((pos.y() - self.origin.y()) // self.side, (pos.x() - self.origin.x()) // self.side)
