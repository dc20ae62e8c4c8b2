"""Screen-reader roles for the controls the app paints itself.

Qt tells a screen reader what its own widgets are (a button, a list, a slider). A widget the app
paints itself (the mood scale, the feeling map, the charts) is a plain ``QWidget`` to Qt, read out
as "filler": its name and description are there, but not what it is. So is a scroll area that
takes the focus so the keyboard can move it. A widget class that sets ``ACCESSIBLE_ROLE``, or a
widget given one with ``set_accessible_role``, is given an interface with that role.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

# Qt keeps using an interface after the factory returns but does not hold the Python side: it is
# kept here until Qt deletes it with its widget (shiboken then marks it invalid).
_interfaces: list[QAccessibleWidget] = []
_installed = False
_ROLE_PROPERTY = "innerspace-accessible-role"


def install_accessible_roles() -> None:
    """Once per process: later calls do nothing."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_interface_for)
        _installed = True


def set_accessible_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Call it before anything else is set on the widget (its accessible name among them):
    Qt keeps the first interface it makes, and with a screen reader running that is made as
    soon as a name is set."""
    widget.setProperty(_ROLE_PROPERTY, int(role.value))


def _interface_for(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    role = getattr(type(obj), "ACCESSIBLE_ROLE", None)
    if role is None and isinstance(obj, QWidget) and isinstance(obj.property(_ROLE_PROPERTY), int):
        role = QAccessible.Role(obj.property(_ROLE_PROPERTY))
    if not isinstance(obj, QWidget) or not isinstance(role, QAccessible.Role):
        return None
    _interfaces[:] = [kept for kept in _interfaces if shiboken6.isValid(kept)]
    interface = QAccessibleWidget(obj, role)
    _interfaces.append(interface)
    return interface
