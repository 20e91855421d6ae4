"""A real PostgreSQL for the tests and the benchmark: Debian's `postgresql` package, `initdb` in a
temporary folder as an unprivileged user, listening on a free loopback port, stopped at the end.

As root (CI) the cluster runs as the `postgres` user the package creates (PostgreSQL refuses to run
as root); otherwise as the current user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Sequence
from pathlib import Path

SUPERUSER = "scp"


def _binaries() -> Path:
    """The newest installed server's bin folder (Debian keeps them off PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise RuntimeError("PostgreSQL is not installed: `./dev test` installs Debian's postgresql package")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TemporaryCluster:
    def __init__(self, settings: dict[str, str] | None = None) -> None:
        """`settings`: postgresql.conf values, e.g. {"fsync": "off"} for tests that never crash the host."""
        self.bin = _binaries()
        self.settings = {"max_connections": "200", "listen_addresses": "'127.0.0.1'", **(settings or {})}
        self.folder = Path(tempfile.mkdtemp(prefix="scp-postgres-"))
        self.data = self.folder / "data"
        self.port = 0
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *command: str) -> None:
        result = subprocess.run([*self._as_user, *command], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> TemporaryCluster:
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "-A",
            "trust",  # loopback only, a throw-away cluster
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write("".join(f"{key} = {value}\n" for key, value in self.settings.items()))
            conf.write(f"unix_socket_directories = '{self.folder}'\n")
        for _attempt in range(5):  # a free port can be taken between looking and listening
            self.port = free_port()
            try:
                self._run(
                    str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-w",
                    "-o", f"-p {self.port}", "start",
                )  # fmt: skip
                return self
            except RuntimeError:
                continue
        raise RuntimeError("PostgreSQL did not start: " + (self.folder / "log").read_text(errors="replace"))

    def stop(self) -> None:
        if self.port:
            subprocess.run(
                [*self._as_user, str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statements: Sequence[str], database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)

    def create_database(self, template: str | None = None) -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = f"scp_{uuid.uuid4().hex[:12]}"
        self.sql([f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else "")])
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.sql([f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"])

    def __enter__(self) -> TemporaryCluster:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


_shared: TemporaryCluster | None = None


def shared_cluster() -> TemporaryCluster:
    """One cluster for the whole test session, whichever test folders ask for it; stopped at exit.
    fsync off: these tests crash the server process, never the machine."""
    global _shared
    if _shared is None:
        import atexit

        _shared = TemporaryCluster({"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}).start()
        atexit.register(_shared.stop)
    return _shared
