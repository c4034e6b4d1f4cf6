"""`python -m cleaners ...` runs the command line (see cleaners.cli)."""

import sys

from cleaners.cli import main

if __name__ == "__main__":
    sys.exit(main())
