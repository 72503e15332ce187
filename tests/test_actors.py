"""Tests for chronica.actors: the resolver as the extraction stage and users see it."""

from __future__ import annotations

import pytest

from chronica.actors import ActorResolver

DATE = "1997-04-22"


@pytest.fixture(scope="module")
def r() -> ActorResolver:
    return ActorResolver()


@pytest.mark.parametrize("phrase", ["President Fujimori", "Alberto Fujimori", "Fujimori"])
def test_fujimori_variants(r: ActorResolver, phrase: str) -> None:
    a = r.resolve(phrase, date=DATE, focus="PER")
    assert (a.name, a.country, a.sector, a.inter) == ("Alberto Fujimori", "PER", "GOV", 1)
    assert a.acled_actor == "Government of Peru (1990-2000)"
    assert a.text == phrase and a.evidence


def test_named_group_with_role_noun(r: ActorResolver) -> None:
    a = r.resolve("the MRTA militants", date=DATE, focus="PER")
    assert (a.name, a.country, a.sector, a.inter) == ("MRTA", "PER", "REB", 2)
    assert a.acled_actor == "MRTA: Tupac Amaru Revolutionary Movement"


@pytest.mark.parametrize(
    "phrase, iso3",
    [("the USA", "USA"), ("Britain", "GBR"), ("Israel", "ISR"), ("the Japanese government", "JPN"),
     ("the Kremlin", "RUS"), ("Washington", "USA"), ("the Soviet Union", "RUS"), ("Burma", "MMR")],
)
def test_countries_and_seats_are_governments(r: ActorResolver, phrase: str, iso3: str) -> None:
    a = r.resolve(phrase, date=DATE)
    assert (a.country, a.sector, a.inter) == (iso3, "GOV", 1)


def test_role_noun_takes_document_focus(r: ActorResolver) -> None:
    a = r.resolve("the army", date=DATE, focus="PER")
    assert (a.name, a.sector, a.inter) == ("Military Forces of Peru", "MIL", 1)
    assert a.acled_actor == "Military Forces of Peru (1990-2000)"
    assert r.resolve("the combined forces of the army", date=DATE, focus="PER").sector == "MIL"
    assert r.resolve("Peruvian troops", date=DATE).acled_actor == "Military Forces of Peru (1990-2000)"


def test_open_year_range_for_current_government(r: ActorResolver) -> None:
    a = r.resolve("police", date="2020-05-01", focus="MEX")
    assert a.acled_actor == "Police Forces of Mexico (2018-2024)"
    assert r.resolve("Israeli soldiers", date="2024-01-01").acled_actor.endswith("(2022-)")


def test_no_known_leader_means_no_years(r: ActorResolver) -> None:
    army = r.resolve("the army", date="1997-01-01", focus="CHE")
    assert army.acled_actor == "Military Forces of Switzerland"


def test_crowds_and_civilians(r: ActorResolver) -> None:
    a = r.resolve("protesters", date="2020-01-01", focus="MEX")
    assert (a.name, a.acled_actor, a.inter) == ("Protesters (Mexico)", "Protesters (Mexico)", 6)
    assert r.resolve("a mob", focus="IND").inter == 5
    students = r.resolve("hundreds of students", focus="PER")
    assert (students.sector, students.inter, students.acled_actor) == ("EDU", 7, "Civilians (Peru)")


def test_rebel_modifier_beats_generic_head(r: ActorResolver) -> None:
    a = r.resolve("the guerrilla commando", date=DATE, focus="PER")
    assert (a.sector, a.inter, a.country) == ("REB", 2, "PER")


def test_possessive_plural_keeps_country_open(r: ActorResolver) -> None:
    a = r.resolve("their governments", date=DATE, focus="PER")
    assert (a.sector, a.country) == ("GOV", None)


@pytest.mark.parametrize("phrase", ["a clear message", "the embassy", "the MRTA action", "turkey"])
def test_non_actors(r: ActorResolver, phrase: str) -> None:
    assert r.resolve(phrase, date=DATE, focus="PER") is None


def test_short_aliases_are_case_sensitive(r: ActorResolver) -> None:
    assert r.resolve("IS", focus="IRQ").name == "Islamic State"
    assert r.resolve("IS", focus="IRQ").acled_actor == "Islamic State (Iraq)"
    assert r.resolve("is") is None


