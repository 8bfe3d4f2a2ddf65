"""Icons, routine files and sounds, shipped with the app as package data."""
