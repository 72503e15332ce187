"""Which act a sentence holding two is about (round speech28), in sentences of our own: a second act
coordinated after the main clause's first does not outrank it by its type's weight alone; a titled
official's protest, or one addressed to a state, is a diplomatic complaint, as is a protest "issued" (and a
titled leader's arrival is a visit); a meeting told first stays where the later act was done;
"asked X to keep, extend, maintain or renew" is a request; an apology or backing "expressed ... in a letter
to X" is aimed at X; an arrest warrant is an arrest held over someone (THREATEN), and an act a "to" clause
names on a condition ("ordered him to be detained if he returned") is not done."""

from __future__ import annotations

import pytest
from test_plover_stories import check_primary

CASES = [
    # a second act coordinated after the first
    ("SANCTION", "NGA", "ZAF",
     "Nigeria withdrew its ambassador from South Africa on Monday and banned South African companies "
     "from public contracts."),
    ("SANCTION", "MAR", "DZA",
     "Morocco recalled its ambassador from Algeria on Thursday and shut the land border between the "
     "two countries."),
    ("SANCTION", "BHR", "IRN",
     "Bahrain cut diplomatic ties with Iran on Sunday and closed its airspace to Iranian airlines, the"
     " state news agency said."),
    ("AGREE", None, None,
     "The junta pledged on Friday to hand power to civilians within two years and detained three "
     "opposition leaders in the capital."),
    # a diplomatic protest
    ("ACCUSE", "PAK", "USA",
     "Prime Minister Nawaz Sharif protested to Washington on Monday over the drone strikes in the "
     "tribal areas."),
    ("ACCUSE", "CHN", None,
     "Foreign Minister Wang Yi protested on Tuesday against the sale of American fighter jets to "
     "Taiwan."),
    ("ACCUSE", "TUR", "DEU",
     "President Recep Tayyip Erdogan protested to Berlin over a resolution describing the killing of "
     "Armenians as genocide."),
    ("ACCUSE", "IND", "PAK",
     "The Indian foreign secretary protested to Islamabad on Friday over the treatment of Indian "
     "diplomats in the city."),
    ("ACCUSE", "CHN", "PHL",
     "The Chinese embassy in Manila issued a strong protest on Wednesday over the arrest of Chinese "
     "fishermen near the shoal."),
    ("CONSULT", "JPN", "IRN",
     "Japanese Prime Minister Shinzo Abe arrived in Tehran on Wednesday, the first visit by a Japanese "
     "leader since the revolution."),
    ("AGREE", None, None,
     "The two foreign ministers met in Geneva on Monday and agreed to reopen their embassies."),
    ("PROTEST", "IDN", None,
     "Thousands of students protested in Jakarta on Monday against a rise in fuel prices."),
    # a request to keep, extend or maintain
    ("REQUEST", "DEU", "USA",
     "German Chancellor Helmut Kohl asked the United States on Friday to keep its troops in Europe "
     "after the end of the Cold War."),
    ("REQUEST", "LBN", None,
     "The Lebanese government asked the Security Council on Tuesday to extend the mandate of the "
     "peacekeepers in the south for six months."),
    ("REQUEST", "EGY", "USA",
     "Egypt asked Washington on Sunday to maintain its military aid at current levels despite budget "
     "cuts in Congress."),
    # the one a letter of regret or support is written to
    ("CONCEDE", "JPN", "KOR",
     "The Japanese prime minister expressed deep remorse on Friday for the suffering caused during the "
     "war, in a letter to South Korea's President Kim Dae-jung."),
    ("CONCEDE", "AUS", "IDN",
     "Australia's prime minister offered an apology on Wednesday in a letter to Indonesia's President "
     "Susilo Bambang Yudhoyono over the spying affair."),
    ("SUPPORT", "CAN", "COL",
     "Canada's foreign minister voiced support on Monday for the peace talks in a letter to Colombia's "
     "President Juan Manuel Santos."),
    # an arrest warrant; an arrest held over someone on a condition
    ("THREATEN", None, None,
     "The International Criminal Court issued an arrest warrant on Wednesday for Sudan's President "
     "Omar al-Bashir on charges of war crimes in Darfur."),
    ("THREATEN", "TUR", None,
     "A Turkish court issued arrest warrants on Friday for 47 former employees of an opposition "
     "newspaper."),
    ("THREATEN", "VEN", None,
     "A court in Caracas issued an arrest warrant on Tuesday for the exiled opposition leader and "
     "ordered him to be detained if he returned to the country."),
    ("COERCE", None, None,
     "Police arrested the former minister at his home on Monday on a warrant issued by the anti-"
     "corruption court."),
]


@pytest.mark.parametrize(("kind", "source", "target", "text"), CASES, ids=[c[3][:40] for c in CASES])
def test_the_act_the_sentence_is_about(pipeline, kind: str, source: str | None, target: str | None,
                                       text: str) -> None:
    row = {"type": kind, "source": source, "target": target, "published": "2015-06-01", "text": text}
    check_primary(pipeline, row, "speech28")


def test_an_act_named_on_a_condition_is_not_done(pipeline) -> None:
    from chronica.ingest import document_from_text

    text = ("The army ordered the militants to be shot if they tried to cross the river, a commander said "
            "on Sunday.")
    events = pipeline.code(document_from_text(text, doc_id="speech28-if", published="2015-06-01"))
    shot = next(e for e in events if e.trigger.text == "shot")
    assert shot.modality.hypothetical and not shot.primary
