"""After a lock, the data key is gone from the vault and its hex form from the whole process.

SQLCipher takes the raw key as ``x'<hex>'``. Built as ``bytes.hex()`` or as an SQL string, that
text stays in memory long after the journal is locked; built in a wiped buffer, it does not.
The process's memory is read from outside, as someone with a memory dump would.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from innerspace.storage.keyfile import FLOOR
from innerspace.storage.vault import Vault
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="reads another process's memory through /proc"
)

CHILD = textwrap.dedent(
    """
    import gc, os, sys
    from pathlib import Path
    from innerspace.core.entries import Entry
    from innerspace.storage.backups import create_backup
    from innerspace.storage.journal import Journal
    from innerspace.storage.keyfile import FLOOR
    from innerspace.storage.vault import Vault

    folder, key_out = Path(sys.argv[1]), sys.argv[2]
    vault = Vault.unlock(folder / "journal", sys.argv[3])
    Journal(vault).add(Entry(body="a page"))
    create_backup(vault, folder / "backups")
    vault.change_passphrase(sys.argv[3] + " again", kdf=FLOOR)
    # The raw key goes out as bytes, never as text, so the search below finds only leftovers.
    fd = os.open(key_out, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, vault._data_key)
    os.close(fd)
    vault.close()
    gc.collect()
    # A hex string this process keeps on purpose: proof that the search can see one.
    kept = bytes(range(32)).hex()
    print("ready", flush=True)
    sys.stdin.readline()
    print(len(kept))
    """
)


def _memory_of(pid: int) -> list[bytes]:
    regions = []
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("r") or "[vvar" in line or "[vsyscall" in line:
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                regions.append(mem.read(end - start))
            except (OSError, OverflowError, ValueError):
                continue
    return regions


def _hex_copies(regions: list[bytes], hex_text: str) -> int:
    needle = re.compile(re.escape(hex_text.encode()), re.IGNORECASE)
    return sum(len(needle.findall(region)) for region in regions)


def test_no_hex_copy_of_the_data_key_outlives_a_lock(tmp_path: Path) -> None:
    Vault.create(tmp_path / "journal", PASSPHRASE, kdf=FLOOR)[0].close()
    key_out = tmp_path / "key.bin"
    marker = bytes(range(32)).hex()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path), str(key_out), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        try:
            regions = _memory_of(child.pid)
        except PermissionError:
            pytest.skip("this system doesn't let a process read its child's memory")
        data_key_hex = key_out.read_bytes().hex()
        assert len(data_key_hex) == 64
        assert _hex_copies(regions, marker) >= 1
        assert _hex_copies(regions, data_key_hex) == 0
        child.stdin.write("done\n")
        child.stdin.flush()
        assert child.wait(timeout=30) == 0
    finally:
        child.kill()
        child.wait()


def test_the_vaults_key_buffer_is_zeroed_by_a_lock(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, PASSPHRASE, kdf=FLOOR)
    key = vault._data_key
    assert key != bytearray(len(key))
    vault.close()
    assert key == bytearray(len(key))
