"""The ``skill-ladder`` command line. Headless: imports no Qt unless the desktop app is started."""
