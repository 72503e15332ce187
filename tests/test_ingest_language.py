"""Language detection (py3langid, offline): documents not in English are kept, set aside."""

from __future__ import annotations

import json

import pytest

from chronica.ingest import detect_language, document_from_text, read_inputs, set_language_detector
from chronica.ingest.language import detect, normalise_language
from chronica.record import Document
from chronica.runner import run
from chronica.store import Store

FRENCH = ("Les manifestants se sont rassemblés devant le palais présidentiel mardi pour exiger la "
          "démission du gouvernement. La police a arrêté une dizaine de personnes.")
GERMAN = ("Die Polizei hat am Dienstag in Berlin mehrere Demonstranten festgenommen, die gegen die "
          "Regierung protestierten. Die Opposition verurteilte das Vorgehen.")
SPANISH = ("La policía detuvo el lunes a cuarenta estudiantes en Minsk después de una marcha contra el "
           "gobierno, según testigos. La oposición pidió su liberación inmediata.")
ENGLISH = ("Police arrested forty students in Minsk on Monday after a march against the government, "
           "witnesses said. The opposition demanded their immediate release.")


@pytest.mark.parametrize(
    ("text", "lang"),
    [(FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"), (ENGLISH, "en"),
     ("Talks resumed.", "en"), ("Riots in Basra.", "en"), ("", "en"), ("12 34 56 !!", "en")],
)
def test_detect(text, lang):
    assert detect(text) == lang
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("value", "code"),
    [("en", "en"), ("EN", "en"), ("en-US", "en"), ("fr_FR", "fr"), ("English", "en"), ("french", "fr"),
     ("deu", "de"), ("fre", "fr"), ("", None), (None, None), ("klingonish", "klingonish")],
)
def test_normalise_language(value, code):
    assert normalise_language(value) == code


def test_non_english_documents_are_kept_and_skipped(tmp_path):
    (tmp_path / "fr.md").write_text("# Manifestation\n\n" + FRENCH)
    (tmp_path / "en.md").write_text("# March\n\n" + ENGLISH)
    rows = [{"id": "r1", "text": ENGLISH, "language": "English"},
            {"id": "r2", "text": ENGLISH, "lang": "pt-BR"},  # declared: trusted
            {"id": "r3", "text": GERMAN}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = {d.doc_id: d for d in read_inputs([str(tmp_path)])}
    by_text = {d.text[:10]: d for d in docs.values() if d.doc_id not in ("r1", "r2", "r3")}
    fr = by_text[FRENCH[:10]]
    assert fr.status == "skipped" and fr.language == "fr" and fr.problems == ["language: fr"]
    assert fr.title == "Manifestation" and fr.text == FRENCH
    assert by_text[ENGLISH[:10]].status == "pending"
    assert (docs["r1"].status, docs["r1"].language) == ("pending", "en")
    assert (docs["r2"].status, docs["r2"].problems) == ("skipped", ["language: pt"])
    assert (docs["r3"].status, docs["r3"].language) == ("skipped", "de")


def test_a_detector_can_be_plugged_in():
    set_language_detector(lambda text: "en")
    try:
        assert document_from_text(FRENCH).language == "en"
    finally:
        set_language_detector(None)
    assert document_from_text(FRENCH).language == "fr"


def test_run_stores_non_english_documents_as_skipped(tmp_path):
    class Pipeline:
        def code_many(self, documents):
            for doc in documents:
                doc.status = "coded"
                yield doc, []

    with Store(tmp_path / "x.duckdb") as store:
        docs = [document_from_text(FRENCH, doc_id="fr1"), Document(doc_id="en1", text=ENGLISH)]
        from chronica.ingest.sources import finish

        summary = run([d for doc in docs for d in finish(doc)], store, Pipeline())
        rows = dict(store.query("SELECT doc_id, status FROM documents"))
        (lang,) = store.query("SELECT language FROM documents WHERE doc_id = 'fr1'")[0]
    assert rows == {"fr1": "skipped", "en1": "coded"}
    assert lang == "fr" and summary.languages == {"fr": 1}
