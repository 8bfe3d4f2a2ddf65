"""The weekly history view and its charts."""
