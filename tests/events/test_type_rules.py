"""Tests for the lexicon's type decisions (session 11): which PLOVER root a predicate gets."""

from __future__ import annotations

import pytest
from tests.events.coded import coded_events


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.modality, e.trigger.text(text)) for e in coded_events(text)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum is a threat (CAMEO 139), not a plain demand
        ("Poland has issued an ultimatum to Belarus.", ("THREATEN", "issued")),
        # opening an investigation or bringing a suit is ACCUSE (investigate, allege)
        ("Prosecutors have opened an investigation into the minister.", ("ACCUSE", "opened")),
        ("The president ordered an inquiry into the army's conduct.", ("ACCUSE", "ordered")),
        ("The company filed a lawsuit against the Spanish government.", ("ACCUSE", "filed")),
        ("The Commission launched legal action against Hungary.", ("ACCUSE", "launched")),
        # concluding an agreement is SUPPORT (057); intending one stays AGREE
        ("Japan and India have agreed a new trade agreement.", ("SUPPORT", "agreed")),
        ("Chile and Peru reached a deal on fishing rights.", ("SUPPORT", "reached")),
        ("Fiji has established diplomatic ties with Kosovo.", ("SUPPORT", "established")),
        # curfews, emergency rule, arrest warrants, bans on people: COERCE
        ("The army imposed a curfew on the capital.", ("COERCE", "imposed")),
        ("The government declared a state of emergency in the province.", ("COERCE", "declared")),
        ("A Dutch court issued an arrest warrant for the businessman.", ("COERCE", "issued")),
        ("The junta has outlawed the main opposition party.", ("COERCE", "outlawed")),
        ("Ankara closed its borders with Syria.", ("COERCE", "closed")),
        # yielding: accepting demands, calling off a strike, surrender, a pardon, lifting
        ("The government accepted the demands of the miners.", ("CONCEDE", "accepted")),
        ("Dock workers called off their strike.", ("CONCEDE", "called off")),
        ("The president granted a pardon to the journalist.", ("CONCEDE", "granted")),
        ("Georgia lifted the state of emergency.", ("CONCEDE", "lifted")),
        ("Hundreds of rebels surrendered to the army.", ("RETREAT", "surrendered")),
        ("The ministry announced the release of three sailors.", ("RETREAT", "announced")),
        # withdrawing peacekeepers or cutting aid reduces relations: SANCTION
        ("Fiji withdrew its peacekeepers from the Golan Heights.", ("SANCTION", "withdrew")),
        ("Washington reduced its aid to Cambodia.", ("SANCTION", "reduced")),
        # money and goods given are AID
        ("Norway gave 20 million dollars to Somalia.", ("AID", "gave")),
        # attacks stepped up, invasions launched: ASSAULT
        ("The rebels stepped up their attacks on the city.", ("ASSAULT", "stepped up")),
        ("Russia launched its invasion of Ukraine in February.", ("ASSAULT", "launched")),
        # strikes and hunger strikes, alerts and reinforcements, mediation, shared evidence
        ("Nurses in Leeds went on strike for higher pay.", ("PROTEST", "went on strike")),
        ("The prisoner has started a hunger strike.", ("PROTEST", "started")),
        ("Greek troops remained on alert along the border.", ("MOBILIZE", "remained on alert")),
        ("Qatar launched a mediation effort between Sudan and Chad.", ("CONSULT", "launched")),
        ("Police shared evidence with the Spanish authorities.", ("COOPERATE", "shared")),
        # peacekeepers and observers sent abroad, borders opened to refugees: AID
        ("The African Union deployed observers in Mali.", ("AID", "deployed")),
        ("Jordan opened its borders to Iraqi refugees.", ("AID", "opened")),
        ("The union is pressuring the ministers to resign.", ("REQUEST", "pressuring")),
        ("The mayor denied permission for the march.", ("REJECT", "denied")),
        # defending a person is verbal support; defending a town is not (below)
        ("Orban defended Vladimir Putin over the war.", ("SUPPORT", "defended")),
        # session 12: verbs of criticism, implicating, clamouring, joining an alliance
        ("Sanders assailed Clinton over her paid speeches.", ("ACCUSE", "assailed")),
        ("The senator castigated the Pentagon for the delays.", ("ACCUSE", "castigated")),
        ("Prigozhin had implicated Putin in war crimes.", ("ACCUSE", "implicated")),
        ("Poland and the Baltic states have clamored for more troops.", ("REQUEST", "clamored")),
        ("Finland joined the alliance in April.", ("COOPERATE", "joined")),
        # idioms of proposing and negotiating; an event noun as the indirect-object parse
        ("The United States has put on the table concrete ideas.", ("AGREE", "put on the table")),
        ("Both parties came to the table to hash out a deal.", ("CONSULT", "came to the table")),
        ("The minister has given assurances the bombs would not be used.", ("AGREE", "given")),
        # crowds protesting demonstrate; workers stopping work strike
        ("Thousands of people protested against the new law in Tbilisi.", ("PROTEST", "protested")),
        ("Hundreds of miners stopped work on Tuesday.", ("PROTEST", "stopped work")),
        # a government protesting to another complains officially
        ("The Russian Foreign Ministry protested to Washington.", ("ACCUSE", "protested")),
        # aid suspended, a suspension of aid announced: SANCTION (aid already given)
        (
            "The United Nations has suspended aid deliveries in the province.",
            ("SANCTION", "suspended"),
        ),
        ("Denmark announced a suspension of aid to Egypt.", ("SANCTION", "announced")),
        # seeking refuge or someone's release asks for it
        ("Thousands of Syrians sought refuge in Turkey.", ("REQUEST", "sought")),
        # "X said Y must do Z" demands Z whether or not Z has a rule
        ("The U.S. has said that North Korea must first disarm.", ("REQUEST", "must")),
        # refugees taken in are asylum; an act or a record defended is verbal support
        ("Canada accepted 1,141 Iraqi refugees in May.", ("AID", "accepted")),
        ("Ambassador Cui defended China's expansion of the reefs.", ("SUPPORT", "defended")),
        # a newspaper suspended is censored; reports refuted, petitions dismissed are rejected
        (
            "The authorities suspended publication of the largest newspaper.",
            ("COERCE", "suspended"),
        ),
        ("The Egyptian Foreign Ministry refuted reports of a withdrawal.", ("REJECT", "refuted")),
        ("The tribunal dismissed the petition filed by the candidate.", ("REJECT", "dismissed")),
        # charges or an investigation dropped ease pressure
        ("Prosecutors in Paris dropped the charges against the activist.", ("CONCEDE", "dropped")),
        # an event noun as the object of a preposition on its support verb
        ("The Pentagon placed an Army brigade in Italy on alert.", ("MOBILIZE", "placed")),
        ("Police in Minsk placed the opposition leader under house arrest.", ("COERCE", "placed")),
        # retaliation is a conflict act, so vowing it is a threat (it was read as a promise)
        ("Iran vowed to retaliate against Israel.", ("THREATEN", "vowed")),
        ("Israel retaliated against Hezbollah.", ("ASSAULT", "retaliated")),
        ("The police used force against the protesters.", ("ASSAULT", "used force")),
        # crowds protesting through an infinitive of purpose; call-ups; blacklists; visits
        (
            "Farmers blocked roads across France to protest against fuel taxes.",
            ("PROTEST", "protest"),
        ),
        ("Russia has called up 300,000 reservists.", ("MOBILIZE", "called up")),
        ("Armenia announced a general mobilisation.", ("MOBILIZE", "announced")),
        ("Canada blacklisted twenty Russian officials.", ("SANCTION", "blacklisted")),
        ("Scholz travelled to Kyiv for talks with Zelensky.", ("CONSULT", "travelled")),
        ("NATO allies rallied behind Ukraine.", ("SUPPORT", "rallied")),
        ("Zelensky pleaded with Western leaders for fighter jets.", ("REQUEST", "pleaded")),
        ("France delivered Caesar howitzers to Ukraine.", ("AID", "delivered")),
        ("Russian authorities banned Meta's platforms.", ("COERCE", "banned")),
        ("The government backed down on the pension reform.", ("CONCEDE", "backed down")),
        ("Ukraine severed diplomatic ties with Iran.", ("SANCTION", "severed")),
        # more words of criticism
        ("Trump blasted the Justice Department over the raid.", ("ACCUSE", "blasted")),
        ("Zelensky hit out at Hungary for blocking the aid.", ("ACCUSE", "hit out at")),
        ("The senator took aim at the Pentagon.", ("ACCUSE", "took aim at")),
        ("Poland expressed outrage over the missile strike.", ("ACCUSE", "expressed")),
        # attacking a record is criticism; attacking positions stays an assault
        ("The candidate attacked his opponent's record on trade.", ("ACCUSE", "attacked")),
        ("Iraqi warplanes attacked positions inside Syria.", ("ASSAULT", "attacked")),
        # session 24: giving in refused, holding fast; disconnecting banks from SWIFT
        ("Ukraine will never give in to Russian blackmail.", ("REJECT", "give in to")),
        ("The commission has held fast to its threshold.", ("REJECT", "held fast to")),
        ("The EU disconnected seven Russian banks from SWIFT.", ("SANCTION", "disconnected")),
        # session 33: a dialogue held; a crowd rallying with no object still protests
        ("Germany held a dialogue with Russia.", ("CONSULT", "held")),
        ("Thousands rallied in Kyiv against the war.", ("PROTEST", "rallied")),
        # an intent noun's "of" names its act where it has no possessor
        (
            "Zelensky expressed the readiness of meeting with representatives of China.",
            ("AGREE", "readiness"),
        ),
    ],
)
def test_type_rules(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "asserted", expected[1]) in _types(text)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        # a date after the verb is no particle: no "call on"
        "Biden called Scholz on Tuesday.",
        # lifting a phone is no concession
        "The minister lifted the phone.",
        # a town defended is no verbal support
        "Ukrainian forces defended Bakhmut for months.",
        # session 12: word senses outside politics
        "She had to make ends meet.",
        "Gas prices rallied more than 10 percent on Monday.",
        "He returned to Washington for a news conference.",
        "Rubio offered the crowd an emotional evaluation of the race.",
        "He came to recognize that his brother was a talented pilot.",
        "The firm tested them by asking them questions about the problem.",
        "She wanted a candidate who had not accepted money from Wall Street.",
        # generic "you" is no actor; calling something a name is no call for anything
        '"When you help the court, you donate to an independent authority," Kostin said.',
        "It was what the New York Times called a rough week for Trump.",
        # natural causes are no actors; hosting an exhibition is no diplomatic visit
        "The storm destroyed hundreds of homes along the coast.",
        "The virus killed more than a thousand people last year.",
        "The museum will host an exhibition of Ukrainian art.",
        "Workers blasted rock to build the tunnel.",
        # a court striking down a law, advocacy, a nomination accepted
        "The court struck down the law as unconstitutional.",
        "She spent years fighting for health care reform.",
        "The nominee will accept the nomination on Thursday.",
        # session 24: a phone line disconnected; giving in with nobody given in to
        "The company disconnected the phone lines.",
        "I gave in and bought the car.",
        # session 33: rallying people is no demonstration
        "Manafort rallied the dispirited remnants of the party.",
    ],
)
def test_type_rules_do_not_fire(text: str) -> None:
    assert [t for t in _types(text) if t[2] not in ("said",)] == []


