"""Thin Qt models over the programme: they format and forward edits as undo commands."""
