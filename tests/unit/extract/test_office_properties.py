"""Office properties: what a person may have typed is read; the application's statistics are not."""

from __future__ import annotations

from aiguillage.extract.ooxml import properties

APP = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
 xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
<Template>Normal.dotm</Template><TotalTime>3</TotalTime><Pages>1</Pages><Words>120</Words>
<Characters>700</Characters><Application>Microsoft Macintosh Word</Application>
<DocSecurity>0</DocSecurity><Lines>9</Lines><Paragraphs>4</Paragraphs><ScaleCrop>false</ScaleCrop>
<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant>
<vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>
<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Rapport de Jeanne Martin</vt:lpstr></vt:vector>
</TitlesOfParts>
<Manager>Paul Durand</Manager><Company>Cabinet Durand</Company>
<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>810</CharactersWithSpaces>
<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>
</Properties>"""


def test_typed_properties_are_read() -> None:
    lines = properties({"docProps/app.xml": APP})
    assert "Manager: Paul Durand" in lines
    assert "Company: Cabinet Durand" in lines
    assert any("Rapport de Jeanne Martin" in line for line in lines)  # a title may name someone
    assert "Template: Normal.dotm" in lines  # a template's path may hold a user name


def test_application_statistics_are_not_text() -> None:
    lines = "\n".join(properties({"docProps/app.xml": APP}))
    for key in ("Paragraphs", "Characters", "ScaleCrop", "AppVersion", "TotalTime", "HeadingPairs"):
        assert f"{key}:" not in lines
    assert "variant: Title" not in lines and "Title" not in lines.replace("TitlesOfParts", "")
