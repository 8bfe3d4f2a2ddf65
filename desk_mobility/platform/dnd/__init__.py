"""Is do-not-disturb on? Each desktop says it its own way; every source is optional.

Linux: the notification server's ``Inhibited`` property (KDE Plasma), dunst's
``paused`` (both heard as D-Bus property changes, in ``dbus_property``), and
GNOME's "show banners" setting (``gnome``). Windows: Focus Assist / Do Not
Disturb (``windows``). macOS: a Focus, where its records can be read
(``macos``). ``choose_dnd_sources`` picks what this machine offers.
"""
