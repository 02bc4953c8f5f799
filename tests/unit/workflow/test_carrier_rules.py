"""Carrier rules: the pick a supervisor configured, explained in one line, and honest refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from app.workflow.carrier_rules import (
    CarrierRule,
    CarrierRules,
    choose_carrier,
    describe_rate,
    override_carrier,
)
from app.workflow.errors import WorkflowError
from tests.unit.workflow.factories import dates_and_rice, line, order, rate

JEDDAH_COD = dates_and_rice()
RATES = [
    rate("SMSA", "18.00", eta=3),
    rate("Aramex", "21.50", eta=1, provider="oto"),
    rate("J&T", "16.00", eta=4, provider="ds"),
    rate("SPL", "14.00", eta=5, cod=False),
    rate("Naqel", "19.00", eta=2),
]


def choose(rules: CarrierRules, rates=RATES, o=JEDDAH_COD, kg="2.1"):
    return choose_carrier(rules, rates, o, Decimal(kg), origin_city="Riyadh")


def test_cheapest_with_cod_excludes_options_that_do_not_take_cod():
    decision = choose(CarrierRules())
    assert decision.choice is not None and decision.choice.carrier_name == "J&T"
    assert decision.explanation == "cheapest of 4 for Riyadh → Jeddah, 2.1 kg, COD"
    assert [(r.rate.carrier_name, r.reason) for r in decision.refused] == [
        ("SPL", "does not take COD")
    ]
    assert [r.carrier_name for r in decision.ranked] == ["J&T", "SMSA", "Naqel", "Aramex"]


def test_prepaid_orders_may_use_options_without_cod():
    prepaid = order(*JEDDAH_COD.lines, cod=False)
    decision = choose(CarrierRules(), o=prepaid)
    assert decision.choice is not None and decision.choice.carrier_name == "SPL"
    assert decision.explanation == "cheapest of 5 for Riyadh → Jeddah, 2.1 kg, prepaid"


def test_fastest_tie_break_uses_eta_then_price():
    rates = [rate("A", "30", eta=1), rate("B", "20", eta=1), rate("C", "5", eta=3)]
    decision = choose(CarrierRules(tie_break="fastest"), rates=rates)
    assert [r.carrier_name for r in decision.ranked] == ["B", "A", "C"]
    assert decision.explanation.startswith("fastest of 3 for")


def test_equal_prices_break_on_eta_and_unknown_eta_goes_last():
    rates = [rate("Slow", "10", eta=None), rate("Quick", "10", eta=2)]
    assert [r.carrier_name for r in choose(CarrierRules(), rates=rates).ranked] == ["Quick", "Slow"]


def test_preferred_carriers_win_over_cheaper_ones_and_say_so():
    rules = CarrierRules(
        rules=(CarrierRule(name="fast lanes", cities=("jeddah",), carriers=("smsa", "oto:aramex")),)
    )
    decision = choose(rules)
    assert decision.choice is not None and decision.choice.carrier_name == "SMSA"
    assert decision.explanation == "cheapest of 2 preferred (of 4) for Riyadh → Jeddah, 2.1 kg, COD"


def test_a_rule_for_another_city_or_weight_band_does_not_apply():
    other_city = CarrierRule(cities=("Dammam",), action="allow_only", carriers=("Aramex",))
    heavy = CarrierRule(min_weight_kg=Decimal(5), action="exclude", carriers=("J&T",))
    decision = choose(CarrierRules(rules=(other_city, heavy)))
    assert decision.choice is not None and decision.choice.carrier_name == "J&T"
    heavier = choose(CarrierRules(rules=(other_city, heavy)), kg="5")
    assert heavier.choice is not None and heavier.choice.carrier_name == "SMSA"
    assert ("J&T", "excluded by rule 2") in [
        (r.rate.carrier_name, r.reason) for r in heavier.refused
    ]


def test_allow_only_and_price_cap_combine():
    rules = CarrierRules(
        rules=(
            CarrierRule(
                name="KSA", countries=("SA",), action="allow_only", carriers=("Naqel", "SMSA")
            ),
            CarrierRule(name="budget", payment="cod", max_price=Decimal("18.50")),
        )
    )
    decision = choose(rules)
    assert decision.choice is not None and decision.choice.carrier_name == "SMSA"
    assert decision.explanation == "only option for Riyadh → Jeddah, 2.1 kg, COD"
    reasons = {r.rate.carrier_name: r.reason for r in decision.refused}
    assert reasons["Naqel"] == "over the 18.50 SAR limit of rule 'budget'"
    assert reasons["Aramex"] == "not allowed by rule 'KSA'"


def test_nothing_matches_says_why_in_words():
    dammam = order(*JEDDAH_COD.lines, city="Dammam")
    rules = CarrierRules(rules=(CarrierRule(max_price=Decimal(15)),))
    decision = choose(rules, o=dammam)
    assert decision.choice is None and decision.ranked == ()
    assert decision.explanation == (
        "no carrier accepts COD to Dammam under 15.00 SAR "
        "(5 rates: 1 does not take COD and 4 over the 15.00 SAR limit)"
    )


def test_no_rates_at_all_and_foreign_currency_rates():
    assert choose(CarrierRules(), rates=[]).explanation == (
        "no carrier offered a rate for Riyadh → Jeddah, 2.1 kg, COD"
    )
    decision = choose(CarrierRules(), rates=[rate("DHL", "9", currency="USD")])
    assert decision.choice is None
    assert decision.refused[0].reason == "priced in USD, not SAR"


def test_preference_that_no_rate_offers_is_mentioned():
    rules = CarrierRules(rules=(CarrierRule(carriers=("Zajil",)),))
    assert choose(rules).explanation.endswith("; no preferred carrier offered a rate")


def test_packer_override_by_option_number_unless_forbidden():
    decision = choose(CarrierRules())
    changed = override_carrier(CarrierRules(), decision, 4)
    assert changed.overridden and changed.choice is not None
    assert changed.choice.carrier_name == "Aramex"
    assert changed.explanation == (
        "chosen by the packer: option 4 of 4, Aramex — 21.50 SAR, 1 day (rules suggested J&T)"
    )
    with pytest.raises(WorkflowError, match="no carrier option 5; options 1 to 4 are available"):
        override_carrier(CarrierRules(), decision, 5)
    with pytest.raises(WorkflowError, match="turned off"):
        override_carrier(CarrierRules(allow_override=False), decision, 1)


def test_rule_config_is_validated():
    with pytest.raises(ValidationError, match="needs carriers to act on"):
        CarrierRule(action="exclude")
    with pytest.raises(ValidationError, match="min_weight_kg must be below"):
        CarrierRule(carriers=("x",), min_weight_kg=Decimal(5), max_weight_kg=Decimal(2))
    loaded = CarrierRules.model_validate(
        {"tie_break": "fastest", "rules": [{"cities": ["جدة"], "carriers": ["smsa"]}]}
    )
    arabic = order(line("A", "قهوة", 1, "1"), city="جدة")
    decision = choose_carrier(loaded, RATES, arabic, Decimal(1), origin_city="الرياض")
    assert decision.choice is not None and decision.choice.carrier_name == "SMSA"


def test_describe_rate_for_option_lists():
    assert describe_rate(rate("SMSA", "18", eta=3)) == "SMSA — 18.00 SAR, 2–3 days"
