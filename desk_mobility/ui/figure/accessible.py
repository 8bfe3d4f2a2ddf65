"""What a screen reader is told about the figure: a picture, or an animation one can press.

The figure is painted, so Qt would present it as an unnamed blank area. This
factory makes it an image (or, while the drill runs, an animation) whose
name and description the guide sets, and, while reps are counted by hand,
gives it the same "Count a rep" action a click has.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from desk_mobility.i18n.phrases import translate

_installed = False


class FigureAccessible(QAccessibleWidget):
    """The figure as an image or animation; pressable while it counts reps."""

    def __init__(self, canvas: QWidget, animated: bool) -> None:
        role = QAccessible.Role.Animation if animated else QAccessible.Role.Graphic
        super().__init__(canvas, role)

    def _counts_reps(self) -> bool:
        return bool(getattr(self.widget(), "counts_reps", False))

    def actionNames(self) -> list[str]:
        names = list(super().actionNames())
        if self._counts_reps():
            names.insert(0, self.pressAction())
        return names

    def localizedActionName(self, action: str) -> str:
        if action == self.pressAction():
            return translate("Figure", "Count a rep")
        return super().localizedActionName(action)

    def localizedActionDescription(self, action: str) -> str:
        if action == self.pressAction():
            return translate("Figure", "Counts one rotation, like Space")
        return super().localizedActionDescription(action)

    def doAction(self, action: str) -> None:
        if action == self.pressAction() and self._counts_reps():
            self.widget().clicked.emit()  # type: ignore[attr-defined]
            return
        super().doAction(action)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    from desk_mobility.ui.figure.canvas import FigureCanvas  # the canvas installs this

    if isinstance(obj, FigureCanvas):
        return FigureAccessible(obj, obj.sprites is not None)
    return None


def install() -> None:
    """Once per process, before the first figure is shown."""
    global _installed  # noqa: PLW0603 - one factory per process
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
