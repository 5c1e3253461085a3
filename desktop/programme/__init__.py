"""The programme window: the main window, its editor pages, models, follow-up and yearly cycle."""
