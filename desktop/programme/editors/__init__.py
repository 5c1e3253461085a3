"""Editor pages for the item selected in the navigation tree."""
