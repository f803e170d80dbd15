"""The idle-lock decision, without widgets, on a fake clock."""

from __future__ import annotations

import pytest

from roundtable_app.ui.autolock import IdleLockPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_unarmed_policy_never_locks() -> None:
    clock = Clock()
    policy = IdleLockPolicy(clock, 300)
    clock.now += 10_000
    assert not policy.should_lock()


def test_locks_once_the_whole_timeout_is_idle() -> None:
    clock = Clock()
    policy = IdleLockPolicy(clock, 300)
    policy.arm()
    clock.now += 299.9
    assert not policy.should_lock()
    clock.now += 0.1
    assert policy.should_lock()


def test_activity_restarts_the_idle_time() -> None:
    clock = Clock()
    policy = IdleLockPolicy(clock, 300)
    policy.arm()
    clock.now += 200
    policy.activity()
    clock.now += 200
    assert not policy.should_lock()
    assert policy.idle_for() == pytest.approx(200)
    clock.now += 100
    assert policy.should_lock()


def test_arming_counts_idle_time_from_then() -> None:
    clock = Clock()
    policy = IdleLockPolicy(clock, 60)
    clock.now += 1000  # idle on the welcome page does not count
    policy.arm()
    assert not policy.should_lock()
    policy.disarm()
    clock.now += 1000
    assert not policy.should_lock()


def test_explicit_now_and_changed_timeout() -> None:
    clock = Clock()
    policy = IdleLockPolicy(clock, 300)
    policy.arm()
    assert policy.should_lock(clock.now + 300)
    policy.timeout = 600
    assert not policy.should_lock(clock.now + 300)


@pytest.mark.parametrize("bad", [0, -5])
def test_timeout_must_be_positive(bad: float) -> None:
    with pytest.raises(ValueError, match="must be positive"):
        IdleLockPolicy(Clock(), bad)