def test_person_named_like_a_country(r: ActorResolver) -> None:
    a = r.resolve("Chad Smith")
    assert a is not None and a.country is None
    assert not any(iso == "TCD" for *_, iso in r.country_mentions("Chad Smith scored twice."))
    assert r.resolve("Jordan Peterson").country is None
    assert r.resolve("Georgia", focus="USA").country != "GEO"


def test_date_picks_office_holder(r: ActorResolver) -> None:
    assert r.resolve("Bush", date="1991-01-17").name == "George H. W. Bush"
    assert r.resolve("Bush", date="2003-03-20").name == "George W. Bush"
    former = r.resolve("Fujimori", date="2009-04-07")
    assert (former.country, former.sector) == ("PER", "ELI")


def test_group_that_became_the_state(r: ActorResolver) -> None:
    assert r.resolve("the Taliban", date="2010-01-01").sector == "REB"
    assert r.resolve("the Taliban", date="2023-01-01").acled_actor == "Government of Afghanistan (2021-)"


def test_city_in_complement(r: ActorResolver) -> None:
    a = r.resolve("police in Karachi", date="2015-01-01")
    assert (a.country, a.sector) == ("PAK", "COP")


def test_fourth_international(r: ActorResolver) -> None:
    a = r.resolve("the Fourth International", date=DATE, focus="PER")
    assert (a.name, a.country, a.sector) == ("Fourth International", None, "PTY")


def test_country_mentions_spans(r: ActorResolver) -> None:
    text = "The Peruvian government stormed the Japanese embassy in Lima; Peru's army led."
    found = r.country_mentions(text)
    assert [(text[s:e], iso) for s, e, iso in found] == [
        ("Peruvian", "PER"), ("Japanese", "JPN"), ("Lima", "PER"), ("Peru", "PER")]


def test_country_mentions_guards(r: ActorResolver) -> None:
    text = "A turkey, guinea pigs, New Mexico and Latin America; Jordan Peterson spoke."
    assert r.country_mentions(text) == []


def test_extra_user_file(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n"
        "  - {name: FLX, full: Free Lemuria Army, aliases: [Lemurian rebels], country: PER,"
        " sector: REB, inter: 2}\n"
        "leaders:\n"
        "  CHE:\n"
        "    head_of_state:\n"
        "      - Jon Testsson | Testsson | 1996-08-01 | 2016-07-31\n",
        encoding="utf-8",
    )
    r = ActorResolver(extra)
    a = r.resolve("the Free Lemuria Army fighters", date=DATE)
    assert (a.name, a.acled_actor, a.inter) == ("FLX", "FLX: Free Lemuria Army", 2)
    b = r.resolve("President Testsson", date=DATE)
    assert (b.name, b.country) == ("Jon Testsson", "CHE")
    assert b.acled_actor == "Government of Switzerland (1996-2016)"


def test_results_are_copies(r: ActorResolver) -> None:
    a = r.resolve("the army", date=DATE, focus="PER")
    a.name = "changed"
    assert r.resolve("the army", date=DATE, focus="PER").name == "Military Forces of Peru"


def test_repeated_resolution_is_stable(r: ActorResolver) -> None:
    phrases = ["the Peruvian government", "President Fujimori", "the MRTA militants", "the army"]
    first = [r._resolve(p, DATE, "PER", None) for p in phrases]  # uncached path
    again = [r._resolve(p, DATE, "PER", None) for p in phrases]
    assert [a.name for a in first] == [a.name for a in again]
    assert first[2].name == "MRTA"


def test_answers_kept_across_dates_match_fresh_ones() -> None:
    """One resolver serves stories of many dates: an answer it kept for one date must be what a fresh
    resolver gives for the next, whether the date matters (office holders, governments' terms) or not."""
    phrases = ["rebels", "the army", "President Fujimori", "Bush", "the Taliban", "Peruvian troops",
               "unidentified gunmen", "the Kremlin", "protesters", "the MRTA militants"]
    dates = ["1991-01-17", "1997-04-22", "2003-03-20", "2023-01-01", None]
    kept, fresh = ActorResolver(), ActorResolver()
    for date in dates:
        for phrase in phrases:
            cold = fresh._resolve(phrase, date, "PER", None)  # the uncached path
            warm = kept.resolve(phrase, date=date, focus="PER")
            assert warm == cold, (phrase, date)
    assert kept.resolve("Bush", date="1991-01-17").name == "George H. W. Bush"
    assert kept.resolve("Bush", date="2003-03-20").name == "George W. Bush"
    assert kept.resolve("Peruvian troops", date="2023-01-01").acled_actor != kept.resolve(
        "Peruvian troops", date="1997-04-22").acled_actor  # a term's years follow the story's date


