"""Swedish and English for issue 12 (never lose work): save and autosave failures, read-only
files, locks, files changed on disk, reading a consultation request in the background."""

TRANSLATIONS: dict[str, tuple[str, str]] = {
    "Automaattinen varmuuskopio epäonnistui": (
        "Automatisk säkerhetskopiering misslyckades", "Automatic backup failed"),
    "Avataan vain luku -tilassa": ("Öppnas skrivskyddad", "Opening read-only"),
    "Joku on muuttanut tiedostoa {0} sen jälkeen, kun avasit sen.\n\nJos tallennat sen päälle, hänen muutoksensa "
    "katoavat. Tallenna omasi toisella nimellä, korvaa tiedosto tai lataa tiedosto uudelleen (omat tallentamattomat "
    "muutoksesi katoavat).": (
        "Någon har ändrat filen {0} efter att du öppnade den.\n\nOm du sparar över den går deras ändringar "
        "förlorade. Spara dina ändringar under ett annat namn, ersätt filen eller läs in filen på nytt (dina "
        "osparade ändringar går förlorade).",
        "Someone has changed the file {0} since you opened it.\n\nIf you save over it, their changes are lost. "
        "Save yours under another name, replace the file, or reload the file (your unsaved changes are lost)."),
    "Kansioon {0} ei voi kirjoittaa (vain luku -kansio tai -verkkolevy).": (
        "Det går inte att skriva i mappen {0} (skrivskyddad mapp eller nätverksenhet).",
        "The folder {0} cannot be written to (a read-only folder or network drive)."),
    "Korjaa solun arvo ja tuo tiedosto uudelleen.": (
        "Rätta cellens värde och importera filen på nytt.", "Correct the cell's value and import the file again."),
    "Korvaa": ("Ersätt", "Replace"),
    "Lataa uudelleen": ("Läs in på nytt", "Reload"),
    "Luetaan tiedostoa {0}…": ("Läser filen {0}…", "Reading the file {0}…"),
    "Tallenna nimellä…": ("Spara som…", "Save as…"),
    "Tallentamattomista muutoksista ei voitu tehdä varmuuskopiota: {0}\n\nTallenna työsi nyt (Tallenna tai "
    "Tallenna nimellä), ettei se katoa.": (
        "Det gick inte att säkerhetskopiera de osparade ändringarna: {0}\n\nSpara ditt arbete nu (Spara eller "
        "Spara som) så att det inte går förlorat.",
        "The unsaved changes could not be backed up: {0}\n\nSave your work now (Save or Save as) so that it is "
        "not lost."),
    "Tiedosto on muuttunut": ("Filen har ändrats", "The file has changed"),
    "Tiedosto {0} on vain luku -tiedosto.": ("Filen {0} är skrivskyddad.", "The file {0} is read-only."),
    "Tiedostoa {0} ei voitu tallentaa: {1}\n\nMuutoksesi ovat yhä auki, eikä tiedostoa muutettu. Tallenna toiseen "
    "kansioon tai toisella nimellä (Tallenna nimellä). Jos syy on sisällössä, korjaa kohta ja tallenna "
    "uudelleen.": (
        "Filen {0} kunde inte sparas: {1}\n\nDina ändringar är fortfarande öppna och filen ändrades inte. Spara i "
        "en annan mapp eller under ett annat namn (Spara som). Om orsaken ligger i innehållet, rätta det och spara "
        "på nytt.",
        "The file {0} could not be saved: {1}\n\nYour changes are still open and the file was not changed. Save "
        "to another folder or under another name (Save as). If the cause is in the content, correct it and save "
        "again."),
    "Tiedostossa {0} on vanha lukitus ({1}), mutta sitä ei näytä enää käytettävän: ohjelma on suljettu tai kone "
    "kaatunut.\n\nOtetaanko tiedosto käyttöön? Valitse Ei, jos tiedosto on yhä jonkun auki.": (
        "Filen {0} har ett gammalt lås ({1}), men det verkar inte längre användas: programmet har stängts eller "
        "datorn har kraschat.\n\nVill du ta filen i bruk? Välj Nej om någon fortfarande har filen öppen.",
        "The file {0} has an old lock ({1}), but it no longer seems to be in use: the app was closed or the "
        "computer crashed.\n\nTake the file into use? Choose No if someone still has the file open."),
    "Vanha lukitus": ("Gammalt lås", "Old lock"),
    "Voit lukea ja muokata asiakirjaa, mutta tallentaa sen vain toisella nimellä tai toiseen kansioon (Tallenna "
    "nimellä).": (
        "Du kan läsa och redigera dokumentet, men spara det bara under ett annat namn eller i en annan mapp "
        "(Spara som).",
        "You can read and edit the document, but save it only under another name or in another folder "
        "(Save as)."),
    "kirjoittaminen ei ole sallittua (vain luku -kansio tai käyttöoikeudet)": (
        "skrivning är inte tillåten (skrivskyddad mapp eller behörigheter)",
        "writing is not allowed (a read-only folder or permissions)"),
    "käyttäjä {0} koneelta {1}, {2}": ("användaren {0} på datorn {1}, {2}", "user {0} on computer {1}, {2}"),
    "levy on täynnä": ("disken är full", "the disk is full"),
    "luku on liian suuri tai ei ole luku (ääretön tai NaN).": (
        "talet är för stort eller inte ett tal (oändligt eller NaN).",
        "the number is too large or not a number (infinite or NaN)."),
    "tekstissä on merkki, jota ei voi tallentaa ({0})": (
        "texten innehåller ett tecken som inte kan sparas ({0})", "the text has a character that cannot be saved ({0})"),
    "tuntematon": ("okänd", "unknown"),
    "tiedosto on liian suuri ({0}; enintään {1})": ("filen är för stor ({0}; högst {1})",
                                                    "the file is too large ({0}; at most {1})"),
    "ei ole tavallinen tiedosto (esim. laite tai putki); valitse tallennettu tiedosto": (
        "är inte en vanlig fil (t.ex. en enhet eller ett rör); välj en sparad fil",
        "is not a regular file (a device or a pipe, say); choose a saved file"),
}
