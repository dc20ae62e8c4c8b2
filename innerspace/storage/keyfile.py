"""The key file: the journal's random data key, wrapped under the passphrase and a recovery key.

The database is encrypted with a random 32-byte data key. That key is stored only wrapped with
AES-256-GCM: once under a key derived from the passphrase with Argon2id, and optionally once
under a random recovery key. Changing the passphrase re-wraps the data key; the database itself
is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from innerspace.storage.errors import (
    KeyFileTooCostly,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)

FORMAT = "innerspace-key"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, shown in 8 groups of 4
MAX_KEY_FILE_BYTES = 64 * 1024
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Never below the floor; tuned up on the creating machine."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def is_at_least_floor(self) -> bool:
        return (
            self.memory_kib >= FLOOR.memory_kib
            and self.iterations >= FLOOR.iterations
            and self.lanes >= FLOOR.lanes
        )


FLOOR = KdfParams()
# The most InnerSpace itself ever asks for (calibration only raises the passes, up to 64), with
# room for a stronger setting; a key file asking for more is refused before anything is derived,
# since 4 GiB over 64 passes would keep a computer busy for half an hour.
MAX_ITERATIONS = 64
MAX_MEMORY_KIB = 1024 * 1024
MAX_LANES = 64
# Memory times passes is what a derivation costs in time: the floor's memory at the most passes.
MAX_WORK_KIB_PASSES = FLOOR.memory_kib * MAX_ITERATIONS


def calibrate_kdf(target_seconds: float = 0.6, runs: int = 3) -> KdfParams:
    """Raise the iteration count until one derivation takes about ``target_seconds`` here.

    The fastest of a few timings counts: other work on the computer only ever slows a
    derivation down, and one slow sample would otherwise leave a weak cost in the key file.
    """
    elapsed = math.inf
    for _ in range(max(runs, 1)):
        started = time.perf_counter()
        derive_passphrase_key("calibration", os.urandom(SALT_BYTES), FLOOR)
        elapsed = min(elapsed, time.perf_counter() - started)
    iterations = math.ceil(FLOOR.iterations * target_seconds / max(elapsed, 1e-3))
    return replace(FLOOR, iterations=min(max(iterations, FLOOR.iterations), MAX_ITERATIONS))


def normalize_passphrase(passphrase: str) -> bytes:
    """The same passphrase typed on any OS gives the same bytes (NFC Unicode)."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_passphrase_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    out = bytearray(32)
    kdf.derive_into(normalize_passphrase(passphrase), out)
    return out


def derive_recovery_key(recovery_secret: bytes, salt: bytes) -> bytearray:
    # The recovery secret is already 160 random bits, so a fast KDF is enough.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"innerspace recovery v1")
    out = bytearray(32)
    hkdf.derive_into(recovery_secret, out)
    return out


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def format_recovery_key(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as shown, in any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    expected = len(base64.b32encode(bytes(RECOVERY_KEY_BYTES)))
    if len(cleaned) != expected:
        raise WrongRecoveryKey(
            f"A recovery key has {expected} letters and digits; this one has {len(cleaned)}."
        )
    try:
        return base64.b32decode(cleaned)
    except ValueError as exc:  # binascii.Error, or letters outside ASCII such as 'É'
        raise WrongRecoveryKey(
            "That doesn't look like a recovery key: it uses letters A–Z and digits 2–7."
        ) from exc


@dataclass(frozen=True)
class KeySlot:
    """The data key wrapped under one secret (the passphrase or the recovery key)."""

    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None

    def associated_data(self) -> bytes:
        # Binding the slot's kind and KDF cost to the ciphertext means editing them is detected.
        cost = (
            ""
            if self.kdf is None
            else f"{self.kdf.memory_kib}:{self.kdf.iterations}:{self.kdf.lanes}"
        )
        return f"{FORMAT}/{FORMAT_VERSION}/{self.kind}/{cost}".encode()

    def checksum(self) -> str:
        """A digest of the slot's fields, so that accidental damage to the key file reads as
        damage rather than as a wrong passphrase. It is not a defence against deliberate edits
        (the GCM tag is)."""
        digest = hashlib.sha256(self.associated_data())
        for part in (self.salt, self.nonce, self.wrapped):
            digest.update(part)
        return digest.hexdigest()

    def unwrap(self, wrapping_key: bytearray) -> bytearray:
        try:
            plain = AESGCM(bytes(wrapping_key)).decrypt(
                self.nonce, self.wrapped, self.associated_data()
            )
        finally:
            _wipe(wrapping_key)
        return bytearray(plain)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped),
        }
        if self.kdf is not None:
            out["kdf"] = {
                "name": "argon2id",
                "memory_kib": self.kdf.memory_kib,
                "iterations": self.kdf.iterations,
                "lanes": self.kdf.lanes,
            }
        else:
            out["kdf"] = {"name": "hkdf-sha256"}
        out["check"] = self.checksum()
        return out


