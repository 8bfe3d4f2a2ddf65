"""Break notifications: freedesktop first, then the tray's message, then plyer, chosen at start-up."""