# --- where the event happens: foreign state forces are external (ACLED inter 8) -------------------
def test_state_forces_abroad_are_external(r: ActorResolver) -> None:
    a = r.resolve("Turkish forces", date="2020-05-04", focus="SYR", where="SYR")
    assert (a.country, a.sector, a.inter) == ("TUR", "MIL", 8)
    assert "abroad:SYR" in a.evidence
    assert r.resolve("Turkish forces", date="2020-05-04", where="TUR").inter == 1
    # a story about the actor's own country: a place abroad is more likely a geocoding slip
    assert r.resolve("Myanmar troops", date="2020-05-04", focus="MMR", where="MLI").inter == 1
    french = r.resolve("French troops", date="2020-05-04", where="MLI")
    assert french.acled_actor == "Military Forces of France (2017-)"


def test_where_comes_before_focus_for_unnamed_actors(r: ActorResolver) -> None:
    a = r.resolve("a prominent journalist", focus="SYR", where="LBN")
    assert (a.country, a.evidence) == ("LBN", "role:journalist+where:LBN")
    assert r.resolve("unidentified gunmen", where="MEX").acled_actor == "Unidentified Armed Group (Mexico)"


# --- modifiers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("phrase, sector, inter, acled", [
    ("an unidentified armed group", "UAF", 3, "Unidentified Armed Group (Syria)"),
    ("unknown people", "UAF", 3, "Unidentified Armed Group (Syria)"),
    ("armed individuals", "UAF", 3, "Unidentified Armed Group (Syria)"),
    ("armed pastoralists", "PRM", 4, "Unidentified Communal Militia (Syria)"),
    ("retired soldiers", "CVL", 7, "Civilians (Syria)"),
    ("municipality workers", "LAB", 7, "Civilians (Syria)"),
    ("opposition factions", "REB", 2, "Unidentified Armed Group (Syria)"),
    ("Turkish-backed rebels", "REB", 2, "Unidentified Armed Group (Syria)"),
])
def test_modifiers_change_the_role(r: ActorResolver, phrase: str, sector: str, inter: int,
                                   acled: str) -> None:
    a = r.resolve(phrase, date="2020-05-01", where="SYR")
    assert (a.sector, a.inter, a.acled_actor) == (sector, inter, acled)


def test_rebel_soldiers_and_army_doctors_keep_the_force(r: ActorResolver) -> None:
    assert r.resolve("rebel soldiers", focus="COD").sector == "REB"
    assert r.resolve("army doctors", focus="COD").sector == "MIL"
    assert r.resolve("a general strike", focus="COD") is None


def test_pro_and_anti(r: ActorResolver) -> None:
    houthi = r.resolve("pro-Houthi forces", date="2020-05-01", where="YEM")
    assert (houthi.name, houthi.inter) == ("Houthis", 1)
    assert houthi.acled_actor == "Military Forces of Yemen (2016-) Supreme Political Council"
    hadi = r.resolve("pro-Hadi forces", date="2020-05-01", where="YEM")
    assert (hadi.country, hadi.sector) == ("YEM", "MIL")
    assert hadi.acled_actor == "Military Forces of Yemen (2012-2022)"
    nrf = r.resolve("anti-Houthi National Resistance forces", date="2020-05-01", where="YEM")
    assert nrf.acled_actor == "National Resistance Forces"
    assert r.resolve("a pro-government militia", focus="AFG").acled_actor == "Militia (Pro-Government)"


# --- organisations: dated names, templates, several countries, home-only forms ----------------------
def test_org_name_by_date_and_state_template(r: ActorResolver) -> None:
    assert r.resolve("the Houthis", date="2015-04-01").acled_actor == "Ansar Allah"
    assert r.resolve("the Houthis", date="2020-05-01").inter == 1
    pmf = r.resolve("the PMF", date="2020-05-01")
    assert pmf.acled_actor == "Military Forces of Iraq (2018-2020) Popular Mobilization Forces"
    crpf = r.resolve("CRPF personnel", date="2020-05-01")
    assert crpf.acled_actor == "Police Forces of India (2014-) Central Reserve Police Force"
    lna = r.resolve("LNA forces", date="2020-05-01")
    assert (lna.inter, lna.acled_actor) == (1, "Military Forces of Libya (2014-) Haftar Faction")
    gna = r.resolve("GNA forces", date="2020-05-01")
    assert gna.acled_actor == "Military Forces of Libya (2016-) Government of National Accord"
    artsakh = r.resolve("military forces of Artsakh", date="2020-05-01")
    assert artsakh.acled_actor == "Military Forces of Artsakh"


