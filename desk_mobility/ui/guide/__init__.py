"""The guide window: setup, the drill with its counter and cues, rest, summary and why it helps."""
