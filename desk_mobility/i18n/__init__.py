"""The app's languages: the .ts sources, the .qm files built from them, and installing one."""
