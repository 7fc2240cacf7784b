"""Fitting a line of the stage display to its width: shrink first, down to a floor, then shorten."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from models.agenda.fitting import ELLIPSIS, fit_line

SPEAKERS = ("Host Country (TBC); European Union Delegation (TBC); Mr Alexander Seger, Head of the Economic "
            "Crime Division, Council of Europe")


def proportional(text: str, size: int) -> float:
    """A font whose characters are 0.55 of the size wide, wide letters a little wider, spaces narrower."""
    return sum(0.3 if ch == " " else 0.75 if ch in "MWmw" else 0.55 for ch in text) * size


def hinted(text: str, size: int) -> float:
    """Like a real font at small sizes: widths rounded to whole pixels per character, so not proportional."""
    return sum(max(1, round((0.3 if ch == " " else 0.55) * size)) for ch in text)


def test_the_demo_speakers_shrink_on_a_projector_and_are_shortened_only_on_a_miniature():
    # on a 1920-pixel projector at 45 pixels (the line's full size) it would be cut; at 27 it fits
    on_projector = fit_line(SPEAKERS, 1844, 45, 24, proportional)
    assert not on_projector.elided and on_projector.text == SPEAKERS and on_projector.size == 27
    assert proportional(SPEAKERS, on_projector.size) <= 1844 < proportional(SPEAKERS, on_projector.size + 1)
    # on the chair's 416-pixel miniature it is at its floor and ends with an ellipsis
    in_miniature = fit_line(SPEAKERS, 400, 10, 7, proportional)
    assert in_miniature.elided and in_miniature.size == 7 and in_miniature.text.endswith(ELLIPSIS)
    assert SPEAKERS.startswith(in_miniature.text[:-1])
    # with no room to shrink, a line that does not fit is shortened at its one size
    assert fit_line(SPEAKERS, 1000, 30, 30, proportional).size == 30
    # a short line keeps its full size
    assert fit_line("Alexander Seger", 1844, 45, 24, proportional).size == 45


@given(st.text(min_size=0, max_size=160), st.floats(min_value=-10, max_value=3000), st.integers(1, 120),
       st.integers(1, 120), st.sampled_from([proportional, hinted]))
def test_a_fitted_line_fits_is_as_large_as_it_can_be_and_is_shortened_only_at_its_floor(text, width, largest,
                                                                                        smallest, measure):
    fitted = fit_line(text, width, largest, smallest, measure)
    floor = max(1, min(smallest, largest))
    assert floor <= fitted.size <= largest
    if not fitted.elided:
        # the whole text, at the largest size that fits
        assert fitted.text == text
        assert not text or measure(text, fitted.size) <= width
        assert fitted.size == largest or measure(text, fitted.size + 1) > width
        return
    # shortened: at the floor, where the whole text does not fit, and as long a start as fits
    assert fitted.size == floor and (not text or measure(text, floor) > width)
    assert fitted.text == "" or (fitted.text.endswith(ELLIPSIS) and text.startswith(fitted.text[:-1]))
    assert measure(fitted.text, floor) <= width or fitted.text == ""
    shown = len(fitted.text) - 1 if fitted.text else 0
    one_more = text[:shown + 1].rstrip() + ELLIPSIS
    assert shown + 1 >= len(text) or measure(one_more, floor) > width or one_more == fitted.text
