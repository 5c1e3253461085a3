"""Entry point of the frozen command line, ``planner`` (``planner.exe``, console).

Lives beside ``planner-desktop`` in the same folder and shares its libraries.
"""

from planner.cli import run

if __name__ == "__main__":
    run()
