"""Places of the Middle East's wars and Nigerian villages named like places abroad (round geo52).

1. Towns, quarters, camps and areas that Syrian, Yemeni, Iraqi, Lebanese, Israeli and Palestinian news
   names every day and the gazetteer lacked under the news's spelling (Palmyra for Tadmur, "Maarat al-Numan",
   "Shabwa", "Deir al-Balah", Silwan, Dahiyeh, Tal Rifaat, Zeitoun of Gaza City; the Jordan Valley, the Green
   Zone, the Qandil mountains) are placed there, not at a namesake abroad (Palmyra, Pa.; Numan, Nigeria; Sha
   Bwa, Myanmar; Green County; Malta's Zejtun) nor in the attacker's country; a hamlet near the capital of the
   state whose forces act ("Israeli police ... at Damascus Gate") keeps its place; the word "Jordan" of the
   Jordan Valley names no Jordanian target; "Kurdistan" inside "Kurdistan Regional Government" is no Iranian
   province.
2. A village named like a famous place abroad, written with its own state or LGA after it ("Paris, Kaduna
   State", "Madrid village, Nasarawa State", "Bethel village, Bokkos LGA"), is an unknown village of that
   state or LGA; "X LGA" is Nigeria's X. Controls: "Springfield, Illinois", "Sumy, Ukraine", a town that fits
   its state, a Palmyra of an American story.
3. "Niger State" is Nigeria's state, not the country Niger; "the Lagos police" are Nigeria's police, not
   Ricardo Lagos's Chile (his surname names him only after a title: "President Lagos").

Sentences written for the test."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return list(pipeline.code(document_from_text(text, doc_id="geo52", published="2024-06-01")))


def _primary(pipeline, text: str):
    events = _events(pipeline, text)
    return next((e for e in events if e.primary), events[0])


def _where(event) -> tuple[str | None, str | None]:
    loc = event.location
    return (loc.country, loc.admin1) if loc is not None else (None, None)


def _countries(actors) -> set[str | None]:
    return {a.country for a in actors}


# 1. places of the Middle East's wars
@pytest.mark.parametrize("text, country, admin1, actors", [
    ("Islamic State militants destroyed the ancient theatre in Palmyra.", "SYR", "Homs", {"SYR"}),
    ("Barrel bombs hit a bakery in Maarat al-Numan, killing 11 people.", "SYR", "Idleb", {"SYR"}),
    ("A car bomb exploded in Maarat al-Numan on Friday.", "SYR", "Idleb", {"SYR"}),
    ("Al-Qaeda militants attacked a checkpoint in Shabwa, killing five soldiers.", "YEM", "Shabwah", {"YEM"}),
    ("A drone strike killed two suspected al-Qaeda members in Shabwa province.", "YEM", "Shabwah", {"YEM"}),
    ("Israeli soldiers demolished water cisterns in the Jordan Valley, the Palestinian Authority said.",
     "PSE", None, {"ISR", "PSE"}),
    ("Settlers attacked a Palestinian shepherd in the Jordan Valley on Tuesday.", "PSE", None,
     {"ISR", "PSE"}),
    ("Israeli police shot a man who tried to stab officers at Damascus Gate.", "PSE", "West Bank",
     {"ISR", "PSE"}),
    ("An Israeli air strike killed a family of six in Deir al-Balah.", "PSE", "Gaza Strip", {"ISR", "PSE"}),
    ("An Israeli strike on Dahiyeh killed Hezbollah commander Fuad Shukr.", "LBN", None, {"ISR", "LBN"}),
    ("Israeli police arrested two Palestinian children in Silwan.", "PSE", "West Bank", {"ISR", "PSE"}),
    ("Rockets landed inside the Green Zone, near the US embassy.", "IRQ", None, {"IRQ"}),
    ("Turkish warplanes bombed PKK targets in the Qandil mountains.", "IRQ", None, {"TUR", "IRQ"}),
    ("Turkish forces shelled Tal Rifaat, the SDF said.", "SYR", "Aleppo", {"TUR", "SYR"}),
    ("Kurdistan Regional Government security forces detained five activists in Duhok.", "IRQ", "Dahuk",
     {"IRQ"}),
    ("Gunmen attacked a police station in Zeitoun, Gaza City.", "PSE", "Gaza Strip", {"PSE"}),
    # variants: other spellings and places of the same lists
    ("Syrian government forces recaptured Palmyra from Islamic State fighters.", "SYR", "Homs", {"SYR"}),
    ("Air strikes killed seven civilians in Maaret al-Numan.", "SYR", "Idleb", {"SYR"}),
    ("Israeli forces demolished homes in Masafer Yatta.", "PSE", "West Bank", {"ISR", "PSE"}),
    ("Israeli troops raided the Nur Shams camp near Tulkarm, killing three gunmen.", "PSE", "West Bank",
     {"ISR", "PSE"}),
    ("Israeli jets struck Shujaiya overnight, killing 10 people.", "PSE", "Gaza Strip", {"ISR", "PSE"}),
    ("Militias shelled Ain Issa, killing two SDF fighters.", "SYR", "Ar-Raqqa", {"SYR"}),
    ("Gunmen killed three people in Makhmour.", "IRQ", "Erbil", {"IRQ"}),
    ("A bomb exploded near a mosque in Kadhimiya, killing seven people.", "IRQ", "Baghdad", {"IRQ"}),
    ("Airstrikes hit Eastern Ghouta, killing 20 civilians.", "SYR", None, {"SYR"}),
    ("Turkish drones struck Qandil on Monday.", "IRQ", None, {"TUR", "IRQ"}),
])
def test_middle_east_places(pipeline, text: str, country: str, admin1: str | None, actors: set) -> None:
    event = _primary(pipeline, text)
    where = _where(event)
    assert where[0] == country
    if admin1 is not None:
        assert where[1] == admin1
    assert _countries(event.source) | _countries(event.target) <= actors | {None}


@pytest.mark.parametrize("text, country", [
    # controls: places the gazetteer knew, and namesakes of the new names in their own stories
    ("Israeli warplanes struck a house in Khan Younis on Tuesday, killing at least 12 people, including five "
     "children, health officials said.", "PSE"),
    ("Israeli jets pounded Khan Younis overnight, killing 14 people.", "PSE"),
    ("Shelling killed four people in Douma.", "SYR"),
    ("Israeli troops arrested five Palestinians in Hebron.", "PSE"),
    ("A Turkish drone killed two PKK members in Sinjar.", "IRQ"),
    ("Israeli forces arrested 11 Palestinians in Bethlehem overnight.", "PSE"),
    ("The Kurdistan Regional Government condemned the arrests in Erbil.", "IRQ"),
    ("Turkish jets bombed villages in Iraqi Kurdistan, killing two shepherds.", "IRQ"),
    ("Separatist forces seized army camps in Shabwa and Hadramawt provinces.", "YEM"),
    ("Police in Palmyra, New York, arrested a man after a shooting at a gas station.", "USA"),
    ("Jordanian police arrested three men in Amman.", "JOR"),
    ("Protesters rallied in Jordan against the Israeli offensive.", "JOR"),
    ("Clashes broke out in the Kurdistan region (Erbil) on Monday.", "IRQ"),
    ("Hamas gunmen killed dozens of residents of Kfar Aza.", "ISR"),
])
def test_middle_east_controls(pipeline, text: str, country: str) -> None:
    assert _where(_primary(pipeline, text))[0] == country


def test_jordan_valley_names_no_jordanian_target(pipeline) -> None:
    event = _primary(pipeline, "Israeli soldiers demolished water cisterns in the Jordan Valley on Tuesday.")
    assert "JOR" not in _countries(event.target)
    assert "JOR" not in _countries(event.source)


def test_kurdistan_regional_government_is_iraqs(pipeline) -> None:
    text = "Kurdistan Regional Government security forces detained five activists in Duhok."
    event = _primary(pipeline, text)
    assert [(a.country, a.inter) for a in event.source] == [("IRQ", 1)]
    assert _countries(event.target) == {"IRQ"}


# 2. Nigerian villages named like places abroad, with their state or LGA
@pytest.mark.parametrize("text, admin1", [
    ("Gunmen killed five people in Paris, Kaduna State.", "Kaduna"),
    ("Gunmen attacked Paris village in Kaduna State, killing five.", "Kaduna"),
    ("Gunmen attacked Paris, a village in Kaduna State, killing five.", "Kaduna"),
    ("Bandits abducted 20 people in London village, Zamfara State.", "Zamfara"),
    ("Suspected herders killed 11 people in Madrid village, Nasarawa State.", "Nassarawa"),
    ("Gunmen killed five worshippers in Egypt village, Kogi State.", "Kogi"),
    ("Gunmen killed nine people in Bethel village, Bokkos LGA.", "Plateau"),
    ("Gunmen hacked three farmers to death in Guma LGA on Tuesday.", "Benue"),
    # variants
    ("Bandits killed six people in Madrid, Zamfara State.", "Zamfara"),
    ("Gunmen abducted 12 worshippers in London village, Kaduna State.", "Kaduna"),
    ("Herders killed four farmers in Texas village, Plateau State.", "Plateau"),
    ("Gunmen killed seven people in Egypt village, Kaduna State.", "Kaduna"),
    ("Bandits killed three people in Bethel village, Riyom LGA.", "Plateau"),
])
def test_village_named_like_a_place_abroad(pipeline, text: str, admin1: str) -> None:
    event = _primary(pipeline, text)
    assert _where(event) == ("NGA", admin1)
    assert _countries(event.source) == {"NGA"}


@pytest.mark.parametrize("text, country", [
    # controls: chains that worked, towns that fit their region, and pairs of other countries
    ("Gunmen killed 12 people in Dogo Nahawa village, Jos South LGA, Plateau State.", "NGA"),
    ("Gunmen killed four people in Lagos village, Kaduna State.", "NGA"),
    ("Gunmen killed 10 people in Jerusalem community, Plateau State.", "NGA"),
    ("Bandits abducted 14 farmers in London, a village in Bungudu LGA of Zamfara State.", "NGA"),
    ("Militants killed 15 civilians in Palma, Cabo Delgado province.", "MOZ"),
    ("Separatists killed two soldiers in Bali, North West region of Cameroon.", "CMR"),
    ("Bandits killed seven people in Bukkuyum LGA.", "NGA"),
    ("Gunmen killed two people in Springfield, Illinois.", "USA"),
    ("Russian missiles hit Sumy, Ukraine, on Monday.", "UKR"),
    ("Gunmen killed three people in Niger State on Sunday.", "NGA"),
    ("Police arrested two men in Paris, France, on Monday.", "FRA"),
    ("A gunman killed three people in London, Ontario.", "CAN"),
    ("Gunmen killed four people in Valencia, Carabobo State.", "VEN"),
])
def test_village_controls(pipeline, text: str, country: str) -> None:
    assert _where(_primary(pipeline, text))[0] == country


# 3. Nigeria's states and cities named like a country or a leader
@pytest.mark.parametrize("text, published, source, country", [
    ("The Lagos police arrested 12 suspected cultists.", "2024-06-01", "Police Forces of Nigeria", "NGA"),
    ("Lagos police arrested 12 suspected cultists.", "2003-06-01", "Police Forces of Nigeria", "NGA"),
    ("Gunmen killed three people in Niger State on Sunday.", "2024-06-01",
     "Unidentified Armed Group (Nigeria)", "NGA"),
    ("Bandits abducted 30 villagers in Niger State, police said.", "2024-06-01",
     "Unidentified Armed Group (Nigeria)", "NGA"),
    # controls: the country Niger, and the Chilean president with his title
    ("Gunmen killed three soldiers in Niger on Sunday.", "2024-06-01", "Unidentified Armed Group (Niger)",
     "NER"),
    ("President Lagos met Argentine leaders in Santiago.", "2003-06-01", "Ricardo Lagos", "CHL"),
])
def test_lagos_and_niger_state(pipeline, text: str, published: str, source: str, country: str) -> None:
    events = list(pipeline.code(document_from_text(text, doc_id="geo52", published=published)))
    event = next((e for e in events if e.primary), events[0])
    assert [a.name for a in event.source] == [source]
    assert _where(event)[0] == country
