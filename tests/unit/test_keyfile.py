"""The key file: wrapping the data key, recovery keys, and damage told apart from a wrong key."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innerspace.storage import keyfile
from innerspace.storage.errors import VaultDamaged, WrongPassphrase, WrongRecoveryKey
from innerspace.storage.keyfile import (
    FLOOR,
    MAX_ITERATIONS,
    MAX_KEY_FILE_BYTES,
    RECOVERY_KEY_BYTES,
    KdfParams,
    KeyFile,
)

PASSPHRASE = "correct horse battery staple"
SECRET = bytes(range(RECOVERY_KEY_BYTES))
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def data_key() -> bytes:
    return bytes(keyfile.new_data_key())


@pytest.fixture(scope="module")
def key_file_bytes(data_key: bytes) -> bytes:
    slots = (
        keyfile.passphrase_slot(bytearray(data_key), PASSPHRASE, FLOOR),
        keyfile.recovery_slot(bytearray(data_key), SECRET),
    )
    return KeyFile(slots).to_bytes()


def _slot(doc: Doc, kind: str) -> Doc:
    return next(s for s in doc["slots"] if s["kind"] == kind)


# -- wrapping and unwrapping -----------------------------------------------------------------------


def test_the_passphrase_unwraps_the_data_key(key_file_bytes: bytes, data_key: bytes) -> None:
    unwrapped = KeyFile.from_bytes(key_file_bytes).unlock_with_passphrase(PASSPHRASE)
    assert isinstance(unwrapped, bytearray)
    assert bytes(unwrapped) == data_key


def test_the_recovery_key_unwraps_the_data_key(key_file_bytes: bytes, data_key: bytes) -> None:
    text = keyfile.format_recovery_key(SECRET)
    assert bytes(KeyFile.from_bytes(key_file_bytes).unlock_with_recovery_key(text)) == data_key


def test_a_wrong_passphrase_is_reported_as_such(key_file_bytes: bytes) -> None:
    with pytest.raises(WrongPassphrase, match="passphrase doesn't open this journal"):
        KeyFile.from_bytes(key_file_bytes).unlock_with_passphrase(PASSPHRASE + " ")


def test_a_wrong_recovery_key_is_reported_as_such(key_file_bytes: bytes) -> None:
    other = keyfile.format_recovery_key(bytes(RECOVERY_KEY_BYTES))
    with pytest.raises(WrongRecoveryKey, match="recovery key doesn't open"):
        KeyFile.from_bytes(key_file_bytes).unlock_with_recovery_key(other)


def test_a_key_file_without_a_recovery_slot_says_so(data_key: bytes) -> None:
    only = KeyFile((keyfile.passphrase_slot(bytearray(data_key), PASSPHRASE, FLOOR),))
    with pytest.raises(WrongRecoveryKey, match="no recovery key"):
        only.unlock_with_recovery_key(keyfile.format_recovery_key(SECRET))


def test_the_passphrase_is_compared_in_unicode_normal_form(data_key: bytes) -> None:
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    slot = keyfile.passphrase_slot(bytearray(data_key), composed, FLOOR)
    assert bytes(KeyFile((slot,)).unlock_with_passphrase(decomposed)) == data_key


def test_wrapping_keys_are_wiped_after_use(data_key: bytes) -> None:
    wrapping = bytearray(b"\x07" * 32)
    slot = keyfile.wrap("passphrase", bytearray(data_key), wrapping, bytes(16), FLOOR)
    assert wrapping == bytearray(32)
    unwrapping = bytearray(b"\x07" * 32)
    assert bytes(slot.unwrap(unwrapping)) == data_key
    assert unwrapping == bytearray(32)


def test_every_wrap_uses_a_fresh_salt_and_nonce(data_key: bytes) -> None:
    first = keyfile.recovery_slot(bytearray(data_key), SECRET)
    second = keyfile.recovery_slot(bytearray(data_key), SECRET)
    assert first.salt != second.salt
    assert first.nonce != second.nonce
    assert first.wrapped != second.wrapped


def test_the_key_file_round_trips_through_bytes(key_file_bytes: bytes) -> None:
    assert KeyFile.from_bytes(key_file_bytes).to_bytes() == key_file_bytes


def test_replacing_a_slot_keeps_the_other(data_key: bytes, key_file_bytes: bytes) -> None:
    original = KeyFile.from_bytes(key_file_bytes)
    renewed = original.with_slot(keyfile.passphrase_slot(bytearray(data_key), "new one", FLOOR))
    assert sorted(s.kind for s in renewed.slots) == ["passphrase", "recovery"]
    assert bytes(renewed.unlock_with_passphrase("new one")) == data_key
    with pytest.raises(WrongPassphrase):
        renewed.unlock_with_passphrase(PASSPHRASE)
    text = keyfile.format_recovery_key(SECRET)
    assert bytes(renewed.unlock_with_recovery_key(text)) == data_key


# -- recovery key text -----------------------------------------------------------------------------


def test_a_recovery_key_is_shown_as_eight_groups_of_four() -> None:
    text = keyfile.format_recovery_key(keyfile.new_recovery_secret())
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", text)


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda t: t, id="as shown"),
        pytest.param(str.lower, id="lowercase"),
        pytest.param(lambda t: t.replace("-", " "), id="spaces"),
        pytest.param(lambda t: t.replace("-", ""), id="no separators"),
        pytest.param(lambda t: f"  {t.lower()}\n", id="padded"),
        pytest.param(lambda t: t.replace("-", " - "), id="spaced dashes"),
    ],
)
def test_a_recovery_key_is_read_however_it_was_typed(typed: Callable[[str], str]) -> None:
    secret = keyfile.new_recovery_secret()
    assert keyfile.parse_recovery_key(typed(keyfile.format_recovery_key(secret))) == secret


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "ABCD-EFGH",
        "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD",
        "0000-1111-8888-9999-0000-1111-8888-9999",
        "ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ-ÉÉÉÉ",
        "٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣-٣٣٣٣",
        "----",
    ],
)
def test_garbage_is_not_a_recovery_key(garbage: str) -> None:
    with pytest.raises(WrongRecoveryKey):
        keyfile.parse_recovery_key(garbage)


def test_the_length_message_counts_what_was_typed() -> None:
    with pytest.raises(WrongRecoveryKey, match="has 32 letters and digits; this one has 8"):
        keyfile.parse_recovery_key("ABCD-EFGH")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsing_any_text_gives_a_key_or_a_clear_error(text: str) -> None:
    try:
        secret = keyfile.parse_recovery_key(text)
    except WrongRecoveryKey:
        return
    assert len(secret) == RECOVERY_KEY_BYTES


# -- damage is damage, never a wrong passphrase ----------------------------------------------------


def _set(path: str, value: object) -> Callable[[Doc], None]:
    """Set a field of the passphrase slot (``kdf.iterations``, ``salt``...) to ``value``."""

    def edit(doc: Doc) -> None:
        target = _slot(doc, "passphrase")
        *parents, last = path.split(".")
        for name in parents:
            target = target[name]
        target[last] = value

    return edit


def _top(name: str, value: object) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        doc[name] = value

    return edit


def _drop(name: str) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        del _slot(doc, "passphrase")[name]

    return edit


def _flip_base64(name: str) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        slot = _slot(doc, "passphrase")
        text = slot[name]
        slot[name] = ("B" if text[0] == "A" else "A") + text[1:]

    return edit


def _only_recovery(doc: Doc) -> None:
    doc["slots"] = [_slot(doc, "recovery")]


DAMAGE: dict[str, Callable[[Doc], None]] = {
    "wrong format name": _top("format", "something-else"),
    "future version": _top("version", 2),
    "other cipher": _top("cipher", "ChaCha20"),
    "slots missing": lambda doc: doc.pop("slots"),
    "slots not a list": _top("slots", {"passphrase": "x"}),
    "slots of strings": _top("slots", ["passphrase"]),
    "no passphrase slot": _only_recovery,
    "unknown slot kind": _set("kind", "fingerprint"),
    "salt missing": _drop("salt"),
    "salt not base64": _set("salt", "not*base64!"),
    "salt not a string": _set("salt", 1234),
    "salt too short": _set("salt", "AAAA"),
    "nonce too long": _set("nonce", "A" * 24),
    "wrapped key cut short": _set("wrapped_key", "AAAA"),
    "check missing": _drop("check"),
    "kdf not argon2id": _set("kdf.name", "scrypt"),
    "kdf not an object": _set("kdf", "argon2id"),
    "memory below floor": _set("kdf.memory_kib", 1024),
    "iterations below floor": _set("kdf.iterations", 1),
    "lanes below floor": _set("kdf.lanes", 1),
    "memory absurd": _set("kdf.memory_kib", 2**40),
    "iterations absurd": _set("kdf.iterations", 10**9),
    "lanes absurd": _set("kdf.lanes", 10_000),
    "memory not a number": _set("kdf.memory_kib", "lots"),
    "memory infinite": _set("kdf.memory_kib", float("inf")),
    "memory missing": lambda doc: _slot(doc, "passphrase")["kdf"].pop("memory_kib"),
    # In range, so only the slot's checksum can tell these from a wrong passphrase.
    "iterations raised": _set("kdf.iterations", FLOOR.iterations + 1),
    "memory doubled": _set("kdf.memory_kib", FLOOR.memory_kib * 2),
    "lanes raised": _set("kdf.lanes", FLOOR.lanes + 1),
    "salt changed": _flip_base64("salt"),
    "nonce changed": _flip_base64("nonce"),
    "wrapped key changed": _flip_base64("wrapped_key"),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_key_file_is_reported_as_damaged(
    damage: Callable[[Doc], None], key_file_bytes: bytes
) -> None:
    doc = json.loads(key_file_bytes)
    damage(doc)
    raw = json.dumps(doc).encode()
    with pytest.raises(VaultDamaged):
        KeyFile.from_bytes(raw).unlock_with_passphrase(PASSPHRASE)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00\xff\xfe binary", id="not utf-8"),
        pytest.param(b"{not json", id="not json"),
        pytest.param(b"[]", id="a list"),
        pytest.param(b"null", id="null"),
        pytest.param(b"[" * 60_000, id="deeply nested"),
    ],
)
def test_a_key_file_that_is_not_one_is_reported_as_damaged(raw: bytes) -> None:
    with pytest.raises(VaultDamaged):
        KeyFile.from_bytes(raw)


def test_an_oversized_key_file_is_refused_before_parsing(key_file_bytes: bytes) -> None:
    padded = key_file_bytes.rstrip() + b" " * MAX_KEY_FILE_BYTES
    with pytest.raises(VaultDamaged, match="larger"):
        KeyFile.from_bytes(padded)


def test_single_bit_damage_anywhere_is_never_a_wrong_passphrase(
    key_file_bytes: bytes, data_key: bytes
) -> None:
    still_opens = 0
    for position in range(len(key_file_bytes)):
        damaged = bytearray(key_file_bytes)
        damaged[position] ^= 0x01
        try:
            parsed = KeyFile.from_bytes(bytes(damaged))
        except VaultDamaged:
            continue
        # Only flips that leave every field's value as it was (such as base64 padding bits)
        # may still parse; they must still open with the same key.
        still_opens += 1
        assert bytes(parsed.unlock_with_passphrase(PASSPHRASE)) == data_key
    assert still_opens < 10


# -- KDF cost --------------------------------------------------------------------------------------


@pytest.mark.parametrize("target_seconds", [0.0, 1e-9])
def test_calibration_never_goes_below_the_floor(target_seconds: float) -> None:
    params = keyfile.calibrate_kdf(target_seconds)
    assert params.is_at_least_floor()
    assert params.iterations >= FLOOR.iterations
    assert (params.memory_kib, params.lanes) == (FLOOR.memory_kib, FLOOR.lanes)


def test_calibration_is_capped_for_a_slow_target() -> None:
    assert keyfile.calibrate_kdf(target_seconds=10_000.0).iterations == MAX_ITERATIONS


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=FLOOR.memory_kib - 1),
        KdfParams(iterations=FLOOR.iterations - 1),
        KdfParams(lanes=FLOOR.lanes - 1),
    ],
)
def test_anything_under_the_floor_is_recognised(params: KdfParams) -> None:
    assert not params.is_at_least_floor()


def test_the_floor_is_what_the_security_notes_require() -> None:
    assert (FLOOR.memory_kib, FLOOR.iterations, FLOOR.lanes) == (64 * 1024, 3, 4)
    assert FLOOR.is_at_least_floor()
