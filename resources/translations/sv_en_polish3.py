"""Swedish and English for the third wave's small fixes (status choice needs a decision)."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Ehdotukseksi tai hyväksytyksi päätöksen kanssa: Tiedosto › Tila ja hyväksyntä…": (
        "Till förslag eller godkänt med ett beslut: Arkiv › Status och godkännande…",
        "To proposal or approved with a decision: File › Status and approval…",
    ),
}
