"""General news wording for every PLOVER type: multi-word verbs ("called off", "ruled out"), noun
events ("talks", "sanctions", "aid"), reactions whose object is only their topic ("praised the
agreement"), and the primary event of sentences with several. Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronica.ingest import document_from_text


@pytest.fixture(scope="module")
def plover(pipeline):
    def run(text: str) -> str | None:
        events = pipeline.code(document_from_text(text, doc_id="t"))
        primary = next((e for e in events if e.primary), None)
        return primary.plover["type"] if primary is not None else None

    return run


@pytest.mark.parametrize("text, want", [
    ("The opposition called on the government to release political prisoners.", "REQUEST"),
    ("The security forces cracked down on the opposition.", "ASSAULT"),
    ("Washington pulled out of the nuclear agreement.", "REJECT"),
    ("The army pulled its troops out of the border region.", "RETREAT"),
    ("The United States backed out of the deal.", "REJECT"),
    ("The prime minister lashed out at the European Union.", "ACCUSE"),
    ("The government ruled out talks with the rebels.", "REJECT"),
    ("The minister ruled out any negotiations with the militants.", "REJECT"),
    ("The rebels called off their offensive.", "RETREAT"),
    ("The union called off the strike.", "CONCEDE"),
    ("The president cancelled his visit to Paris.", "REJECT"),
    ("The ruling party turned down the opposition's proposal.", "REJECT"),
    ("The two sides broke off talks on Friday.", "SANCTION"),
    ("The general took over the country in a coup.", "ASSAULT"),
    ("Hundreds of students took over the university rectorate.", "PROTEST"),
    ("Police rounded up dozens of opposition activists.", "COERCE"),
    ("The authorities locked up the journalist for a week.", "COERCE"),
    ("Police broke up the rally with batons.", "ASSAULT"),
    ("The rebels gave up their weapons.", "RETREAT"),
    ("The president sat down with opposition leaders.", "CONSULT"),
    ("The bishop spoke out against the military coup.", "ACCUSE"),
    ("The government backed down on the tax increase.", "CONCEDE"),
    ("The border guards turned back a boat carrying migrants.", "COERCE"),
    ("Government troops beat back an attack on the airport.", "ASSAULT"),
])
def test_verbs_with_particles(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("Talks between the two governments resumed in Geneva.", "CONSULT"),
    ("The prime minister began a three-day visit to India.", "CONSULT"),
    ("The European Union imposed new sanctions on Russia.", "SANCTION"),
    ("Japan announced $50 million in aid to the flood victims.", "AID"),
    ("The Red Cross launched an appeal for the refugees.", "REQUEST"),
    ("The president held talks with the visiting Chinese premier.", "CONSULT"),
    ("Germany announced an arms embargo against the country.", "SANCTION"),
    ("The government issued a warning to the rebels.", "THREATEN"),
    ("The army launched an offensive against the rebels in the north.", "ASSAULT"),
    ("The country provided food and medicine to the refugees.", "AID"),
    ("Parliament approved the peace plan.", "AGREE"),
    ("The two countries resumed diplomatic relations after ten years.", "SUPPORT"),
    ("The Pope expressed sympathy for the victims of the war.", "SUPPORT"),
    ("Iran test-fired a long-range missile.", "MOBILIZE"),
    ("Protesters burned American flags outside the embassy.", "PROTEST"),
])
def test_noun_events_and_their_verbs(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("The minister praised the peace agreement.", "SUPPORT"),
    ("The prime minister welcomed the release of the hostages.", "SUPPORT"),
    ("The government rejected calls for an international inquiry.", "REJECT"),
    ("The minister denied the allegations.", "REJECT"),
    ("The army denied that its soldiers had shot civilians.", "REJECT"),
    ("The president dismissed the report as propaganda.", "REJECT"),
    ("The president condemned the killing of the aid workers.", "ACCUSE"),
    ("The spokesman said the army killed ten militants in the raid.", "ASSAULT"),
    ("Witnesses said soldiers fired on the crowd.", "ASSAULT"),
    ("Officials said police arrested 12 people after the protest.", "COERCE"),
])
def test_reactions_and_reports_name_their_event(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("The two countries signed a trade agreement.", "SUPPORT"),
    ("The government expelled two American diplomats.", "SANCTION"),
    ("China warned Taiwan against declaring independence.", "THREATEN"),
    ("The United States accused Iran of supporting terrorism.", "ACCUSE"),
    ("The rebels freed three foreign hostages.", "RETREAT"),
    ("The president pardoned two opposition leaders.", "CONCEDE"),
    ("Russia vetoed the draft resolution.", "REJECT"),
    ("Egypt mediated between Israel and Hamas.", "CONSULT"),
    ("France recalled its ambassador from Rome.", "SANCTION"),
    ("The authorities imposed a curfew on the city.", "COERCE"),
    ("Turkey threatened military action against the Kurdish militia.", "THREATEN"),
    ("The opposition demanded the resignation of the prime minister.", "REQUEST"),
    ("The country boycotted the summit.", "PROTEST"),
    ("The president promised to hold elections next year.", "AGREE"),
    ("The United Nations urged both sides to show restraint.", "REQUEST"),
    ("The government refused to negotiate with the kidnappers.", "REJECT"),
    ("The United States froze the assets of the company.", "SANCTION"),
    ("Brazil offered to mediate between the two sides.", "AGREE"),
    ("The EU suspended its aid to the government.", "SANCTION"),
    ("Ethiopia and Eritrea agreed to an immediate ceasefire.", "RETREAT"),
    ("Lebanon asked Syria to withdraw its troops.", "REQUEST"),
    ("The rebels seized control of the airport.", "ASSAULT"),
    ("The government declared a state of emergency in the capital.", "COERCE"),
    ("Israel warned that it would retaliate against any attack.", "THREATEN"),
])
def test_everyday_wording_of_the_cameo_categories(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text", [
    "Police ruled out foul play in the death of the retired teacher.",
    "The bank pulled out of the sponsorship after a year.",
    "She took over the family restaurant in 2004.",
    "He pulled out a gun and waved it at the clerk.",
    "The council approved the budget on Tuesday.",
    "The couple broke up last year.",
    "Detectives broke up a drug ring operating from the motel.",
    "Staff locked up the building for the night.",
    "The coach told his players to stop complaining and to return to training.",
    "The teacher asked the pupils to review their notes before the exam.",
    "The senator whipped up anger among voters before the election.",
    "Police detected high levels of alcohol in the driver's blood.",
    "Workers cleared the debris from the road after the storm.",
    "The mayor removed the statue from the square last year.",
    "Two players scuffled during the match.",
    "The storm damaged dozens of houses in the town.",
])
def test_the_same_words_in_everyday_news_are_not_political_events(pipeline, text):
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert not [e for e in events if e.primary]


@pytest.mark.parametrize("text", [
    "There was a fire at the home on Main Street on Sunday.",
    "Heavy snow closed the roads in the county.",
    "The highway was closed due to flooding.",
    "Schools were closed because of the storm.",
])
def test_fires_and_weather_are_not_shootings_or_security_measures(pipeline, text):
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert not [e for e in events if e.plover["type"] in ("ASSAULT", "COERCE")]


@pytest.mark.parametrize("text, want", [
    ("Police closed the road after the attack.", "COERCE"),
    ("The government closed all schools because of the epidemic.", "COERCE"),
    ("Soldiers came under fire at the checkpoint.", "ASSAULT"),
    ("The cartel placed two check points on the federal road.", "MOBILIZE"),
    ("More than 100 villagers fled their village to the town.", "RETREAT"),
])
def test_closures_decided_and_fire_taken_are_events(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("Speaking at a news conference in Paris, the minister accused Iran of arming the rebels.", "ACCUSE"),
    ("During a visit to Moscow, the Chinese president signed a gas deal with Russia.", "SUPPORT"),
    ("After meeting the king, the envoy said both sides had agreed to a ceasefire.", "RETREAT"),
    ("The president, who arrived in Seoul on Monday, urged North Korea to return to talks.", "REQUEST"),
    ("The foreign minister told reporters that his country would not recognise the election.", "REJECT"),
    ("The opposition leader, released from prison last week, called for a general strike.", "REQUEST"),
    ("The president stepped down after weeks of protests.", "RETREAT"),
    ("Police said they arrested two men who had planted a bomb near the station.", "COERCE"),
    ("The UN secretary-general condemned the bombing, which killed 40 people.", "ACCUSE"),
    ("Rebels attacked a village on Monday, the army said.", "ASSAULT"),
    ("The two leaders met for three hours and agreed to resume talks on the border dispute.", "AGREE"),
    ("Kenyan police used water cannon to break up a protest by students in Nairobi.", "ASSAULT"),
    ("Officials said the talks, which were held in Oslo, ended without agreement.", "CONSULT"),
    ("India's prime minister on Friday invited his Pakistani counterpart to visit New Delhi.", "AGREE"),
])
def test_the_primary_event_of_a_sentence_with_several(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("The militia vowed revenge for the killing of its commander.", "THREATEN"),
    ("Russia annexed the peninsula in March.", "ASSAULT"),
    ("The king sent his condolences to the families of the victims.", "SUPPORT"),
    ("The ministry issued a denial on Monday.", "REJECT"),
    ("The authorities ordered an internet shutdown in the region.", "COERCE"),
    ("The party allied with the communists before the vote.", "COOPERATE"),
    ("The army completed the handover of the base to the police.", "RETREAT"),
])
def test_more_nouns_and_verbs_of_the_cameo_categories(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("Canada closed its embassy in Tehran.", "SANCTION"),
    ("Egypt withdrew its ambassador from Israel.", "SANCTION"),
    ("The two presidents spoke by telephone on Tuesday.", "CONSULT"),
    ("The two armies held joint military exercises in the desert.", "COOPERATE"),
    ("The two countries agreed to cooperate in fighting drug trafficking.", "AGREE"),
])
def test_diplomatic_wording(plover, text, want):
    assert plover(text) == want


def test_an_armed_unit_named_only_by_its_kind_is_a_fighting_side(pipeline):
    text = "Unidentified gunmen carried out a raid on the headquarters of the Desert Lions Brigade."
    events = pipeline.code(document_from_text(text, doc_id="t"))
    primary = next(e for e in events if e.primary)
    assert primary.acled["event_type"] == "Battles"


@pytest.mark.parametrize("text", [
    "Hundreds of workers held a demonstration outside the ministry over unpaid salaries.",
    "Farmers agitated against the new land law in the district.",
    "Teachers staged a walkout over pay.",
    "Residents held a candlelight march for the murdered girl.",
    "Opposition supporters banged pots and pans from their balconies.",
    "Drivers honked their horns in a convoy through the city to demand lower fuel prices.",
    "Villagers blocked the national highway to demand electricity.",
    "Nurses refused to work without protective equipment.",
    "A man set himself on fire outside the governor's office in protest.",
    "Taxi drivers held a motorcade through the city demanding compensation.",
    "Hundreds of workers gathered at the factory gate demanding their wages.",
    "Shopkeepers shut their shops in protest against extortion.",
    "Lawyers boycotted the courts to protest the attack on a colleague.",
    "Residents burned tyres on the main road to protest the power cuts.",
])
def test_protests_in_everyday_wording(plover, text):
    assert plover(text) == "PROTEST"


@pytest.mark.parametrize("text, want", [
    ("The union reiterated its demand that the government ease restrictions on workers.", "REQUEST"),
    ("The rebels rejected a call to lay down their arms.", "REJECT"),
])
def test_what_a_demand_or_call_asks_for_has_not_happened(plover, text, want):
    assert plover(text) == want


def test_an_attempt_is_coded_as_the_deed(plover):
    assert plover("An attempt to assassinate the provincial governor was foiled by his guards.") == "ASSAULT"


@pytest.mark.parametrize("text, sub", [
    ("Soldiers sexually assaulted two women at the checkpoint.", "Sexual violence"),
    ("Three soldiers deserted on Monday.", "Change to group/activity"),
])
def test_acled_wording(pipeline, text, sub):
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert next(e for e in events if e.primary).acled["sub_event_type"] == sub


@pytest.mark.parametrize("text, want", [
    ("The government clamped down on dissent.", "ASSAULT"),
    ("The rebels renounced violence.", "CONCEDE"),
    ("The opposition leader berated the cabinet over the price rises.", "ACCUSE"),
    ("The regime exiled the former president.", "COERCE"),
    ("The government revoked the licence of the opposition newspaper.", "COERCE"),
    ("The president rescinded the decree on Tuesday.", "CONCEDE"),
    ("Government troops liberated the town from the rebels.", "ASSAULT"),
])
def test_cameo_verbs_in_everyday_wording(plover, text, want):
    assert plover(text) == want


def test_a_weapon_that_was_hit_is_not_the_means(pipeline):
    events = pipeline.code(document_from_text("Iraqi forces killed two suicide bombers near the mountains.",
                                              doc_id="t"))
    assert next(e for e in events if e.primary).acled["event_type"] == "Battles"


def test_one_persons_stone_throwing_at_the_unarmed_is_an_attack_not_a_riot(pipeline):
    text = "A man threw stones at a nurse outside the clinic."
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert next(e for e in events if e.primary).acled["event_type"] == "Violence against civilians"
    events = pipeline.code(document_from_text("Residents threw stones at the police.", doc_id="t"))
    assert next(e for e in events if e.primary).acled["event_type"] == "Riots"


@pytest.mark.parametrize("text, want", [
    ("The king paid a state visit to Britain.", "CONSULT"),
    ("The two foreign ministers exchanged views on the situation in the region.", "CONSULT"),
    ("The government filed a complaint with the United Nations.", "ACCUSE"),
    ("Iraq broke diplomatic relations with Iran.", "SANCTION"),
    ("The two parties struck a deal on power sharing.", "AGREE"),
    ("The rebels attended peace talks in Nairobi.", "CONSULT"),
    ("The army regained control of the city.", "ASSAULT"),
    ("The Pope received the Israeli prime minister at the Vatican.", "CONSULT"),
    ("Washington promised economic aid to the new government.", "AGREE"),
    ("Japan pledged 20 million dollars to rebuild the country.", "AGREE"),
    ("Libya denied involvement in the bombing.", "REJECT"),
    ("The guerrillas blew up a power pylon.", "ASSAULT"),
    ("Warplanes struck rebel positions near the border.", "ASSAULT"),
    ("Britain offered to host the peace conference.", "AGREE"),
    ("The rebels vowed to continue fighting.", "THREATEN"),
    ("Israel reopened the crossing for humanitarian aid.", "CONCEDE"),
    ("NATO troops handed over security to Afghan forces.", "RETREAT"),
])
def test_wire_news_wording(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("The two sides began talks in Geneva.", "CONSULT"),
    ("The opposition walked out of parliament.", "PROTEST"),
    ("The teachers walked out on Monday.", "PROTEST"),
    ("The prime minister hit out at the central bank.", "ACCUSE"),
    ("The government bowed to pressure from the unions.", "CONCEDE"),
    ("The regime caved in to the protesters' demands.", "CONCEDE"),
    ("The two sides swapped prisoners.", "RETREAT"),
    ("Rebels downed a military helicopter.", "ASSAULT"),
    ("Spain sided with France on the issue.", "SUPPORT"),
])
def test_idioms_of_news_wording(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text", [
    "The man walked out of the store with a bag.",
    "He talks a lot about football.",
])
def test_idioms_in_everyday_sense_are_not_events(pipeline, text):
    assert not pipeline.code(document_from_text(text, doc_id="t"))


@pytest.mark.parametrize("text", [
    "Members of the union raised slogans against the management outside the plant.",
    "Traders observed a complete shutdown in the town against the killing of a shopkeeper.",
    "Residents held a car caravan through the city to demand the reopening of businesses.",
    "Hundreds of people converged on the square to denounce the decision.",
    "Supporters of the party poured into the streets after the verdict.",
    "Residents surrounded the police station demanding the release of the detained youth.",
    "Workers observed a black day against the new labour laws.",
    "The union staged a token strike at the port.",
    "Students launched an indefinite strike.",
    "Hundreds of people protested against the killing of a student by police.",
    "Students held a rally over the arrest of their leader.",
])
def test_protest_wording_and_what_protests_are_against(plover, text):
    assert plover(text) == "PROTEST"


@pytest.mark.parametrize("text, want", [
    ("NATO put its forces on alert.", "MOBILIZE"),
    ("The regime put the opposition leader on trial.", "ACCUSE"),
    ("A human head was found in a plastic bag near the market.", "ASSAULT"),
])
def test_split_phrases_and_remains_found(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text, want", [
    ("The UN Security Council convened an emergency session on the crisis on Monday.", "CONSULT"),
    ("Police coordinated with the army to secure the border.", "COOPERATE"),
    ("The United States embargoed oil exports to Iran.", "SANCTION"),
    ("The Treasury blacklisted three Russian banks.", "SANCTION"),
    ("The EU penalised Hungary for its asylum law.", "SANCTION"),
    ("The opposition leader assailed the government over the price rises.", "ACCUSE"),
    ("The minister derided the opposition's proposal.", "ACCUSE"),
    ("Iran declined the invitation to the talks in Geneva.", "REJECT"),
    ("The junta acquiesced to the demands of the protesters.", "CONCEDE"),
    ("The regime banished the dissident to a remote island.", "COERCE"),
    ("The rebels mustered thousands of fighters near the capital.", "MOBILIZE"),
    ("Union leaders lobbied the government for higher wages.", "REQUEST"),
    ("The detonation of a roadside bomb killed two soldiers.", "ASSAULT"),
])
def test_fifth_round_wording_of_the_cameo_categories(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text", [
    "Unemployment declined sharply last year.",
    "She declined to comment on the report.",
    "The committee convened at 7 p.m.",
    "Students mustered the courage to speak.",
    "The cost of coordinating the schedule rose.",
])
def test_fifth_round_words_in_everyday_news_are_no_events(pipeline, text):
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert not [e for e in events if e.primary]


@pytest.mark.parametrize("text, want", [
    # the deed one is found or pleads guilty of is the topic of the finding
    ("The former officer pleaded guilty to the murder of a journalist.", "SANCTION"),
    ("The court found the soldiers guilty of murder.", "SANCTION"),
    # a crowd's violence is a riot; a mob's is mob violence (an assault)
    ("Protesters clashed with police in the city centre.", "PROTEST"),
    ("Rioters set fire to cars and looted shops.", "PROTEST"),
    ("A mob attacked the journalist outside the court.", "ASSAULT"),
    # a measure threatened, what an appeal is for, and a deadline's demand have not happened
    ("The president threatened an embargo against the neighbouring country.", "THREATEN"),
    ("The government appealed for military aid to fight the insurgents.", "REQUEST"),
    ("The army gave the rebels 48 hours to surrender.", "THREATEN"),
    # an attempted killing is the attack
    ("Gunmen tried to assassinate the governor.", "ASSAULT"),
    ("The president survived an assassination attempt.", "ASSAULT"),
    # letting observers in, ending measures and talks
    ("Iran allowed nuclear inspectors to visit the site.", "RETREAT"),
    ("Martial law was ended in the province.", "CONCEDE"),
    ("Norway ended its mediation between the two sides.", "SANCTION"),
])
def test_sixth_round_codebook_audit_rules(plover, text, want):
    assert plover(text) == want


@pytest.mark.parametrize("text", [
    "Rescuers searched the building for survivors.",
    "The company closed the gas station on Main Street.",
    "The council approved a grant for the library.",
    "She received a phone call from her son.",
    "The bank moved its office to a new building.",
    "He withdrew the money from his account.",
])
def test_sixth_round_words_in_everyday_news_are_no_events(pipeline, text):
    events = pipeline.code(document_from_text(text, doc_id="t"))
    assert not [e for e in events if e.primary]
