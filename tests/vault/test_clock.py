"""The hybrid logical clock and version vectors (roundtable_app.vault.clock)."""

from __future__ import annotations

from roundtable_app.vault import clock

HOUR = 3600 * 1000


def test_stamps_keep_increasing_when_the_wall_clock_jumps_back() -> None:
    c = clock.HybridClock("aaaa")
    now = 1_780_000_000_000
    first = c.tick(now)
    second = c.tick(now - HOUR)  # the laptop's clock is set back an hour
    third = c.tick(now - HOUR + 5)
    fourth = c.tick(now + 10)
    assert first < second < third < fourth
    assert clock.parse(second)[:2] == (now, 1)  # held at the newest time seen, counter up
    assert clock.parse(fourth)[:2] == (now + 10, 0)


def test_observing_a_newer_stamp_makes_the_next_local_edit_newer_still() -> None:
    behind = clock.HybridClock("bbbb")
    now = 1_780_000_000_000
    theirs = clock.stamp(now, 3, "aaaa")
    behind.observe(theirs)
    mine = behind.tick(now - 24 * HOUR)  # a day behind
    assert mine > theirs
    behind.observe(clock.stamp(now - 5 * HOUR, 0, "cccc"))  # an older stamp lowers nothing
    assert behind.tick(now - 24 * HOUR) > mine


def test_seen_stamps_raise_a_new_clock_and_ties_are_broken_by_device() -> None:
    now = 1_780_000_000_000
    c = clock.HybridClock("bbbb", ["", clock.stamp(now, 7, "aaaa")])
    assert clock.parse(c.tick(now - 1)) == (now, 8, "bbbb")
    assert clock.stamp(now, 0, "aaaa") < clock.stamp(now, 0, "bbbb")


def test_stamps_far_in_the_future_are_not_believed() -> None:
    now = 1_780_000_000_000
    assert not clock.too_far_ahead(clock.stamp(now + 29 * 24 * HOUR, 0, "a"), now)
    assert clock.too_far_ahead(clock.stamp(now + 31 * 24 * HOUR, 0, "a"), now)


def test_version_vectors_tell_later_edits_from_concurrent_ones() -> None:
    base = clock.bump({}, "a")
    later = clock.bump(base, "b")
    other = clock.bump(base, "c")
    assert clock.contains(later, base) and not clock.contains(base, later)
    assert not clock.concurrent(later, base)
    assert clock.concurrent(later, other)
    joined = clock.join(later, other)
    assert joined == {"a": 1, "b": 1, "c": 1}
    assert clock.contains(joined, later) and clock.contains(joined, other)
    assert clock.join(joined, joined) == joined  # idempotent
