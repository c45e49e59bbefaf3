"""What a new user sees before there is anyone to assess."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A welcome with the two ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h1>{}</h1>".format(self.tr("Welcome to Skill Ladder")))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Pick a role, rate yourself skill by skill from Junior to Principal, and see what "
                "it takes to reach the level you are aiming for. Everything stays on this computer."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        self.create_button = QPushButton(self.tr("Create your profile…"))
        self.create_button.setAccessibleName(self.tr("Create your profile"))
        self.create_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Explore with sample data"))
        self.sample_button.setAccessibleName(self.tr("Explore with sample data"))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        # Centred by stretches, not an alignment flag: with a flag the layout ignores the wrapped
        # label's height-for-width and clips its second line.
        text_row = QHBoxLayout()
        text_row.addStretch()
        text_row.addWidget(text, 1)
        text_row.addStretch()
        layout.addLayout(text_row)
        layout.addSpacing(16)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
