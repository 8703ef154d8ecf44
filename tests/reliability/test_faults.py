"""Every fault scenario of tools/faults/scenarios.py, each its own test (the same
scenarios `make faults` prints as a table)."""
import pytest

from tools.faults import scenarios


@pytest.fixture(scope="module")
def bad_input_build(tmp_path_factory):
    return scenarios.BadInputBuild(tmp_path_factory.mktemp("bad_inputs"))


@pytest.mark.parametrize("name", list(scenarios.BAD_INPUT_SCENARIOS))
def test_bad_input_is_quarantined_or_parsed_and_the_rest_lands(name, bad_input_build):
    outcome = scenarios.BAD_INPUT_SCENARIOS[name](bad_input_build)
    assert outcome.passed, f"{name}: expected {outcome.expected}; observed {outcome.observed}"


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(reason=scenarios.KNOWN_GAPS[name], strict=True))
    if name in scenarios.KNOWN_GAPS else name
    for name in scenarios.WORKSPACE_SCENARIOS])
def test_fault_scenario(name, tmp_path):
    outcome = scenarios.WORKSPACE_SCENARIOS[name](tmp_path)
    assert outcome.passed, f"{name}: expected {outcome.expected}; observed {outcome.observed}"
