"""ICU's data cut to fi/sv/en for the Linux bundle: what stays, and that Qt still collates and names time zones."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize(("item", "kept"), [
    ("fi.res", True), ("sv_FI.res", True), ("en_GB.res", True), ("root.res", True),
    ("de.res", False), ("zh_Hant_TW.res", False), ("ars.res", False),
    ("coll/fi.res", True), ("coll/de.res", False), ("coll/de_.res", False), ("coll/ucadata.icu", True),
    ("res_index.res", True), ("coll/res_index.res", True), ("pool.res", True), ("zone/pool.res", True),
    ("supplementalData.res", True), ("zoneinfo64.res", True), ("plurals.res", True), ("units.res", True),
    ("zone/fi.res", True), ("zone/tzdbNames.res", True), ("lang/ja.res", False),
    ("brkitr/word.brk", True), ("brkitr/cjdict.dict", True),  # the root break rules name the dictionaries
    ("translit/Latin_ASCII.res", False), ("gb18030.cnv", False), ("ibm-5348_P100-1997.cnv", True),
    ("nfkc.nrm", True), ("uts46.nrm", True), ("cnvalias.icu", True),
])
def test_what_stays_in_the_bundle(icu_data, item, kept):
    assert icu_data.keep_item(item) is kept


QT_CHECK = """
from PySide6.QtCore import QCollator, QLocale, QTimeZone
c = QCollator(QLocale("fi_FI"))
print(sorted(["Öljy", "äiti", "zeta", "apu", "Åland"], key=c.sortKey))
print(QTimeZone(b"Europe/Helsinki").displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                                                QLocale("fi_FI")))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not all(shutil.which(t) for t in ("icupkg", "gcc",
                    "readelf")), reason="Linux with icupkg (icu-devtools), gcc and readelf")
def test_qt_collates_finnish_and_names_time_zones_with_the_cut_data(icu_data, tmp_path):
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"), None)
    if library is None:
        pytest.skip("this PySide6 does not bundle ICU")
    small = icu_data.trim_icu_data(library, tmp_path, log=lambda _m: None)
    assert small is not None and small.name == library.name
    assert small.stat().st_size < library.stat().st_size / 3

    def run(extra_env: dict[str, str]) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra_env)
        return subprocess.run([sys.executable, "-c", QT_CHECK], capture_output=True, text=True, env=env,
                              timeout=120, check=True).stdout

    # LD_LIBRARY_PATH comes before QtCore's RUNPATH: the cut library is the one loaded.
    cut = run({"LD_LIBRARY_PATH": str(small.parent)})
    assert cut == run({})
    assert cut.splitlines()[0] == "['apu', 'zeta', 'Åland', 'äiti', 'Öljy']"
    assert "Itä-Euroopan" in cut