def test_org_active_in_several_countries(r: ActorResolver) -> None:
    assert r.resolve("ISGS militants", where="NER").country == "NER"
    assert r.resolve("Boko Haram", where="CMR").country == "CMR"
    assert r.resolve("Boko Haram", where="FRA").country == "NGA"
    assert r.resolve("IS", where="SYR").acled_actor == "Islamic State (Syria)"


def test_home_only_forms(r: ActorResolver) -> None:
    assert r.resolve("militiamen", focus="BRA").acled_actor == "Police Militia"
    congo = r.resolve("militiamen", focus="COD")
    assert congo.acled_actor == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert r.resolve("coalition airstrikes", where="YEM").acled_actor == "Operation Restoring Hope"
    assert r.resolve("coalition airstrikes", where="SYR").acled_actor == "Global Coalition Against Daesh"
    assert r.resolve("the Congress", focus="IND").sector == "PTY"
    assert r.resolve("the Congress", focus="USA").sector == "LEG"


def test_international_organisations_have_no_country(r: ActorResolver) -> None:
    for phrase in ("UNIFIL", "MINUSMA peacekeepers", "the UN", "NATO"):
        a = r.resolve(phrase, where="LBN")
        assert (a.country, a.inter) == (None, 8), phrase


# --- peoples, things, names ---------------------------------------------------------------------
def test_peoples(r: ActorResolver) -> None:
    a = r.resolve("Fulani gunmen", date="2020-05-01", where="NGA")
    assert (a.sector, a.inter, a.acled_actor) == ("PRM", 4, "Fulani Ethnic Militia (Nigeria)")
    herders = r.resolve("Fulani herders", where="MLI")
    assert (herders.country, herders.sector, herders.name) == ("MLI", "AGR", "Fulani Ethnic Group (Mali)")
    assert r.resolve("Karen guerrillas", where="THA").country == "MMR"
    albanians = r.resolve("three ethnic Albanians", where="SRB")
    assert (albanians.country, albanians.sector) == ("SRB", "CVL")
    assert r.resolve("Karen Bass").country is None


def test_things_name_actors_only_through_an_owner(r: ActorResolver) -> None:
    drone = r.resolve("a Turkish drone", date="2020-05-01")
    assert (drone.country, drone.sector) == ("TUR", "MIL")
    assert r.resolve("an IED") is None and r.resolve("airstrikes") is None
    homes = r.resolve("Israeli homes")
    assert (homes.country, homes.sector, homes.inter) == ("ISR", "CVL", 7)
    assert r.resolve("a Taliban-planted landmine", date="2020-05-01").name == "Taliban"
    assert r.resolve("Kampuchean guerrilla camps").country == "KHM"


def test_titled_people_and_places(r: ActorResolver) -> None:
    sg = r.resolve("UN Secretary-General Antonio Guterres", date="2020-05-01")
    assert (sg.name, sg.country, sg.sector) == ("António Guterres", None, "GOV")  # an IGO's head: GOV
    guaido = r.resolve("opposition leader Juan Guaido", focus="VEN")
    assert (guaido.name, guaido.country, guaido.sector) == ("Juan Guaido", "VEN", "OPP")
    assert r.resolve("Lt. Gen. Prosper Avril", date="1990-03-01").country == "HTI"
    assert r.resolve("Sittwe District") is None
    assert r.resolve("4 May", date="2020-05-04") is None


def test_mentions_in_running_text(r: ActorResolver) -> None:
    text = ("On 9 May 2020, clashes erupted between pro-Houthi forces and pro-Hadi forces in Marib, "
            "Yemen, while Turkish troops shelled villages in Syria.")
    found = [(text[s:e], a.name) for s, e, a in r.mentions(text, date="2020-05-09")]
    assert found == [("pro-Houthi forces", "Houthis"), ("pro-Hadi forces", "Military Forces of Yemen"),
                     ("Turkish troops", "Military Forces of Turkey")]