@pytest.mark.needs_model
def test_a_failed_act_is_negated_and_a_failed_agreement_refused() -> None:
    assert ("COERCE", "negated", "capture") in _types("The rebels failed to capture the city.")
    assert ("REJECT", "asserted", "reach") in _types(
        "Serbia and Kosovo failed to reach an agreement on the border."
    )


@pytest.mark.needs_model
def test_an_intent_to_agree_stays_agree() -> None:
    assert ("AGREE", "asserted", "agreed") in _types("Russia and Ukraine agreed to hold talks.")
    types = _types("Israel withdrew its troops from the town.")
    assert [t[0] for t in types] == ["RETREAT"]


@pytest.mark.needs_model
def test_targets_of_event_nouns() -> None:
    def targets(text: str) -> list[str | None]:
        return [e.target.text if e.target else None for e in coded_events(text)]

    # what an investigation is into, named by no actor, is its target
    assert targets("The FBI opened an investigation of the sale of the jets.") == [
        "the sale of the jets"
    ]
    # a mediation between two parties has the first as its target
    assert targets("Norway launched a mediation effort between Colombia and the rebels.") == [
        "Colombia"
    ]


@pytest.mark.needs_model
def test_predicate_adjectives_of_apology_and_thanks() -> None:
    assert ("CONCEDE", "asserted", "sorry") in _types('"I am sorry for the delays," Clinton said.')
    assert ("SUPPORT", "asserted", "grateful") in _types(
        "Zelensky said he was grateful for the work of the British government."
    )
    # "sorry to hear" is sympathy: no apology
    assert _types('"I am sorry to hear about the fire," Clinton said.') == []


