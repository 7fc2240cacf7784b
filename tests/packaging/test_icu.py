"""The Linux bundle's trimmed ICU data: Qt answers as before in the region's languages and
English, falls back to ICU's root data elsewhere, and still knows every legacy encoding."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from build.icu import TOOLS, is_removed, slim_data_library

PROBE = Path(__file__).with_name("icu_probe.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("item, removed", [
    ("sq.res", False), ("sr_Latn_ME.res", False), ("coll/sq.res", False), ("zone/mk.res", False),
    ("coll/ucadata.icu", False), ("coll/root.res", False), ("root.res", False), ("pool.res", False),
    ("curr/pool.res", False), ("res_index.res", False), ("zone/res_index.res", False),
    ("supplementalData.res", False), ("zoneinfo64.res", False), ("metaZones.res", False),
    ("cnvalias.icu", False), ("ibm-5346_P100-1998.cnv", False), ("gb18030.cnv", False), ("nfkc.nrm", False),
    ("ja.res", True), ("coll/zh.res", True), ("zone/ko_KP.res", True), ("coll/es_.res", True),
    ("curr/yue_Hant.res", True), ("translit/root.res", True), ("brkitr/cjdict.dict", True),
    ("brkitr/root.res", True),
])
def test_the_data_kept_is_what_qt_reads_for_the_region(item, removed):
    assert is_removed(item) is removed


def probe(library_path: str | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if library_path:
        env["LD_LIBRARY_PATH"] = library_path  # searched before the Qt libraries' own RUNPATH
    result = subprocess.run([sys.executable, str(PROBE)], capture_output=True, text=True, encoding="utf-8",
                            env=env, check=True, timeout=60)
    return json.loads(result.stdout)


@pytest.mark.bundle
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux wheels carry ICU")
def test_qt_answers_as_before_with_the_trimmed_icu_data(tmp_path):
    if not all(shutil.which(tool) for tool in TOOLS):
        pytest.skip("needs " + ", ".join(TOOLS))
    full_library = Path(PySide6.__file__).parent / "Qt" / "lib"
    data_library = next(full_library.glob("libicudata.so.*"))
    slim = slim_data_library(data_library, tmp_path)
    assert slim.stat().st_size < data_library.stat().st_size / 2

    before, after = probe(), probe(str(slim.parent))
    for locale in ("sq_AL", "sr_RS", "sr_Latn_ME", "mk_MK", "hr_HR", "bs_BA", "tr_TR", "en_GB", "de_DE", "el_GR"):
        assert after[locale] == before[locale], locale
    assert after["sq_AL"]["zone"] == "Ora standarde e Evropës Qendrore"
    assert after["tr_TR"]["upper"].startswith("İSTANBUL İĞDIR")
    # Japanese falls back to the root data: same case mapping, zone names in English.
    assert after["ja_JP"]["upper"] == before["ja_JP"]["upper"]
    assert after["ja_JP"]["zone"] == "Central European Standard Time"
    assert after["encodings"] == before["encodings"] and all(after["encodings"].values())
