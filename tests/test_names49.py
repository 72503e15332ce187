"""Names read wrongly (round names49): a state described by a common noun and "of" ("the Gulf state of
Qatar") and named again by it ("the Gulf state"); a small state's bare name the parse made an adverb ("Nauru
cut ties"); a group's one-word name inside a person's name after a title ("Foreign Minister Badr X"); a
generic office that is Britain's seat ("Pakistan's Foreign Office"); a hyphenated given name ("Paul-Henri
Damiba"); a party name several countries use (Malawi's DPP); a leader an apposition calls the opposition's;
a party's name after "the opposition" parsed as a second object. Sentences written for the test, with
controls that keep their coding."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _events(pipeline, text: str):
    return pipeline.code(document_from_text(text, doc_id="names49"))


def _primary(pipeline, text: str):
    return next((e for e in _events(pipeline, text) if e.primary), None)


def _by_trigger(pipeline, text: str, word: str):
    return next(e for e in _events(pipeline, text) if e.trigger.text == word)


def _sides(actors) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in actors]


@pytest.mark.parametrize("text, country", [
    ("The Gulf state of Kuwait expelled the Iranian ambassador.", "KWT"),
    ("The island nation of Fiji signed a security pact with Australia.", "FJI"),
    ("The Central Asian country of Kyrgyzstan closed its border with Tajikistan.", "KGZ"),
    ("The West African nation of Togo recalled its ambassador from Ghana.", "TGO"),
    ("The Pacific island nation of Nauru cut diplomatic ties with Taiwan.", "NRU"),
    ("The Horn of Africa nation of Djibouti recalled its ambassador from Eritrea.", "DJI"),
    # controls: as before
    ("The kingdom of Morocco recalled its ambassador from Algeria.", "MAR"),
    ("The Himalayan kingdom of Bhutan condemned the attack.", "BTN"),
])
def test_a_state_noun_of_a_country_is_its_government(pipeline, text: str, country: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [(country, "GOV")]


@pytest.mark.parametrize("text, word, country", [
    ("Kuwait hosted talks on Monday. The Gulf state has condemned the attack.", "condemned", "KWT"),
    ("Fiji hosted the summit. The island nation has recalled its ambassador from China.", "recalled", "FJI"),
    ("Nepal held elections on Sunday. The Himalayan nation has condemned the attack.", "condemned", "NPL"),
    ("Qatar hosted talks between the two sides. The Gulf state has mediated several hostage releases.",
     "mediated", "QAT"),
    # controls: a bare noun as before, a demonym its own country
    ("Morocco hosted talks. The kingdom has condemned the attack.", "condemned", "MAR"),
    ("Israel struck Gaza. The Israeli state has recalled its ambassador from Turkey.", "recalled", "ISR"),
])
def test_a_described_state_noun_names_the_state_again(pipeline, text: str, word: str, country: str) -> None:
    assert _sides(_by_trigger(pipeline, text, word).source) == [(country, "GOV")]


@pytest.mark.parametrize("text, country", [
    ("The state of Kaduna imposed a curfew.", "NGA"),
    ("The state of Texas sued the federal government.", "USA"),
])
def test_a_federal_state_of_a_region_stays_as_the_state(pipeline, text: str, country: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [(country, "GOV")]


@pytest.mark.parametrize("text, country", [
    ("Nauru cut diplomatic ties with Taiwan.", "NRU"),
    ("Nauru condemned the attack.", "NRU"),
    ("Nauru recalled its ambassador from Taipei.", "NRU"),
    # controls: parsed as subjects already
    ("Tuvalu condemned the attack.", "TUV"),
    ("Kiribati cut diplomatic ties with Taiwan.", "KIR"),
    ("Bahrain condemned the attack.", "BHR"),
])
def test_a_small_states_bare_name_is_its_government(pipeline, text: str, country: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [(country, "GOV")]


@pytest.mark.parametrize("text, country", [
    ("Oman's Foreign Minister Sayyid Badr Albusaidi held talks in Muscat with U.S. envoy Tim Lenderking.",
     "OMN"),
    ("Oman's Foreign Minister Badr Albusaidi met Iranian Foreign Minister Hossein Amir-Abdollahian.", "OMN"),
    ("Jordan's Foreign Minister Badr Hamdan met Iranian Foreign Minister Hossein Amir-Abdollahian.", "JOR"),
    ("Kuwait's Interior Minister Badr Salem met Iraqi officials in Baghdad.", "KWT"),
])
def test_a_groups_word_in_a_titled_persons_name_is_no_group(pipeline, text: str, country: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [(country, "GOV")]


@pytest.mark.parametrize("text, expected", [
    ("Badr Organization fighters attacked an Islamic State hideout near Tikrit.", ("IRQ", "MIL")),
    ("Badr fighters attacked an Islamic State hideout near Tikrit.", ("IRQ", "MIL")),
    ("Hamas spokesman Sami Abu Zuhri condemned the raid.", ("PSE", "REB")),
])
def test_a_groups_name_and_its_spokesman_stay_the_group(pipeline, text: str, expected: tuple) -> None:
    assert _sides(_primary(pipeline, text).source) == [expected]


@pytest.mark.parametrize("text, country", [
    ("Pakistan's Foreign Office summoned the Afghan charge d'affaires in Islamabad.", "PAK"),
    ("The Pakistani Foreign Office condemned the attack on the embassy in Kabul.", "PAK"),
    ("Kenya's Foreign Office summoned the Ugandan ambassador.", "KEN"),
    ("India's Home Office deported two activists.", "IND"),
    # controls: Britain's
    ("The Foreign Office summoned the Russian ambassador in London.", "GBR"),
    ("Britain's Foreign Office summoned the Iranian ambassador.", "GBR"),
])
def test_a_generic_office_is_of_the_country_before_it(pipeline, text: str, country: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [(country, "GOV")]


@pytest.mark.parametrize("text", [
    "Paul-Henri Damiba dissolved parliament.",
    "Lieutenant Colonel Paul-Henri Damiba dissolved parliament.",
    "Burkina Faso's junta leader Lieutenant Colonel Paul-Henri Damiba dissolved parliament.",
])
def test_a_hyphenated_given_name_is_the_persons(pipeline, text: str) -> None:
    primary = _primary(pipeline, text)
    assert [(a.name, a.country) for a in primary.source] == [("Paul-Henri Sandaogo Damiba", "BFA")]
    assert _sides(primary.target) == [("BFA", "LEG")]


def test_a_leaders_name_with_another_given_name_is_someone_else(pipeline) -> None:
    primary = _primary(pipeline, "Paul Biya dissolved parliament.")
    assert _sides(primary.source) == [("CMR", "GOV")]


@pytest.mark.parametrize("text, role, country", [
    ("Malawi's President Lazarus Chakwera accused the opposition Democratic Progressive Party of sponsoring "
     "violent protests in Lilongwe.", "target", "MWI"),
    ("Malawi's Democratic Progressive Party leader Peter Mutharika accused President Lazarus Chakwera of "
     "corruption.", "source", "MWI"),
    # controls: Taiwan's
    ("Taiwan's Democratic Progressive Party accused China of intimidation.", "source", "TWN"),
    ("The Democratic Progressive Party accused China of military intimidation around Taiwan.", "source",
     "TWN"),
])
def test_a_shared_party_name_is_of_the_story(pipeline, text: str, role: str, country: str) -> None:
    assert _sides(getattr(_primary(pipeline, text), role)) == [(country, "PTY")]


@pytest.mark.parametrize("text, sector", [
    ("Peter Mutharika, leader of Malawi's opposition DPP, called for fresh elections.", "OPP"),
    ("Peter Mutharika, the leader of the opposition, called for fresh elections.", "OPP"),
    # control: an apposition naming his office
    ("Peter Mutharika, Malawi's president, called for calm.", "GOV"),
])
def test_an_apposition_calling_a_leader_the_oppositions(pipeline, text: str, sector: str) -> None:
    assert _sides(_primary(pipeline, text).source) == [("MWI", sector)]


@pytest.mark.parametrize("text, target", [
    ("Guyanese Vice President Bharrat Jagdeo accused the opposition People's National Congress Reform of "
     "spreading false information.", [("GUY", "PTY")]),
    # control
    ("The government accused the opposition Kuomintang of treason.", [("TWN", "PTY")]),
])
def test_a_party_after_the_opposition_is_one_target(pipeline, text: str, target: list) -> None:
    assert _sides(_primary(pipeline, text).target) == target
