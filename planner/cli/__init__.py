"""The command line: ``planner COMMAND ...``; one module per group of commands."""

from planner.cli.main import main, run

__all__ = ["main", "run"]