def test_may_corefer(r: ActorResolver) -> None:
    mrta = r.resolve("the MRTA", date=DATE, focus="PER")
    assert r.may_corefer(r.resolve("the rebels", date=DATE, focus="PER"), mrta)
    assert r.may_corefer(r.resolve("the group", date=DATE, focus="PER"), mrta)
    assert not r.may_corefer(r.resolve("the army", date=DATE, focus="PER"), mrta)
    assert not r.may_corefer(r.resolve("the rebels", date=DATE, focus="COL"), mrta)


def test_extra_file_new_sections(tmp_path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n"
        "  - {name: Night Wolves Brigade, aliases: [NWB], local: [the brigade], country: PER, sector: PRM,\n"
        "     inter: 3,\n"
        "     periods: [{from: 2020-01-01, acled: '{military} Night Wolves', inter: 1, sector: MIL}]}\n"
        "peoples:\n"
        "  - {name: Lemurian, forms: [Lemurians], countries: [PER, BOL]}\n",
        encoding="utf-8",
    )
    r = ActorResolver(extra)
    assert r.resolve("NWB fighters", date="2019-01-01").inter == 3
    later = r.resolve("NWB fighters", date="2020-05-01")
    assert later.acled_actor == "Military Forces of Peru (2018-2020) Night Wolves"
    assert r.resolve("the brigade", date="2019-01-01", focus="PER").name == "Night Wolves Brigade"
    assert r.resolve("Lemurian militia", where="BOL").acled_actor == "Lemurian Ethnic Militia (Bolivia)"


