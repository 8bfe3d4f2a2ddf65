"""How long since the last keyboard or mouse input, from whichever source this desktop offers."""
