"""Duplicate stories: exact and near copies found, recorded, not coded again, across runs.

The runner is driven with a stand-in pipeline (it marks each document coded, with no events) so
that these tests exercise ingestion, deduplication and the store without loading spaCy.
"""

from __future__ import annotations

import random

import duckdb
import pytest

from chronica.ingest import read_inputs
from chronica.ingest.dedup import Deduplicator, fingerprint, similarity
from chronica.record import Document
from chronica.runner import run
from chronica.store import Store

WORDS = ("police army rebels protesters capital border town village minister court union strike "
         "march clash talks ceasefire aid convoy election vote parliament bomb market hospital "
         "school farmers workers students soldiers arrested killed wounded fled met signed "
         "demanded condemned accused blocked fired shelled freed released said reported").split()


def story(seed: int, words: int = 400) -> str:
    rng = random.Random(seed)
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        n = rng.randint(8, 20)
        sentences.append(" ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + ".")
    return " ".join(sentences)


def edit(text: str, changes: int, seed: int = 0) -> str:
    """The text with ``changes`` words replaced."""
    rng = random.Random(seed)
    words = text.split(" ")
    for i in rng.sample(range(len(words)), changes):
        words[i] = "CHANGED"
    return " ".join(words)


class CodeEverything:
    """Stands in for the Pipeline: every document is coded, without events."""

    def __init__(self, fail: set[str] | None = None) -> None:
        self.seen: list[str] = []
        self.fail = fail or set()

    def code_many(self, documents):
        for doc in documents:
            self.seen.append(doc.doc_id)
            doc.status = "failed" if doc.doc_id in self.fail else "coded"
            yield doc, []


def test_fingerprints():
    text = story(1)
    same = fingerprint(text.upper().replace(".", " . "))
    assert fingerprint(text).key == same.key  # case, spacing and punctuation do not count
    one_word = fingerprint(edit(text, 1))
    assert one_word.key != same.key
    assert similarity(fingerprint(text).signature, one_word.signature) >= 0.9
    assert similarity(fingerprint(text).signature, fingerprint(story(2)).signature) < 0.3
    assert fingerprint("") is None and fingerprint("!!! ...") is None
    assert fingerprint("Calm.").key == fingerprint("calm").key  # shorter than a shingle


def test_exact_and_near_copies_in_one_batch_and_across_batches():
    con = duckdb.connect()
    dedup = Deduplicator(con)
    base = story(1)
    docs = [
        Document(doc_id="first", text=base),
        Document(doc_id="exact", text=base.replace(" ", "  ").lower()),
        Document(doc_id="near", text=edit(base, 4)),
        Document(doc_id="other", text=story(2)),
        Document(doc_id="far", text=edit(base, 60)),  # too many changes: a story of its own
    ]
    verdicts = dedup.check(docs)
    assert [v.kind for v in verdicts] == ["new", "duplicate", "duplicate", "new", "new"]
    assert verdicts[1].of == "first" and verdicts[1].similarity == 1.0
    assert verdicts[2].of == "first" and 0.9 <= verdicts[2].similarity < 1.0
    later = dedup.check([Document(doc_id="later", text=edit(base, 2, seed=5)),
                         Document(doc_id="first", text=base)])
    assert [(v.kind, v.of) for v in later] == [("duplicate", "first"), ("same", "first")]


def test_fingerprints_persist_in_the_database_file(tmp_path):
    path = str(tmp_path / "fp.duckdb")
    base = story(3)
    con = duckdb.connect(path)
    assert [v.kind for v in Deduplicator(con).check([Document(doc_id="a", text=base)])] == ["new"]
    con.close()
    con = duckdb.connect(path)
    (verdict,) = Deduplicator(con).check([Document(doc_id="b", text=edit(base, 3))])
    assert (verdict.kind, verdict.of) == ("duplicate", "a")
    # a document registered by a run that stopped before coding it is coded by the next run
    (again,) = Deduplicator(con).check([Document(doc_id="a", text=base)])
    assert again.kind == "new"
    assert con.execute("SELECT count(*) FROM ingest_fingerprints WHERE doc_id = 'a'").fetchone()[0] == 1


def test_run_records_copies_with_their_own_source_and_codes_each_story_once(tmp_path):
    base = story(4)
    rows = [
        {"id": "wire-1", "text": base, "url": "https://wire.example/1", "source": "Example Wire"},
        {"id": "paper-7", "text": edit(base, 3), "url": "https://paper.example/7", "source": "Daily Paper",
         "published": "2020-01-02"},
        {"id": "blog-9", "text": base, "url": "https://blog.example/9", "source": "A Blog"},
        {"id": "own-1", "text": story(5), "url": "https://paper.example/8", "source": "Daily Paper"},
    ]
    import json

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    db = tmp_path / "run.duckdb"
    pipeline = CodeEverything()
    with Store(db) as store:
        summary = run(read_inputs([str(corpus)]), store, pipeline)
        docs = {r["doc_id"]: r for r in store.documents()}
    assert pipeline.seen == ["wire-1", "own-1"]
    assert summary.duplicates == 2 and summary.documents == {"coded": 2, "skipped": 2}
    assert docs["paper-7"]["status"] == "skipped" and docs["paper-7"]["problems"] == ["duplicate of wire-1"]
    assert docs["paper-7"]["url"] == "https://paper.example/7"
    assert docs["paper-7"]["publication"] == "Daily Paper" and docs["paper-7"]["published"] == "2020-01-02"
    assert docs["blog-9"]["problems"] == ["duplicate of wire-1"]

    # the same inputs again: nothing new, nothing coded
    with Store(db) as store:
        before = store.query("SELECT count(*) FROM documents")[0][0]
        again = run(read_inputs([str(corpus)]), store, CodeEverything())
        assert store.query("SELECT count(*) FROM documents")[0][0] == before
    assert again.already == 4 and again.duplicates == 0 and not again.documents

    # a later run with another copy: caught against what the store holds
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "late-3", "text": edit(base, 2, seed=9)}) + "\n")
    with Store(db) as store:
        summary = run(read_inputs([str(later)]), store, CodeEverything())
        (row,) = store.query("SELECT status, problems FROM documents WHERE doc_id = 'late-3'")
    assert summary.duplicates == 1 and row == ("skipped", ["duplicate of wire-1"])


