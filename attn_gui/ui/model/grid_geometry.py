"""Where each small heatmap of the head grid goes: the largest squares that leave room for the
layer labels on the left, the head labels on top, a line of role words under each square and the
gaps the outlines are drawn in."""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize

MIN_SIDE = 8  # pixels: a heatmap never vanishes, even in a window far too small


@dataclass(frozen=True)
class GridGeometry:
    layers: int
    heads: int
    side: int  # a heatmap's width and height
    gap: int  # between heatmaps
    label_width: int  # the layer labels' column
    header: int  # the head labels' row
    role_height: int  # the role words' line under each heatmap
    origin: QPoint  # the first heatmap's top left corner

    @classmethod
    def fit(
        cls, size: QSize, layers: int, heads: int, label_width: int, header: int, role_height: int, gap: int
    ) -> "GridGeometry":
        """The grid for a widget of ``size``, centred across it."""
        free_width = size.width() - label_width - 2 * gap
        free_height = size.height() - header - gap
        across = (free_width - (heads - 1) * gap) // max(heads, 1)
        down = (free_height - layers * role_height - (layers - 1) * gap) // max(layers, 1)
        side = max(MIN_SIDE, min(across, down))
        grid_width = heads * side + (heads - 1) * gap
        left = label_width + gap + max(0, (free_width - grid_width) // 2)
        return cls(
            layers, heads, side, gap, label_width, header, role_height, QPoint(left, header + gap // 2)
        )

    def cell_rect(self, layer: int, head: int) -> QRect:
        """The heatmap of ``(layer, head)``."""
        step = QPoint(head * (self.side + self.gap), layer * (self.side + self.role_height + self.gap))
        return QRect(self.origin + step, QSize(self.side, self.side))

    def role_rect(self, layer: int, head: int) -> QRect:
        """The line under the heatmap, as wide as the heatmap and its gap."""
        cell = self.cell_rect(layer, head)
        return QRect(cell.left() - self.gap // 2, cell.bottom() + 1, self.side + self.gap, self.role_height)

    def area(self, layer: int, head: int) -> QRect:
        """The heatmap with its role words: what a click hits and the outline surrounds."""
        margin = self.gap // 3
        cell = self.cell_rect(layer, head)
        return cell.adjusted(-margin, -margin, margin, self.role_height + margin)

    def layer_label_rect(self, layer: int) -> QRect:
        cell = self.cell_rect(layer, 0)
        return QRect(cell.left() - self.gap - self.label_width, cell.top(), self.label_width, self.side)

    def head_label_rect(self, head: int) -> QRect:
        cell = self.cell_rect(0, head)
        top = cell.top() - self.header - self.gap // 2
        return QRect(cell.left() - self.gap // 2, top, self.side + self.gap, self.header)

    def corner_rect(self) -> QRect:
        """Above the layer labels, beside the head labels."""
        layers, heads = self.layer_label_rect(0), self.head_label_rect(0)
        return QRect(layers.left(), heads.top(), layers.width(), heads.height())

    def head_at(self, pos: QPoint) -> tuple[int, int] | None:
        """The head whose area holds ``pos``, if any."""
        head = (pos.x() - self.origin.x() + self.gap // 2) // (self.side + self.gap)
        layer = (pos.y() - self.origin.y() + self.gap // 2) // (self.side + self.role_height + self.gap)
        inside = 0 <= layer < self.layers and 0 <= head < self.heads
        return (layer, head) if inside and self.area(layer, head).contains(pos) else None
