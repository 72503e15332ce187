"""Coverage of the code books: for every CAMEO code and PLOVER mode, news sentences written for this
test in the wording the code book describes (tests/data/codebook_audit.tsv) must have a primary event
of the right PLOVER type and, where the file names them, CAMEO root. Rows whose code starts with "!"
are known gaps, kept in the audit and expected to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronica.ingest import document_from_text

DATA = Path(__file__).parent / "data"


def audit_rows(name: str, ident, strict: bool = False) -> list:  # noqa: ANN001
    """The rows of a tab-separated audit in tests/data as pytest params: comment and blank lines
    skipped, "\\n" in a text read as a line break, a first field starting with "!" a known gap
    (expected to fail; with ``strict``, a gap that passes fails the test so that its mark is taken
    off); ``ident`` gives a row's test id from its fields."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        first, *rest = line.split("\t")
        fields = (first.lstrip("!"), *rest[:-1], rest[-1].replace("\\n", "\n"))
        gap = first.startswith("!")
        marks = [pytest.mark.xfail(reason="known gap of the audit", strict=strict)] if gap else []
        rows.append(pytest.param(*fields, marks=marks, id=ident(*fields)))
    return rows


@pytest.mark.parametrize("code, types, roots, text",
                         audit_rows("codebook_audit.tsv", lambda code, _t, _r, text: f"{code}:{text[:40]}"))
def test_codebook_wording_is_coded(pipeline, code, types, roots, text):
    events = pipeline.code(document_from_text(text, doc_id="audit"))
    primary = next((e for e in events if e.primary), None)
    assert primary is not None, f"{code}: no event"
    assert primary.plover["type"] in types.split("|"), f"{code}: {primary.plover['type']}"
    if roots != "-":
        assert primary.cameo["code"][:2] in roots.split("|"), f"{code}: CAMEO {primary.cameo['code']}"
