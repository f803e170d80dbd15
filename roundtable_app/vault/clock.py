"""A hybrid logical clock (Kulkarni et al., 2014) and version vectors for merging vaults.

Laptops at a venue have clocks that differ and jump, so the wall clock alone cannot say which
of two edits is newer. A hybrid stamp is the wall clock in milliseconds, raised to the largest
stamp this vault has seen (its own edits and every merged bundle's), plus a counter for edits
within one millisecond and the device id to break ties. It never goes backwards, and an edit
made after seeing another edit always has a larger stamp, whatever the wall clocks say.

A version vector per remark (edits counted per device) tells an edit that came later (one
vector contains the other) from edits made on two laptops since they last met (neither
contains the other): the second kind is reported as a conflict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1)
# A stamp further ahead of this laptop's clock than this is not believed: a bundle from a
# laptop whose clock says 9999 would otherwise make every later real edit look older.
MAX_AHEAD = timedelta(days=30)
_VERSION = re.compile(r"^(\d{13})\.([0-9a-f]{6})\.([0-9a-z_-]{1,32})$")


def wall_ms() -> int:
    """This laptop's clock, in milliseconds since 1970 (UTC)."""
    return int((datetime.now(UTC).replace(tzinfo=None) - EPOCH).total_seconds() * 1000)


def ms_of(value: datetime) -> int:
    """A naive UTC datetime in milliseconds since 1970."""
    return int((value - EPOCH).total_seconds() * 1000)


def stamp(ms: int, counter: int, device: str) -> str:
    """A version string; fixed width, so comparing strings compares stamps."""
    return f"{ms:013d}.{counter:06x}.{device}"


def parse(version: str) -> tuple[int, int, str]:
    """``(ms, counter, device)`` of a version string; ValueError if it is not one."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError("version")
    return int(match.group(1)), int(match.group(2), 16), match.group(3)


def too_far_ahead(version: str, now_ms: int | None = None) -> bool:
    """Whether a stamp lies further in the future than any laptop's clock plausibly does."""
    ahead = parse(version)[0] - (wall_ms() if now_ms is None else now_ms)
    return ahead > MAX_AHEAD.total_seconds() * 1000


class HybridClock:
    """The clock of one vault: :meth:`tick` for a local edit, :meth:`observe` for a stamp
    that came from elsewhere."""

    def __init__(self, device: str, seen: Iterable[str] = ()) -> None:
        self.device = device
        self.ms, self.counter = 0, 0
        for version in seen:
            self.observe(version)

    def observe(self, version: str) -> None:
        """Raise the clock to a stamp this vault now holds (never lowers it)."""
        if not version:
            return
        ms, counter, _ = parse(version)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter

    def tick(self, now_ms: int | None = None) -> str:
        """A new stamp, larger than every stamp seen so far."""
        physical = wall_ms() if now_ms is None else now_ms
        if physical > self.ms:
            self.ms, self.counter = physical, 0
        else:
            self.counter += 1
        return stamp(self.ms, self.counter, self.device)


def bump(vector: Mapping[str, int] | None, device: str) -> dict[str, int]:
    """A copy of ``vector`` counting one more edit by ``device``."""
    out = dict(vector or {})
    out[device] = out.get(device, 0) + 1
    return out


def join(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """The element-wise maximum: everything either side has seen."""
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in sorted(set(a) | set(b))}


def contains(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether ``a`` has seen every edit ``b`` has."""
    return all(a.get(k, 0) >= n for k, n in b.items())


def concurrent(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Edits on both sides since they last met (neither vector contains the other)."""
    return not contains(a, b) and not contains(b, a)
