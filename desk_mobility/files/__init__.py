"""The user's own files: where they live, atomic writes, settings.toml, the sitting state, the
routine file, the log.
"""
