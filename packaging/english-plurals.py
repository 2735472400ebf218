#!/usr/bin/env python3
"""Fills the English plural forms in translations/corridor_en.ts.

English is the source language, so corridor_en.ts holds only the messages with %n
(lupdate -pluralonly). Sources write the plural with "(s)" — "%n change(s)" — and this
gives the two English forms: "%n change" and "%n changes". A form written here by hand
(not unfinished) is kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = [("(es)", "", "es"), ("(ies)", "y", "ies"), ("(s)", "", "s"), ("entries", "entry", "entries")]


def forms(source):
    singular, plural = source, source
    for marker, one, many in IRREGULAR:
        if marker in source:
            singular = singular.replace(marker, one)
            plural = plural.replace(marker, many)
    # "entry(ies)"-style markers handled above; "%n is/are" patterns are not used.
    return singular, plural


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished", None) or (
            translation.get("type") is None and len(translation.findall("numerusform")) == 2
            and all(f.text for f in translation.findall("numerusform"))
        ):
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        singular, plural = forms(source)
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1])
