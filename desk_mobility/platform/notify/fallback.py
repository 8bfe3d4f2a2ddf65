"""A notifier made of links: the best one first, the next whenever it fails to show.

The chain's choice at start-up is only the best guess for the session: the
notification server can crash, the session bus can restart, a server can
refuse a call. A due break must still reach the user, so every failure to
show, at once (``show_break`` returns False) or later (``delivery_failed``),
moves the offer to the next link; and while a later link stands in, the
first is tried again every few seconds, so the offer returns to the
notification server (with its buttons) as soon as it is back. The first link
says an offer is on screen with ``confirmed``; only then is the stand-in
taken down.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

from desk_mobility.platform.notify.base import DEFAULT_ROUTINE_SUMMARY, NotifierBase

log = logging.getLogger(__name__)

RETRY_MS = 3000


@dataclass(frozen=True, slots=True)
class _Offer:
    offer_id: str
    sat_seconds: float
    snooze_minutes: int
    reoffer: bool


class FallbackNotifier(NotifierBase):
    """Forwards every signal of its links; ``backend_name`` is the first link's.

    Emits ``delivery_failed`` only when no link could show the offer.
    """

    def __init__(
        self,
        links: Sequence[NotifierBase],
        *,
        routine_summary: str = DEFAULT_ROUTINE_SUMMARY,
        parent: QObject | None = None,
    ) -> None:
        if not links:
            raise ValueError("a fallback notifier needs at least one link")
        self._links = list(links)
        super().__init__(routine_summary, parent)
        self._offer: _Offer | None = None
        self._showing: NotifierBase | None = None
        for link in self._links:
            link.setParent(self)
            link.start_requested.connect(self.start_requested)
            link.snooze_requested.connect(self.snooze_requested)
            link.skip_requested.connect(self.skip_requested)
            link.dismissed.connect(self.dismissed)
            link.open_folder_requested.connect(self.open_folder_requested)
            link.activation_token.connect(self.activation_token)
            link.delivery_failed.connect(
                lambda offer_id, failed=link: self._failed(failed, offer_id)
            )
            link.confirmed.connect(lambda offer_id, back=link: self._confirmed(back, offer_id))
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._try_first_again)

    @property
    def links(self) -> tuple[NotifierBase, ...]:
        return tuple(self._links)

    @property
    def backend_name(self) -> str:  # type: ignore[override]
        return self._links[0].backend_name

    @property
    def actions_in_notification(self) -> bool:  # type: ignore[override]
        return self._links[0].actions_in_notification

    @property
    def showing_with(self) -> str | None:
        """The backend the current offer is on screen with, if any."""
        return self._showing.backend_name if self._showing is not None else None

    @property
    def routine_summary(self) -> str:
        return self._links[0].routine_summary

    @routine_summary.setter
    def routine_summary(self, summary: str) -> None:
        for link in self._links:
            link.routine_summary = summary

    def show_break(
        self, offer_id: str, sat_seconds: float, snooze_minutes: int, reoffer: bool
    ) -> bool:
        self._offer = _Offer(offer_id, sat_seconds, snooze_minutes, reoffer)
        return self._show_from(0)

    def show_notice(self, title: str, body: str, folder: str | None = None) -> bool:
        return any(link.show_notice(title, body, folder) for link in self._links)

    def withdraw(self) -> None:
        self._offer = None
        self._showing = None
        self._retry.stop()
        for link in self._links:
            link.withdraw()

    def close(self) -> None:
        self._retry.stop()
        for link in self._links:
            link.close()

    # -- failing over ------------------------------------------------------
    def _show_from(self, start: int) -> bool:
        offer = self._offer
        if offer is None:
            return False
        for index in range(start, len(self._links)):
            link = self._links[index]
            if link.show_break(
                offer.offer_id, offer.sat_seconds, offer.snooze_minutes, offer.reoffer
            ):
                self._showing = link
                if index > 0:
                    log.warning(
                        "break %s shown by %s instead of %s",
                        offer.offer_id,
                        link.backend_name,
                        self._links[0].backend_name,
                    )
                    self._retry.start()
                else:
                    self._retry.stop()
                return True
        self._showing = None
        log.warning("break %s could not be shown by any notifier", offer.offer_id)
        if len(self._links) > 1 or start > 0:
            self._retry.start()
        return False

    def _failed(self, link: NotifierBase, offer_id: str) -> None:
        offer = self._offer
        if offer is None or offer.offer_id != offer_id or link is not self._showing:
            return
        index = self._links.index(link)
        log.warning("%s lost break %s; trying the next way to show it", link.backend_name, offer_id)
        if not self._show_from(index + 1):
            self.delivery_failed.emit(offer_id)

    def _confirmed(self, link: NotifierBase, offer_id: str) -> None:
        """A link says the offer is on screen: it takes over from any stand-in."""
        offer = self._offer
        if offer is None or offer.offer_id != offer_id or link is self._showing:
            return
        if self._showing is not None and self._links.index(link) > self._links.index(self._showing):
            return  # a later link never pushes out an earlier one
        log.info("break %s is on screen with %s again", offer_id, link.backend_name)
        self._hand_back(link)

    def _try_first_again(self) -> None:
        offer = self._offer
        if offer is None or self._showing is self._links[0]:
            self._retry.stop()
            return
        # Its answer comes as ``confirmed``, which takes the stand-in down.
        first = self._links[0]
        first.show_break(offer.offer_id, offer.sat_seconds, offer.snooze_minutes, offer.reoffer)

    def _hand_back(self, link: NotifierBase) -> None:
        stand_in = self._showing
        self._showing = link
        if link is self._links[0]:
            self._retry.stop()
        if stand_in is not None and stand_in is not link:
            stand_in.withdraw()