@pytest.mark.needs_model
def test_not_willing_refuses_an_act_without_a_rule() -> None:
    text = "The president warned that the U.S. was not willing to sacrifice basic principles."
    assert ("REJECT", "asserted", "willing") in _types(text)
    # willing, not negated, to do what no rule knows: no event
    assert _types("The U.S. was willing to sacrifice some principles.") == []


@pytest.mark.needs_model
def test_a_denied_act_is_a_rejection_not_the_act() -> None:
    assert _types("Beijing denied supplying weapons to Russia.") == [
        ("REJECT", "asserted", "denied")
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 13: "not only ... but" adds, it does not negate
        (
            "The Kremlin has not only amassed troops on the border but deployed 30,000 troops "
            "to Belarus.",
            ("MOBILIZE", "deployed"),
        ),
        # the means of a response is the act responded with
        ("Russia responded by annexing Crimea.", ("COERCE", "annexing")),
        # the verbs of praise; talks intensified; a war waged
        ("A delegate spoke in her stead to hail Mr. Trump.", ("SUPPORT", "hail")),
        ("Lukashenko said he intensified talks with Putin.", ("CONSULT", "intensified")),
        ("Russia is waging a war against Ukraine.", ("ASSAULT", "waging")),
        # speaking *with* someone still consults
        ("Putin spoke with Erdogan on Tuesday.", ("CONSULT", "spoke")),
        # a warning that states a condition is a threat; wanting an inquiry asks for one
        ("Lukashenko warned that if Poland attacks, Belarus will respond.", ("THREATEN", "warned")),
        ("Clinton said she wants a Justice Department inquiry.", ("REQUEST", "wants")),
        ("Thousands of Poles showed their support for Ukraine.", ("SUPPORT", "showed")),
        # the rest of the verb classes (killing, firing weapons, praise, consulting, charging,
        # repression, easing)
        ("Gunmen assassinated the provincial governor on Sunday.", ("ASSAULT", "assassinated")),
        ("Russian forces fired missiles at Kharkiv overnight.", ("ASSAULT", "fired")),
        ("Zelensky congratulated the new Polish president.", ("SUPPORT", "congratulated")),
        ("Blinken conferred with his French counterpart.", ("CONSULT", "conferred")),
        ("A US grand jury indicted four Russian officers.", ("ACCUSE", "indicted")),
        ("The regime cracked down on protesters.", ("COERCE", "cracked down")),
        ("The government relaxed restrictions on travel.", ("CONCEDE", "relaxed")),
        ("He admonished the ministers for their delays.", ("ACCUSE", "admonished")),
        ("Party elders quickly lined up behind him.", ("SUPPORT", "lined up behind")),
    ],
)
def test_type_rules_of_session_13(text: str, expected: tuple[str, str]) -> None:
    assert (expected[0], "asserted", expected[1]) in _types(text)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        # session 13: a statement released is published; speaking *of* something is speech
        "The committee released a statement on Monday.",
        "Biden spoke of higher prices at the pump.",
        # agreeing with a view shares an opinion; a poll's share is no actor
        "Many do not agree with this view.",
        "Some 21 percent support the idea.",
        # "safe to occupy": the areas are occupied, nobody named occupies them
        "Certain areas are safe to occupy for some time.",
        # a necessity forecast is no demand
        "He said America will have to get involved in the conflict.",
        # a warning with no condition and no repercussion named is a forecast
        "He warned that prices would rise.",
        # firing a coach is no attack
        "The club fired its coach after the defeat.",
        # a passive's cause names no doer; asking what someone thinks is a question; a need
        # met or a holiday greeting is no meeting or praise of anyone
        "Some of the people had been killed by shelling and airstrikes, authorities said.",
        "We asked our followers what they thought about the race.",
        "We are meeting strength with strength.",
        "I cordially congratulate everyone on the upcoming great holiday.",
        # what a poll's share "says" is an opinion polled
        "In all, 73 percent say the United States is doing too little to support Ukraine.",
        # insisting on a fact is no demand
        "Rajoy insisted that his party was still the No. 1 force in Spain.",
    ],
)
def test_type_rules_of_session_13_do_not_fire(text: str) -> None:
    assert [t for t in _types(text) if t[2] not in ("said",)] == []


