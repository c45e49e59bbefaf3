"""Entry script of the frozen app: the same ``main`` as the ``skill-ladder`` console script."""

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
