"""Prints, as JSON, what Qt asks of ICU: collation, case mapping, zone names and legacy encodings.

Run in a separate process, so that the dynamic linker can be pointed at another ICU data library.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone

NAMES = ["Zeqiri", "Çela", "Ćosić", "Cana", "Ëmini", "Dodaj", "Đorđević", "Ђорђевић", "Šabani", "İlhan", "Ilić",
         "Lleshi", "Ljubić", "Ѓорѓиев", "Öztürk"]
LOCALES = ["sq_AL", "sr_RS", "sr_Latn_ME", "mk_MK", "hr_HR", "bs_BA", "tr_TR", "en_GB", "de_DE", "el_GR", "ja_JP"]
ENCODINGS = ["windows-1250", "windows-1251", "windows-1252", "windows-1254", "ISO-8859-2", "KOI8-R", "Shift_JIS"]


def main() -> None:
    answers = {}
    when = QDateTime.fromSecsSinceEpoch(1322470800)  # 28 November 2011, in Durrës
    for name in LOCALES:
        locale = QLocale(name)
        answers[name] = {
            "order": sorted(NAMES, key=QCollator(locale).sortKey),
            "upper": locale.toUpper("istanbul iğdır ë ѓ"),
            "zone": QTimeZone(b"Europe/Tirane").displayName(when, QTimeZone.NameType.LongName, locale),
        }
    answers["encodings"] = {name: QStringDecoder(name).isValid() for name in ENCODINGS}
    print(json.dumps(answers, ensure_ascii=False))


if __name__ == "__main__":
    main()
