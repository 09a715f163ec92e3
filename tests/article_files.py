"""Small article files of every format, and hostile or broken ones, made for the tests."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

PARAGRAPHS = [
    "La Première ministre a déclaré mardi que la réforme serait « menée à son terme ».",
    "Selon les syndicats, plus d'un million de personnes ont défilé dans toute la France.",
    "« Nous ne céderons pas », a affirmé Élisabeth Borne devant les députés.",
]
TITLE = "Réforme des retraites : le gouvernement tient bon"

SAVED_PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>{TITLE} - Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Marie Dupont">
<meta property="article:published_time" content="2023-03-14T08:00:00+01:00">
<script src="https://tracker.example.com/t.js"></script>
<link rel="stylesheet" href="Reforme_files/style.css">
</head><body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/abonnement">Abonnez-vous à notre offre numérique</a></li></ul></nav></header>
<div class="ad">Publicité : achetez nos voitures électriques dès aujourd'hui, offre limitée.</div>
<main><article>
<h1>{TITLE}</h1>
<p class="byline">Par <span class="author">Marie Dupont</span> · <time datetime="2023-03-14">14 mars 2023</time></p>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>« Nous ne céderons pas », a affirmé <em>Élisabeth Borne</em> devant les députés.</p>
</article>
<aside><h3>À lire aussi</h3><ul><li><a href="/a">Les chiffres de la mobilisation</a></li></ul></aside>
<section id="comments"><h2>Commentaires</h2>
<div class="comment"><p>Jean-Pierre : scandaleux, ce gouvernement ne nous écoute jamais !</p></div>
<div class="comment"><p>Lucie : il faut bien financer les retraites, soyons sérieux.</p></div>
</section></main>
<footer><p>© 2023 Le Quotidien — Mentions légales — Contact — Plan du site</p></footer>
<script>document.title = "run";</script>
</body></html>
"""

# Lines as a PDF would break them, one word cut with a hyphen at a line end.
PDF_LINES = [
    "Le ministre de l'Economie a déclaré mardi que le gouverne-",
    "ment présenterait son projet de loi avant la fin du mois de",
    "juin, malgré les critiques de l'opposition.",
    "« Nous tiendrons nos engagements », a-t-il ajouté devant la",
    "presse, selon un communiqué publié dans la soirée.",
]
PDF_PARAGRAPHS = [
    "Le ministre de l'Economie a déclaré mardi que le gouvernement présenterait son projet de "
    "loi avant la fin du mois de juin, malgré les critiques de l'opposition.",
    "« Nous tiendrons nos engagements », a-t-il ajouté devant la presse, selon un communiqué "
    "publié dans la soirée.",
]


def write(folder: Path, name: str, data: bytes) -> Path:
    """Write bytes to a new file in the folder."""
    path = folder / name
    path.write_bytes(data)
    return path