@pytest.mark.needs_model
def test_an_act_named_as_a_topic_or_feared_is_not_asserted() -> None:
    types = _types("He held talks with Putin about deploying nuclear weapons.")
    assert [t[0] for t in types] == ["CONSULT"]
    # the content of a noun: nobody is said to send troops
    types = _types("Macron would not rule out the possibility of sending troops to Ukraine.")
    assert "MOBILIZE" not in [t[0] for t in types]
    assert ("SUPPORT", "hypothetical", "backing") in _types(
        "Europe is concerned that China is backing Russia."
    )
    # a conviction is a belief: the act believed in is not asserted
    assert ("ASSAULT", "hypothetical", "invade") in _types(
        '"I am convinced that Putin has already decided to invade Ukraine," Biden said.'
    )
    # insisting that someone act still demands it
    assert ("REQUEST", "asserted", "insisted") in _types(
        "Zelensky insisted that Russia withdraw its troops."
    )


@pytest.mark.needs_model
def test_an_attack_reported_as_begun_is_its_owners() -> None:
    """ "Russia's invasion began": the noun's owner attacks; with no owner, nobody does."""
    text = "It began long before February 24, when Russia's invasion of Ukraine began."
    assault = [e for e in coded_events(text) if e.type == "ASSAULT"]
    assert [(e.source.code, e.target.code if e.target else None) for e in assault] == [
        ("RUS", "UKR")
    ]
    assert _types("The war began in 2022.") == []


@pytest.mark.needs_model
def test_a_possessed_offer_s_of_names_the_thing_offered_not_the_rejecter_s_intent() -> None:
    types = _types("Kyiv rejected Moscow's offer of a Christmas truce as a cynical ploy.")
    assert [t for t in types if t[0] == "AGREE"] == []