def test_extra_file_errors_are_named(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("organisation:\n  - {name: X}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown section"):
        ActorResolver(bad)
    bad.write_text("organisations:\n  - {full: No Name}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a 'name'"):
        ActorResolver(bad)


def test_two_country_adjectives_before_one_noun(r: ActorResolver) -> None:
    a = r.resolve("French and Egyptian warships", date=DATE)
    assert (a.country, a.sector) == ("FRA", "MIL")


def test_a_party_government_is_the_state_government(r: ActorResolver) -> None:
    a = r.resolve("the Sandinista government", date="1985-05-01")
    assert (a.country, a.sector, a.inter) == ("NIC", "GOV", 1)


def test_advisers_take_their_modifier(r: ActorResolver) -> None:
    assert r.resolve("Russian civilian advisers", date=DATE).sector == "CVL"
    assert r.resolve("US military advisers", date=DATE).sector == "MIL"


def test_unnamed_islamist_militants_in_mozambique_follow_acled(r: ActorResolver) -> None:
    a = r.resolve("suspected Islamic militants", date="2020-05-01", where="MOZ")
    assert (a.acled_actor, a.inter) == ("Islamist Militia (Mozambique)", 3)
    assert r.resolve("Islamic militants", date="2020-05-01", where="NGA").acled_actor != a.acled_actor


def test_two_peoples_before_one_armed_noun(r: ActorResolver) -> None:
    a = r.resolve("Fulani and Dogon militias", date="2020-05-01", where="MLI")
    assert (a.inter, a.country) == (4, "MLI")


def test_one_person_of_a_nationality_is_not_the_state(r: ActorResolver) -> None:
    a = r.resolve("an American", date="2020-05-01", where="RUS")
    assert (a.country, a.sector, a.inter) == ("USA", "CVL", 7)
    assert r.resolve("the Americans", date="2020-05-01").sector == "CVL"


def test_a_coalition_takes_the_country_it_acts_in(r) -> None:
    actor = r.resolve("Saudi-led coalition airstrikes", date="2020-05-09", where="YEM")
    assert actor is not None and actor.country == "YEM" and actor.inter == 8


def test_who_speaks_for_a_group_is_the_group(r) -> None:
    assert r.resolve("the leaders of Hamas", date="2010-01-01").name == "Hamas"
    assert r.resolve("the leader of the opposition", focus="KEN").sector == "OPP"
    assert r.resolve("the leader of Libya", date="2010-01-01").sector == "GOV"


def test_a_named_official_of_an_organisation_is_the_organisation(r) -> None:
    actor = r.resolve("UN envoy Rolf Ekeus", date="1995-01-01", focus="IRQ")
    assert actor is not None and actor.name == "Rolf Ekeus" and actor.country is None
    assert actor.acled_actor == "UN: United Nations" and actor.inter == 8
    assert actor.sector == "GOV"  # an international body's official, as CAMEO codes its people


def test_an_international_bodys_troops_and_officials_have_their_roles_sector(r) -> None:
    assert r.resolve("NATO peacekeeping troops", date="1996-01-01").sector == "MIL"
    assert r.resolve("EU foreign ministers", date="2020-01-01").sector == "GOV"
    plain = r.resolve("the UN", date="2020-01-01")
    assert plain.sector == "IGO" and plain.country is None and plain.inter == 8


def test_militiamen_from_an_unknown_town_are_its_communal_militia() -> None:
    from chronica.actors import ActorResolver

    r = ActorResolver()
    town = r.resolve("militiamen from Umuleri", date="2020-05-01", where="NGA")
    assert town is not None and town.inter == 4 and town.acled_actor == "Umuleri Communal Militia (Nigeria)"
    plain = r.resolve("militiamen", date="2020-05-01", where="NGA")
    assert plain is not None and plain.inter == 3


def test_the_pope_is_the_holy_see(r) -> None:
    pope = r.resolve("Pope Francis", date="2020-01-01", where="NGA")
    assert pope is not None and pope.country == "VAT" and pope.sector == "REL"
    priest = r.resolve("a priest", date="2020-01-01", where="NGA")
    assert priest is not None and priest.country == "NGA"


def test_the_maker_of_a_weapon_is_not_its_user(r) -> None:
    assert r.resolve("a Russian-made jet", date="2020-01-01", where="SYR") is None


def test_names_written_with_common_words_in_lower_case(r) -> None:
    amba = r.resolve("Ambazonian fighters", date="2020-05-01", where="CMR")
    assert amba is not None and (amba.inter, amba.acled_actor) == (2, "Ambazonian Separatists (Cameroon)")
    gna = r.resolve("GNA forces", date="2020-05-01")
    assert gna is not None and gna.acled_actor.startswith("Military Forces of Libya")
    assert r.resolve("Syrian Army", date="2020-05-01").acled_actor.startswith("Military Forces of Syria")
    # a word capitalised in the dictionary must be capitalised in the text
    assert r.resolve("ambazonian fighters", date="2020-05-01", where="CMR").inter == 3


def test_pro_and_anti_before_forces(r) -> None:
    pro = r.resolve("pro-government forces", date="2020-05-01", where="AFG")
    assert pro is not None and pro.acled_actor.startswith("Military Forces of Afghanistan") and pro.inter == 1
    anti = r.resolve("anti-Houthi forces", date="2020-05-01", where="YEM")
    assert anti is not None and anti.acled_actor.startswith("Military Forces of Yemen (2012")
    assert r.resolve("anti-government forces", date="2020-05-01", where="SYR") is None
    assert r.resolve("pro-government militia", date="2020-05-01", where="SDN").acled_actor == (
        "Militia (Pro-Government)")


def test_people_on_strike_or_at_a_protest_are_its_crowd(r) -> None:
    nurses = r.resolve("striking nurses", date="2020-05-01", where="KEN")
    assert nurses is not None and (nurses.inter, nurses.sector, nurses.acled_actor) == (
        6, "HLH", "Protesters (Kenya)")
    assert r.resolve("nurses", date="2020-05-01", where="KEN").inter == 7
    assert r.resolve("striking soldiers", date="2020-05-01", where="KEN").inter == 1


def test_state_units_carry_the_years_of_the_state(r) -> None:
    assert r.resolve("the IDF", date="2020-05-01").acled_actor == "Military Forces of Israel (2009-2021)"
    fbi = r.resolve("the FBI", date="2020-05-01")
    assert fbi.acled_actor.startswith("Police Forces of the United States (")
    guard = r.resolve("the presidential guard", date="2020-05-01", where="BDI")
    assert guard is not None and guard.sector == "MIL" and guard.inter == 1


def test_tokens_handed_out_are_the_caller_s_own() -> None:
    """Phrases are tokenised once and kept; each caller still gets its own list."""
    from chronica.actors.text import tokenize

    first = tokenize("Sudan's Rapid Support Forces")
    first.append(first[0])
    again = tokenize("Sudan's Rapid Support Forces")
    assert [t.text for t in again] == ["Sudan", "Rapid", "Support", "Forces"]
    assert again[0].end == 5  # the possessive is dropped, offsets kept
