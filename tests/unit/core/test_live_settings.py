"""One holder of the settings in force; parts follow it."""

from __future__ import annotations

from dataclasses import replace

from desk_mobility.core.live_settings import LiveSettings
from desk_mobility.core.settings import Settings


def test_listeners_hear_each_change_once_in_order_after_the_value_changed() -> None:
    live = LiveSettings(Settings())
    heard: list[tuple[str, int, int, int]] = []
    live.subscribe(lambda old, new: heard.append(("a", old.sets, new.sets, live.current.sets)))
    stop_b = live.subscribe(lambda old, new: heard.append(("b", old.sets, new.sets, 0)))
    assert live.change(replace(live.current, sets=3))
    assert heard == [("a", 2, 3, 3), ("b", 2, 3, 0)]
    stop_b()
    stop_b()  # twice is fine
    assert not live.change(replace(live.current, sets=3))  # the same values: nobody is told
    assert live.change(replace(live.current, sets=4))
    assert heard[-1] == ("a", 3, 4, 4) and len(heard) == 3
