"""The shared parts of every break notifier: the words, the signals, the null case.

Kept apart from ``notify`` (which chooses a backend) so the backends can build
on it without importing the chooser.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desk_mobility.i18n.phrases import number, translate
from desk_mobility.i18n.units import COUNTS, duration_words

log = logging.getLogger(__name__)

TITLE = "Time to move"
DEFAULT_ROUTINE_SUMMARY = ""  # the routine of the default file, described in the user's language

# Keys of the notification actions; "default" is what a click on the body sends.
ACTION_START = "default"
ACTION_SNOOZE = "snooze"
ACTION_SKIP = "skip"


@dataclass(frozen=True, slots=True)
class BreakMessage:
    """The words of one break notification."""

    title: str
    body: str
    start_label: str
    snooze_label: str
    skip_label: str


def describe_routine(name: str, duration_seconds: float) -> str:
    """ "Seated thoracic rotation, about 3 minutes" from the routine's own figures."""
    minutes = max(1, round(duration_seconds / 60))
    return translate("Notification", "{routine}, {about_minutes}").format(
        routine=name, about_minutes=COUNTS.minutes(minutes)
    )


def break_message(
    sat_seconds: float, snooze_minutes: int, routine_summary: str = DEFAULT_ROUTINE_SUMMARY
) -> BreakMessage:
    """What a due break says, in the user's language: how long they have sat and what the break is.

    The same words serve a re-offer: replacing the notification in place is
    the gentle part, a different wording would only make it look new.
    """
    if not routine_summary:
        routine_summary = describe_routine(
            translate("Notification", "Seated thoracic rotation"), 3 * 60
        )
    body = translate("Notification", "You have been sitting for {duration}.\n{routine}.").format(
        duration=duration_words(sat_seconds), routine=routine_summary
    )
    return BreakMessage(
        title=translate("Notification", "Time to move"),
        body=body,
        start_label=translate("Notification", "Start"),
        snooze_label=translate("Notification", "Snooze {minutes} min").format(
            minutes=number(snooze_minutes)
        ),
        skip_label=translate("Notification", "Skip"),
    )


class NotifierUnavailableError(RuntimeError):
    """A backend cannot work here; the message says why, for the log."""


class NotifierBase(QObject):
    """Common shell of every backend: the signals the app connects to.

    Signals (each carries the ``offer_id`` given to ``show_break``):
    - ``start_requested``: the user clicked the notification or Start; the app
      raises the guide window now (the notification itself never takes focus);
    - ``snooze_requested`` / ``skip_requested``: the buttons of the same name;
    - ``dismissed``: the user closed the notification without choosing (the
      break stays due; the tray still offers it);
    - ``delivery_failed``: a message that was accepted could not be shown after
      all (the service went away); the tray should show "break due";
    - ``confirmed``: the service says the offer is on screen (it may answer
      after ``show_break`` returned), so a stand-in shown meanwhile can go;
    - ``open_folder_requested(folder)``: the "Open folder" button of a notice;
    - ``activation_token(str)``: the server's xdg-activation token for the click
      that follows, so the window it opens may come to the front on Wayland.
    """

    start_requested = Signal(str)
    snooze_requested = Signal(str)
    skip_requested = Signal(str)
    dismissed = Signal(str)
    delivery_failed = Signal(str)
    activation_token = Signal(str)
    confirmed = Signal(str)
    open_folder_requested = Signal(str)

    backend_name = "base"
    # True when Snooze and Skip are buttons on the notification itself; when
    # False the app keeps them in the tray menu only.
    actions_in_notification = False

    def __init__(
        self, routine_summary: str = DEFAULT_ROUTINE_SUMMARY, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.routine_summary = routine_summary

    def message_for(self, sat_seconds: float, snooze_minutes: int) -> BreakMessage:
        return break_message(sat_seconds, snooze_minutes, self.routine_summary)

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        raise NotImplementedError

    def withdraw(self) -> None:
        raise NotImplementedError

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        """A message about the app itself (bad settings, a full disk); False if not shown.

        ``folder``, where the backend can offer buttons, becomes "Open folder".
        """
        return False

    def close(self) -> None:
        """Let go of OS resources; safe to call twice."""


class NullNotifier(NotifierBase):
    """The end of the chain: nothing can show a message, so nothing is shown.

    ``show_break`` returns False every time, which tells the tray to switch to
    its "break due" look and tooltip. Emits no signals.
    """

    backend_name = "none"

    def __init__(
        self,
        reason: str = "no notification service",
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(routine_summary, parent)
        self.reason = reason

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        log.info("break %s due; no notification can be shown (%s)", offer_id, self.reason)
        return False

    def withdraw(self) -> None:
        pass
