"""Professional, business and employers' bodies named with a generic body word (round bodies58): a body word
("association", "federation", "committee", "conference", "order") gives way to the sector of the members it
names, before it ("the Sudan Doctors Committee", "the employers' federation", "industry groups") or after "of"
or "for" ("the Association of Manufacturers", "the Federation of Korean Industries", "the Conference of
Catholic Bishops", "the Order of Physicians"); doctors' bodies ("the Nigerian Medical Association") are health
workers, business and employers' bodies and owners of a business thing ("bus owners", "shipowners") business,
rights bodies ("the Egyptian Organization for Human Rights") rights defenders, a bishops' conference a
religious group, and a central bank the state. One body named with its members ("the Association of
Manufacturers urged ..."), business groups, employers and shipowners who urge make a statement, no protest.
Owners of homes and land, trade union federations, a state's medical council, a women's association, a bare
industry ("Ukraine's energy industry"), rights groups' and plain groups' claims stay as they were. Sentences
written for the test, each group with controls."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


def _event(pipeline, text: str, word: str):
    return next(e for e in pipeline.code(document_from_text(text, doc_id="bodies58", published="2024-01-15"))
                if e.trigger.text == word)


def _actor(actors) -> tuple[str | None, str | None, str | None, int | None]:
    a = actors[0]
    return a.name, a.country, a.sector, a.inter


def _acled(event) -> str | None:
    return event.acled.get("event_type") if event.acled else None


# 1. doctors', nurses' and lawyers' bodies: their members' sector
@pytest.mark.parametrize("text, word, source", [
    ("The Zimbabwe Medical Association condemned the arrest of two doctors.", "condemned",
     ("Health Workers (Zimbabwe)", "ZWE", "HLH", 7)),
    ("The Tanzania Medical Association urged doctors to call off their strike.", "urged",
     ("Health Workers (Tanzania)", "TZA", "HLH", 7)),
    ("The Nigerian Medical Association declared an indefinite strike on Monday.", "strike",
     ("Protesters (Nigeria)", "NGA", "HLH", 6)),
    ("The Lebanese Order of Physicians condemned the attack on the hospital.", "condemned",
     ("Health Workers (Lebanon)", "LBN", "HLH", 7)),
    ("The Sudan Doctors Committee accused the army of shelling a hospital.", "accused",
     ("Health Workers (Sudan)", "SDN", "HLH", 7)),
    # variants
    ("The Kenya Medical Association condemned the police.", "condemned",
     ("Health Workers (Kenya)", "KEN", "HLH", 7)),
    ("The Association of Resident Doctors declared a strike in Abuja.", "strike",
     ("Protesters (Nigeria)", "NGA", "HLH", 6)),
    ("The Kenya Nurses Association condemned the attack on the nurse.", "condemned",
     ("Health Workers (Kenya)", "KEN", "HLH", 7)),
    ("The Sudanese Doctors Union condemned the shelling of the hospital.", "condemned",
     ("Health Workers (Sudan)", "SDN", "HLH", 7)),
    ("The Tunisian Order of Lawyers condemned the arrest of the lawyer.", "condemned",
     ("Lawyers (Tunisia)", "TUN", "HRI", 7)),
    ("The Association of Journalists in Kenya condemned the arrest of the reporter.", "condemned",
     ("Journalists (Kenya)", "KEN", "JRN", 7)),
    ("The farmers' association in Kenya rejected the new maize price.", "rejected",
     ("Farmers (Kenya)", "KEN", "AGR", 7)),
])
def test_professional_bodies(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 2. business and employers' bodies, owners of a business thing: business
@pytest.mark.parametrize("text, word, source", [
    ("The Federation of Nigerian Chambers of Commerce criticised the border closure.", "criticised",
     ("Business (Nigeria)", "NGA", "BUS", 7)),
    ("The Confederation of Danish Industry welcomed the trade agreement with India.", "welcomed",
     ("Business (Denmark)", "DNK", "BUS", 7)),
    ("The Federation of Korean Industries welcomed the free trade agreement.", "welcomed",
     ("Business (South Korea)", "KOR", "BUS", 7)),
    ("The Association of Manufacturers of Ghana urged the government to cut electricity tariffs.", "urged",
     ("Business (Ghana)", "GHA", "BUS", 7)),
    ("Sugar mill owners in Pakistan rejected the price set by the government.", "rejected",
     ("Protesters (Pakistan)", "PAK", "BUS", 6)),
    ("Bus owners in Sri Lanka went on strike over diesel prices.", "went on strike",
     ("Protesters (Sri Lanka)", "LKA", "BUS", 6)),
    ("The Turkish employers' federation accused the unions of sabotage.", "accused",
     ("Business (Turkey)", "TUR", "BUS", 7)),
    ("Greek shipowners urged the government to cut taxes.", "urged", ("Business (Greece)", "GRC", "BUS", 7)),
    ("Employers' groups in Germany criticised the energy policy.", "criticised",
     ("Business (Germany)", "DEU", "BUS", 7)),
    ("German industry groups criticised the energy policy.", "criticised",
     ("Business (Germany)", "DEU", "BUS", 7)),
    # variants
    ("The Federation of Indian Chambers of Commerce and Industry welcomed the budget.", "welcomed",
     ("Business (India)", "IND", "BUS", 7)),
    ("The Confederation of Indian Industry welcomed the budget.", "welcomed",
     ("Business (India)", "IND", "BUS", 7)),
    ("The Pakistan Business Council urged the government to cut taxes.", "urged",
     ("Business (Pakistan)", "PAK", "BUS", 7)),
    ("The Association of Tanzania Employers criticised the minimum wage.", "criticised",
     ("Business (Tanzania)", "TZA", "BUS", 7)),
    ("The Kenya Association of Manufacturers urged the government to lower taxes.", "urged",
     ("Business (Kenya)", "KEN", "BUS", 7)),
    ("The Nigerian Employers' Consultative Association criticised the new minimum wage.", "criticised",
     ("Business (Nigeria)", "NGA", "BUS", 7)),
    ("Indian industry groups welcomed the trade deal.", "welcomed", ("Business (India)", "IND", "BUS", 7)),
    ("Kenyan employers criticised the new housing levy.", "criticised",
     ("Business (Kenya)", "KEN", "BUS", 7)),
    ("Truck owners in Nigeria went on strike over fuel prices.", "went on strike",
     ("Protesters (Nigeria)", "NGA", "BUS", 6)),
    ("Factory owners in Bangladesh rejected the wage demand.", "rejected",
     ("Protesters (Bangladesh)", "BGD", "BUS", 6)),
])
def test_business_bodies(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 3. rights bodies and bishops' conferences: rights defenders and a religious group, no government
@pytest.mark.parametrize("text, word, source", [
    ("The Egyptian Organization for Human Rights urged the government to release the detainees.", "urged",
     ("Human Rights Defenders (Egypt)", "EGY", "HRI", 7)),
    ("The Zambia Conference of Catholic Bishops accused the government of repression.", "accused",
     ("Religious Group (Zambia)", "ZMB", "REL", 7)),
    # variants
    ("The Kenya Conference of Catholic Bishops urged the government to end the strike.", "urged",
     ("Religious Group (Kenya)", "KEN", "REL", 7)),
    ("The Catholic Bishops Conference of Nigeria condemned the killings.", "condemned",
     ("Religious Group (Nigeria)", "NGA", "REL", 7)),
    ("The Arab Organization for Human Rights condemned the arrests in Cairo.", "condemned",
     ("Human Rights Defenders (Egypt)", "EGY", "HRI", 7)),
])
def test_rights_and_faith_bodies(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


# 4. one body, employers or shipowners who urge: a statement, no protest; a gathering stays one
@pytest.mark.parametrize("text, word, kind", [
    ("The Association of Manufacturers of Ghana urged the government to cut electricity tariffs.", "urged",
     None),
    ("The Egyptian Organization for Human Rights urged the government to release the detainees.", "urged",
     None),
    ("Greek shipowners urged the government to cut taxes.", "urged", None),
    ("The Kenya Association of Manufacturers urged the government to lower taxes.", "urged", None),
    ("German industry groups criticised the energy policy.", "criticised", None),
    ("Employers' groups in Germany criticised the energy policy.", "criticised", None),
    # controls: a strike, a march, a plain group's claim, rights groups' claim stay protests
    ("Rights groups urged the government to free the activists.", "urged", "Protests"),
    ("The Nigerian Medical Association declared an indefinite strike on Monday.", "strike", "Protests"),
    ("Employers marched to parliament to protest against the levy.", "marched", "Protests"),
    ("A group of farmers demanded compensation in Punjab.", "demanded", "Protests"),
    ("Bus owners in Sri Lanka went on strike over diesel prices.", "went on strike", "Protests"),
])
def test_one_body_speaks(pipeline, text: str, word: str, kind: str | None) -> None:
    assert _acled(_event(pipeline, text, word)) == kind


# 5. a central bank is the state's
@pytest.mark.parametrize("text, word, target", [
    ("Protesters attacked the central bank in Beirut.", "attacked",
     ("Government of Lebanon", "LBN", "GOV", 1)),
    ("The prime minister hit out at the central bank.", "hit", ("Government", None, "GOV", 1)),
    # control: a bank is a business
    ("Protesters attacked a bank in Beirut.", "attacked", ("Business (Lebanon)", "LBN", "BUS", 7)),
])
def test_central_bank_is_the_state(pipeline, text: str, word: str, target: tuple) -> None:
    assert _actor(_event(pipeline, text, word).target) == target


@pytest.mark.parametrize("text, word, source", [
    # controls: a network of doctors, lawyers' bodies, a chamber, unions and their federations, owners of
    # homes and land, a state's medical council and council, a women's association
    ("The Sudan Doctors Network accused the army of shelling a hospital.", "accused",
     ("Health Workers (Sudan)", "SDN", "HLH", 7)),
    ("The Pakistan Bar Council called a strike.", "strike", ("Protesters (Pakistan)", "PAK", "HRI", 6)),
    ("The Kenya Chamber of Commerce urged the government to cut taxes.", "urged",
     ("Business (Kenya)", "KEN", "BUS", 7)),
    ("The Nigerian Union of Teachers called a strike.", "strike", ("Protesters (Nigeria)", "NGA", "LAB", 6)),
    ("Shop owners in Karachi went on strike.", "went on strike", ("Protesters (Pakistan)", "PAK", "BUS", 6)),
    ("The Congress of South African Trade Unions threatened a national strike.", "threatened",
     ("COSATU", "ZAF", "LAB", 0)),
    ("The Federation of Korean Trade Unions called a general strike.", "general strike",
     ("Protesters (South Korea)", "KOR", "LAB", 6)),
    ("The Korean Confederation of Trade Unions called a general strike.", "general strike",
     ("Protesters (South Korea)", "KOR", "LAB", 6)),
    ("Homeowners in Lagos protested against demolitions.", "protested",
     ("Protesters (Nigeria)", "NGA", "CVL", 6)),
    ("Landowners in Punjab protested against the canal project.", "protested",
     ("Protesters (Pakistan)", "PAK", "AGR", 6)),
    ("Cattle owners in Kenya accused the police of theft.", "accused", ("Farmers (Kenya)", "KEN", "AGR", 7)),
    ("Kenyan doctors accused the Ministry of Health of failing to pay them.", "accused",
     ("Health Workers (Kenya)", "KEN", "HLH", 7)),
    ("The Medical Council of India suspended the doctor.", "suspended",
     ("Government of India", "IND", "GOV", 1)),
    ("The Kenyan council condemned the attack.", "condemned", ("Government of Kenya", "KEN", "GOV", 1)),
    ("The women's association in Kano condemned the killings.", "condemned",
     ("Civilians (Nigeria)", "NGA", "CVL", 7)),
    ("The teachers' union demanded more money for rural schools, its leader said.", "demanded",
     ("Labour Group", None, "LAB", 7)),
])
def test_controls(pipeline, text: str, word: str, source: tuple) -> None:
    assert _actor(_event(pipeline, text, word).source) == source


def test_doctors_accuse_their_government(pipeline) -> None:
    text = "Kenyan doctors accused the Ministry of Health of failing to pay them."
    event = _event(pipeline, text, "accused")
    assert _actor(event.target) == ("Government of Kenya", "KEN", "GOV", 1)


def test_a_bare_industry_is_no_business(pipeline) -> None:
    event = _event(pipeline, "Russia attacked Ukraine's energy industry with missiles.", "attacked")
    assert [a.name for a in event.target] == ["Government of Ukraine"]
