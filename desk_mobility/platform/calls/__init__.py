"""Is the user on a call? The microphone or the camera in use by another program.

Linux: the sound server's capture streams (``pulse``), and ``/dev/video*``
held open by another process (``camera``). Windows: the capability-access
records Windows keeps for the microphone and webcam (``windows``). macOS:
CoreAudio's "running somewhere" for the default input (``macos``).
``choose_call_sources`` picks what this machine offers and logs it.
"""