def test_same_page_from_two_files_in_one_run_is_coded_once(tmp_path):
    text = "# Talks resume\n\n" + story(6)
    (tmp_path / "a.md").write_text(text)
    (tmp_path / "copy-of-a.md").write_text(text)  # same text, same id
    pipeline = CodeEverything()
    with Store(tmp_path / "x.duckdb") as store:
        summary = run(read_inputs([str(tmp_path)]), store, pipeline)
    assert len(pipeline.seen) == 1 and summary.already == 1


def test_a_story_that_fails_to_code_does_not_block_its_copies(tmp_path):
    base = story(7)
    with Store(tmp_path / "x.duckdb") as store:
        pipeline = CodeEverything(fail={"first"})
        run([Document(doc_id="first", text=base)], store, pipeline)
        pipeline = CodeEverything()
        summary = run([Document(doc_id="second", text=base)], store, pipeline)
    assert pipeline.seen == ["second"] and summary.duplicates == 0


def test_documents_coded_before_deduplication_existed_are_fingerprinted(tmp_path):
    base = story(8)
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        run([Document(doc_id="old", text=base)], store, CodeEverything())
        store.con.execute("DROP TABLE ingest_fingerprints")
        store.con.execute("DROP TABLE ingest_lsh")
    with Store(db) as store:
        dedup = Deduplicator(store.con)
        assert dedup.backfilled == 1
        (verdict,) = dedup.check([Document(doc_id="new", text=edit(base, 1))])
    assert (verdict.kind, verdict.of) == ("duplicate", "old")


@pytest.mark.parametrize("n", [200])
def test_many_documents_in_batches(n):
    dedup = Deduplicator(duckdb.connect())
    docs = [Document(doc_id=f"d{i}", text=story(100 + i, words=300)) for i in range(n)]
    docs += [Document(doc_id=f"copy{i}", text=edit(docs[i].text, 1, seed=i)) for i in range(0, n, 10)]
    verdicts = [v for _, v in dedup.filter(docs)]
    assert sum(v.kind == "new" for v in verdicts) == n
    dups = [(d.doc_id, v.of) for d, v in zip(docs, verdicts, strict=True) if v.kind == "duplicate"]
    assert dups == [(f"copy{i}", f"d{i}") for i in range(0, n, 10)]
