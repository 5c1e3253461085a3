"""Entry point of the frozen command line, ``planner`` (``planner.exe``, console).

Lives beside ``planner-desktop`` in the same folder and shares its libraries.
"""

import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