def wrap(
    kind: str, data_key: bytearray, wrapping_key: bytearray, salt: bytes, kdf: KdfParams | None
) -> KeySlot:
    nonce = secrets.token_bytes(NONCE_BYTES)
    slot = KeySlot(kind=kind, salt=salt, nonce=nonce, wrapped=b"", kdf=kdf)
    try:
        wrapped = AESGCM(bytes(wrapping_key)).encrypt(
            nonce, bytes(data_key), slot.associated_data()
        )
    finally:
        _wipe(wrapping_key)
    return replace(slot, wrapped=wrapped)


def passphrase_slot(data_key: bytearray, passphrase: str, kdf: KdfParams) -> KeySlot:
    salt = secrets.token_bytes(SALT_BYTES)
    return wrap(PASSPHRASE_SLOT, data_key, derive_passphrase_key(passphrase, salt, kdf), salt, kdf)


def recovery_slot(data_key: bytearray, secret: bytes) -> KeySlot:
    salt = secrets.token_bytes(SALT_BYTES)
    return wrap(RECOVERY_SLOT, data_key, derive_recovery_key(secret, salt), salt, None)


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[KeySlot, ...]

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, new: KeySlot) -> KeyFile:
        return KeyFile((*tuple(s for s in self.slots if s.kind != new.kind), new))

    def unlock_with_passphrase(self, passphrase: str) -> bytearray:
        slot = self.slot(PASSPHRASE_SLOT)
        if slot is None or slot.kdf is None:
            raise VaultDamaged("The key file has no passphrase entry; it may be damaged.")
        try:
            return slot.unwrap(derive_passphrase_key(passphrase, slot.salt, slot.kdf))
        except InvalidTag as exc:
            raise WrongPassphrase() from exc

    def unlock_with_recovery_key(self, text: str) -> bytearray:
        slot = self.slot(RECOVERY_SLOT)
        if slot is None:
            raise WrongRecoveryKey("This journal has no recovery key.")
        try:
            return slot.unwrap(derive_recovery_key(parse_recovery_key(text), slot.salt))
        except InvalidTag as exc:
            raise WrongRecoveryKey() from exc

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "cipher": "AES-256-GCM",
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    @staticmethod
    def from_bytes(raw: bytes) -> KeyFile:
        """Parse a key file; anything unexpected is reported as damage, never as a wrong key."""
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise VaultDamaged("The key file is far larger than it should be; it may be damaged.")
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT or doc.get("cipher") != "AES-256-GCM":
                raise ValueError("not an InnerSpace key file")
            if doc.get("version") != FORMAT_VERSION:
                raise ValueError("unknown key file version")
            return KeyFile(tuple(_parse_slot(s) for s in doc["slots"]))
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            OverflowError,  # a number such as 1e999 where an integer belongs
            RecursionError,  # deeply nested JSON
        ) as exc:
            raise VaultDamaged(
                "The journal's key file is damaged or not an InnerSpace key file."
            ) from exc


def _parse_slot(doc: dict[str, Any]) -> KeySlot:
    kind = doc["kind"]
    if kind not in (PASSPHRASE_SLOT, RECOVERY_SLOT):
        raise ValueError("unknown key slot")
    kdf_doc = doc["kdf"]
    kdf: KdfParams | None = None
    if kind == PASSPHRASE_SLOT:
        if kdf_doc["name"] != "argon2id":
            raise ValueError("unknown KDF")
        kdf = KdfParams(
            memory_kib=int(kdf_doc["memory_kib"]),
            iterations=int(kdf_doc["iterations"]),
            lanes=int(kdf_doc["lanes"]),
        )
        if not kdf.is_at_least_floor():
            raise ValueError("KDF cost below the floor")
        # A crafted file must not make us allocate gigabytes or spin for minutes.
        if (
            kdf.memory_kib > MAX_MEMORY_KIB
            or kdf.iterations > MAX_ITERATIONS
            or kdf.lanes > MAX_LANES
            or kdf.memory_kib * kdf.iterations > MAX_WORK_KIB_PASSES
        ):
            raise KeyFileTooCostly()
    elif kdf_doc["name"] != "hkdf-sha256":
        raise ValueError("unknown KDF")
    salt, nonce, wrapped = (_unb64(doc[k]) for k in ("salt", "nonce", "wrapped_key"))
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(wrapped) != DATA_KEY_BYTES + 16:
        raise ValueError("wrong field length")
    slot = KeySlot(kind=kind, salt=salt, nonce=nonce, wrapped=wrapped, kdf=kdf)
    if doc["check"] != slot.checksum():
        raise ValueError("key slot checksum mismatch")
    return slot


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0
