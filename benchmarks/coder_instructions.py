"""How many machine instructions chronica's coding takes, counted by valgrind (steady on a shared host).

    python benchmarks/coder_instructions.py [N]

Parses N + 50 notes of ../shared/data/gold/acled-2020-dev.csv with chronica's parser (not counted),
then runs a child Python under ``valgrind --tool=callgrind`` that loads the pipeline, codes the
last 50 parsed notes to warm up, and codes the first N between two marks (``os.getppid()``, on
which callgrind dumps its counters): the instructions between the marks are the coding's alone.
Each Doc read back from the DocBin is given its text as chronica's parser gives it (a DocBin keeps
no user data), so the count holds what a real run pays and no more.
Callgrind counts nothing until the warm-up is done (``--instr-atstart=no``; the child then turns
counting on with ``callgrind_control``), so loading the pipeline runs several times faster.
Unlike CPU seconds the count hardly moves with the load of the machine (a few million in ten
thousand), so a change that saves 1% shows. Takes minutes (valgrind runs Python some 50 times
slower). Skips when valgrind or the gold file is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "data" / "gold" / "acled-2020-dev.csv"
WARM = 50  # notes coded before counting: tables loaded on first use are not the coding's cost


def _parse(n: int, path: Path) -> None:
    """Parse n + WARM notes and keep them as a DocBin."""
    from spacy.tokens import DocBin

    from chronica import default_pipeline

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from coder_speed import texts

    db = DocBin(store_user_data=False)
    for doc, _ in default_pipeline().parser.pipe_tuples((t, None) for t in texts(n + WARM)):
        db.add(doc)
    db.to_disk(path)


def _child(n: int, path: Path) -> None:
    """Code the parsed notes, the counted ones between two marks."""
    from spacy.tokens import DocBin

    from chronica import default_pipeline
    from chronica.ingest import document_from_text
    from chronica.nlp import TEXT_KEY

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from coder_speed import texts

    pipeline = default_pipeline()
    docs = list(DocBin().from_disk(path).get_docs(pipeline.parser.nlp.vocab))
    documents = [document_from_text(t, doc_id=f"b{i}") for i, t in enumerate(texts(n + WARM))]
    pairs = [(d, p) for d, p in zip(documents, docs, strict=True) if p.has_annotation("DEP")]
    for p in docs:  # the parser keeps each Doc's text (a DocBin does not): ``text_of`` does not join it
        p.user_data[TEXT_KEY] = p.text
    for d, p in pairs:  # the last WARM notes first
        if int(d.doc_id[1:]) >= n:
            pipeline._code_parsed(d, p)
    _count_from_here()
    os.getppid()  # mark: callgrind dumps the counts so far
    for d, p in pairs:
        if int(d.doc_id[1:]) < n:
            pipeline._code_parsed(d, p)
    os.getppid()  # mark: the dump between the marks is the coding's


def _count_from_here() -> None:
    """Turn callgrind's counting on (it starts off) and wait until it is: a busy loop, as callgrind
    takes commands only while the program runs."""
    ctl = subprocess.Popen(["callgrind_control", "-i", "on", str(os.getpid())], stdout=subprocess.DEVNULL)
    while ctl.poll() is None:
        pass


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]), Path(sys.argv[3]))
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("skipped: valgrind (with callgrind_control) is not installed")
        return
    if not GOLD.exists():
        print(f"skipped: no gold notes at {GOLD}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        parsed = Path(tmp) / "parsed.spacy"
        _parse(n, parsed)
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--dump-before=getppid",
               f"--callgrind-out-file={out}",
               sys.executable, __file__, "--child", str(n), str(parsed)]
        if shutil.which("setarch"):  # no address randomisation: the same run counts the same
            cmd = ["setarch", "-R", *cmd]
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        dump = Path(f"{out}.2")  # from the first mark to the second
        totals = [line.split()[1] for line in dump.read_text().splitlines() if line.startswith("totals:")]
        count = int(totals[0])
    print(f"coding {n} notes: {count:,} instructions ({count / n:,.0f} a note)")


if __name__ == "__main__":
    main()
