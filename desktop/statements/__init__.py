"""The statement (lausunto) editor window and its parts."""
