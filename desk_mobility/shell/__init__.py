"""Qt glue around the core: scheduling on the event loop, the status snapshot and the single
instance.
"""
