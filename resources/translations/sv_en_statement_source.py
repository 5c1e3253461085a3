"""Swedish and English for the statement's programme source texts."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "sisäänrakennettu esimerkkiohjelma": ("inbyggt exempelprogram", "built-in example programme"),
}
