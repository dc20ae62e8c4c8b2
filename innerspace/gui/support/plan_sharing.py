"""Copying and printing the safety plan, and reading it from the lock screen when the person
chose to keep a readable copy."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from innerspace.core.safety_plan import SECTION_TITLES, SafetyPlan
from innerspace.gui.common.page import label
from innerspace.gui.common.printing import keep_printed_file_private

READABLE_NOTE = (
    "You chose to keep this plan readable outside your journal, so it shows here before "
    "unlocking. You can change that on this page once your journal is open."
)


def plan_document(plan: SafetyPlan) -> QTextDocument:
    """The plan for paper: each section's title and its lines, and the emergency reminder."""
    document = QTextDocument()
    document.setPlainText(plan.to_plain_text())
    return document


def copy_plan(plan: SafetyPlan) -> None:
    # Copied while InnerSpace has the keyboard, so the window clears it on lock if unchanged.
    QGuiApplication.clipboard().setText(plan.to_plain_text())


def print_plan_to(printer: QPrinter, plan: SafetyPlan) -> None:
    # Printed to a file, the plan is as private as its saved copy until the person shares it.
    keep_printed_file_private(printer)
    plan_document(plan).print_(printer)
    keep_printed_file_private(printer)


class PlanPrinter(QObject):
    """Asks where to print (paper or a PDF file) and prints; ``printed`` when it has."""

    printed = Signal()

    def ask(self, plan: SafetyPlan, parent: QWidget) -> None:
        # Shown window-modal, not exec(): auto-lock must be able to close it at any moment.
        printer = QPrinter()
        dialog = QPrintDialog(printer, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._print(printer, plan))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _print(self, printer: QPrinter, plan: SafetyPlan) -> None:
        print_plan_to(printer, plan)
        self.printed.emit()


class ReadablePlanView(QWidget):
    """The plan as read from its readable copy: no editing, only reading, copying, printing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = SafetyPlan()
        self.note = label(self.tr(READABLE_NOTE), self, "muted")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMargin(self.fontMetrics().averageCharWidth())
        self.text.setAccessibleName(self.tr("My safety plan"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        self.status = label("", self, "muted")
        self.copy_button = QPushButton(self.tr("C&opy"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.printer = PlanPrinter(self)
        self.copy_button.clicked.connect(self._copy)
        self.print_button.clicked.connect(lambda: self.printer.ask(self.plan, self))
        self.printer.printed.connect(lambda: self.status.setText(self.tr("Sent to print.")))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def show_plan(self, plan: SafetyPlan) -> None:
        self.plan = plan
        self.status.clear()
        lines: list[str] = []
        for name, items in plan.sections().items():
            if items:
                lines.append(self.tr(SECTION_TITLES[name]))
                lines.extend(f"   •  {item}" for item in items)
                lines.append("")
        self.text.setText("\n".join(lines).strip())

    def _copy(self) -> None:
        copy_plan(self.plan)
        self.status.setText(self.tr("Copied."))
