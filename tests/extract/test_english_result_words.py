"""English result sentences that name the post without "as": "the villagers elected X their
akim", "elected X akim". The texts are SYNTHETIC."""

from __future__ import annotations

from extract_text import only


def test_voters_electing_a_named_person_their_akim_is_a_result() -> None:
    # "elected X their akim", "elected X akim": the post without "as"
    for text in (
        "On July 25, 2021 the villagers of Ayyrtau elected Darkhan Toleukhanov their akim "
        "with 1,204 votes.",
        "The residents of Ayyrtau elected Darkhan Toleukhanov akim with 1,204 votes.",
    ):
        (candidate,) = only(text).candidates
        assert candidate.name == "Darkhan Toleukhanov" and candidate.elected