def docx_bytes(paragraphs=PARAGRAPHS, title=TITLE, title_in_properties=True) -> bytes:
    """A Word document with a paragraph in the Title style, properties and body paragraphs."""
    import docx

    document = docx.Document()
    document.core_properties.title = title if title_in_properties else ""
    document.core_properties.author = "Marie Dupont"
    document.core_properties.created = datetime(2023, 3, 14, 8, 0)
    document.add_heading(title, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bytes(members: dict[str, bytes | str]) -> bytes:
    """A zip archive of the members, in order, the first one stored, the others compressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for index, (name, data) in enumerate(members.items()):
            archive.writestr(name, data, zipfile.ZIP_STORED if index == 0 else zipfile.ZIP_DEFLATED)
    return out.getvalue()


CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

# The manifest lists chapter two first: reading order comes from the spine.
PACKAGE = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:1</dc:identifier><dc:title>Chroniques de la réforme</dc:title>
<dc:creator>Marie Dupont</dc:creator><dc:publisher>Éditions du Quotidien</dc:publisher>
<dc:date>2023-03-14T08:00:00Z</dc:date><dc:language>fr</dc:language></metadata>
<manifest>
<item id="two" href="Text/chapitre%202.xhtml" media-type="application/xhtml+xml"/>
<item id="one" href="Text/chapitre1.xhtml" media-type="application/xhtml+xml"/>
<item id="css" href="style.css" media-type="text/css"/>
</manifest>
<spine><itemref idref="one"/><itemref idref="two"/></spine>
</package>"""


def chapter(heading: str, paragraphs: list[str]) -> str:
    """An XHTML chapter as e-books have them, with a DOCTYPE and named entities."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>'
            f'<style>p {{ margin: 0 }}</style></head><body><h2>{heading}</h2>{body}</body></html>')


def epub_bytes(container: str = CONTAINER) -> bytes:
    """An EPUB with two chapters, listed in the manifest in the wrong order."""
    return zip_bytes({
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": container,
        "OEBPS/content.opf": PACKAGE,
        "OEBPS/Text/chapitre 2.xhtml": chapter("Chapitre 2", [PARAGRAPHS[2]]),
        "OEBPS/Text/chapitre1.xhtml": chapter("Chapitre&nbsp;1", PARAGRAPHS[:2]),
        "OEBPS/style.css": "p { margin: 0 }",
    })


def odt_bytes() -> bytes:
    """An OpenDocument text with a heading, paragraphs, spacing elements and a note."""
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (f'<?xml version="1.0"?><office:document-content xmlns:office="{office}" '
               f'xmlns:text="{text}"><office:body><office:text>'
               f'<text:h text:outline-level="1">{TITLE}</text:h>'
               f'<text:p>{PARAGRAPHS[0]}</text:p>'
               '<text:p>Selon les syndicats,<text:s/>plus d\'un million<text:note><text:note-body>'
               '<text:p>Chiffre CGT.</text:p></text:note-body></text:note> de personnes ont '
               'défilé dans toute la France.</text:p>'
               '</office:text></office:body></office:document-content>')
    meta = ('<?xml version="1.0"?><office:document-meta xmlns:office="' + office + '" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f'<dc:title>{TITLE}</dc:title><dc:creator>Marie Dupont</dc:creator>'
            '<dc:date>2023-03-14T08:00:00</dc:date></office:meta></office:document-meta>')
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text",
                      "content.xml": content, "meta.xml": meta})


def pdf_bytes(lines=PDF_LINES, title="Projet de loi") -> bytes:
    """A one-page PDF with the lines placed one under the other, as a typesetter broke them."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_author("Marie Dupont")
    pdf.set_creation_date(datetime(2023, 3, 14, 8, 0))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for index, line in enumerate(lines):
        pdf.text(20, 30 + 6 * index + (6 if index >= 3 else 0), line)
    pdf.text(100, 280, "1")  # the page number
    return bytes(pdf.output())


TYPESET_PARAGRAPHS = [
    "Le ministre de l'Economie a déclaré mardi que le gouvernement présenterait son projet de "
    "loi avant la fin du mois de juin, malgré les critiques de l'opposition, qui dénonce un texte "
    "« bâclé » et réclame un débat plus long au Parlement.",
    "Selon les syndicats, plus d'un million de personnes ont défilé dans toute la France. Le "
    "ministère de l'Intérieur en a compté 480 000.",
    "« Nous tiendrons nos engagements », a-t-il ajouté devant la presse.",
    "Le texte sera examiné en commission dès la semaine prochaine, puis débattu en séance "
    "publique à partir du 12 juin, a précisé la présidente de l'Assemblée nationale.",
]


def printed_page_pdf_bytes() -> bytes:
    """An article as a browser prints it: typeset paragraphs over two pages, each page with the
    date and title at its top and the address and page number at its bottom."""
    from fpdf import FPDF

    class PrintedPage(FPDF):
        def header(self):
            self.set_font("Helvetica", size=8)
            self.text(10, 8, f"14/03/2023 10:0{self.page_no()}   {TITLE} - Le Quotidien")

        def footer(self):
            self.set_font("Helvetica", size=8)
            self.text(10, 290, f"https://www.lequotidien.fr/politique/reforme   {self.page_no()}/2")

    pdf = PrintedPage()
    pdf.set_font("Helvetica", size=11)
    for index, paragraph in enumerate(TYPESET_PARAGRAPHS):
        if index % 2 == 0:
            pdf.add_page()
        pdf.multi_cell(170, 6, paragraph)
        pdf.ln(3)
    return bytes(pdf.output())


def locked_pdf_bytes() -> bytes:
    """A PDF that opens only with its password."""
    from fpdf import FPDF
    from fpdf.enums import EncryptionMethod

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 30, PDF_LINES[0])
    pdf.set_encryption(owner_password="owner", user_password="secret",
                       encryption_method=EncryptionMethod.RC4)
    return bytes(pdf.output())


def scanned_pdf_bytes() -> bytes:
    """A PDF whose page holds only a drawing, as a scan holds only a picture."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


# Each entity is ten of the one before: the last would expand to a billion "lol".
LAUGH_ENTITIES = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
BILLION_LAUGHS = (
    f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{LAUGH_ENTITIES}]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")

EXTERNAL_ENTITY_CONTAINER = ('<?xml version="1.0"?><!DOCTYPE container [<!ENTITY secret SYSTEM '
                             '"file:///etc/passwd">]><container version="1.0" xmlns='
                             '"urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                             '<rootfile full-path="&secret;"/></rootfiles></container>')


def replace_member(archive_bytes: bytes, name: str, data: bytes | str) -> bytes:
    """The same archive with one member's content replaced."""
    with zipfile.ZipFile(io.BytesIO(archive_bytes)) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members[name] = data
    return zip_bytes(members)


def zip_bomb(archive_bytes: bytes, name: str, size: int) -> bytes:
    """The archive with one member replaced by `size` zero bytes, which deflate a thousandfold."""
    return replace_member(archive_bytes, name, bytes(size))
