"""Where chronica's coding spends its CPU time, stage by stage, without a profiler's distortion.

    python benchmarks/coder_stages.py [N]

Parses N texts as ``benchmarks/coder_speed.py`` does (the notes of ../shared/data/gold/acled-2020-dev.csv
when present, else the bundled example articles repeated), codes 50 more to warm up, then codes the N
parsed documents with each stage of ``Pipeline._code_parsed`` timed in CPU seconds (the parse mends, the
dates, the document's places and context, the sentences' candidates, the events, the ACLED refinements,
the model, ...) and prints each stage's share. ``cProfile`` charges every Python call some overhead, so
it inflates code made of many small calls (most of chronica's rules) against code that runs in C; a
sampling profiler charges time in C calls to the next Python line; timing whole stages avoids both.

It then codes the same texts again from new parses, with the caches that outlive a document (the
gazetteer's candidates, the actors worked out, the lower-case strings of every word) already filled,
and prints the share of the first coding that was work done once per name, phrase or word met first.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coder_speed import texts  # noqa: E402

# the module-level stages ``Pipeline._code_parsed`` calls, by their names in chronica.pipeline
STAGES = (
    "participle_subjects", "two_parties", "gerund_subjects", "participle_asides", "aside_verbs",
    "counted_objects", "stray_verbs", "described_doers", "complement_verbs", "dated_subjects", "said_deeds",
    "reported_verbs", "had_participles", "hyphened_verbs", "capital_names", "prefixed_verbs",
    "participle_adjectives", "find_dates", "is_sport", "meant", "refine_places", "refine_by_setting",
    "refine_acled", "lede_act_day", "choose_primary", "_target_of_complement", "labelled_type",
    "date_countries", "name_actors",
)
METHODS = ("_context", "_event", "_classify", "_note_event", "_add_note_event", "_labelled")
MENDS = frozenset(STAGES[:17]) | {"headline.repair"}


def _timed(name: str, fn: Callable[..., Any], spent: Counter) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401 - whatever the stage takes and gives
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return run


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from types import SimpleNamespace

    from chronica import default_pipeline
    from chronica import pipeline as module
    from chronica.ingest import document_from_text

    pipeline = default_pipeline()
    documents = [document_from_text(t, doc_id=f"b{i}") for i, t in enumerate(texts(n + 50))]

    def parse() -> list:
        docs = [doc for doc, _ in pipeline.parser.pipe_tuples((d.text, None) for d in documents)]
        return [(d, p) for d, p in zip(documents, docs, strict=True) if p.has_annotation("DEP")]

    first, again = parse(), parse()
    for d, p in first[n:]:  # the last 50 warm up (tables loaded on first use)
        pipeline._code_parsed(d, p)
    spent: Counter = Counter()
    for name in STAGES:
        if hasattr(module, name):
            setattr(module, name, _timed(name, getattr(module, name), spent))
    real = module.headline, module.discourse
    # the modules' other functions as they are ("discourse.fold_details"), the timed ones wrapped
    module.headline = SimpleNamespace(**{**vars(real[0]),
                                         "repair": _timed("headline.repair", real[0].repair, spent)})
    module.discourse = SimpleNamespace(**{**vars(real[1]),
                                          "carry": _timed("discourse.carry", real[1].carry, spent),
                                          "merge": _timed("discourse.merge", real[1].merge, spent)})
    for name in METHODS:
        setattr(pipeline, name, _timed(name, getattr(pipeline, name), spent))
    pipeline.extractor.sentence = _timed("extractor.sentence", pipeline.extractor.sentence, spent)
    start = time.process_time()
    for d, p in first[:n]:
        pipeline._code_parsed(d, p)
    cold = time.process_time() - start
    mends = sum(v for k, v in spent.items() if k in MENDS)
    count = len(first[:n])
    print(f"texts: {count}  coding: {cold:.2f} CPU s ({cold / max(count, 1) * 1000:.2f} ms a text)")
    print(f"{mends / cold:7.1%}  the parse mends (headline.repair first: it also makes the per-Doc tables)")
    for name, value in spent.most_common():
        if name not in MENDS and value / cold >= 0.001:
            print(f"{value / cold:7.1%}  {name}")
    print(f"{1 - sum(spent.values()) / cold:7.1%}  the rest of _code_parsed")
    spent.clear()
    start = time.process_time()
    for d, p in again[:n]:
        pipeline._code_parsed(d, p)
    warm = time.process_time() - start
    print(f"the same texts again, new parses, the cross-document caches filled: {warm:.2f} CPU s; "
          f"work done once per new name, phrase or word: {1 - warm / cold:.1%} of the first coding")


if __name__ == "__main__":
    main()
