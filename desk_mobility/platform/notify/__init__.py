"""Break notifications: freedesktop first, then the tray message, then plyer."""
