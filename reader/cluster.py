"""Analysing an archive on a Dask cluster: files in shards over the workers, each shard's
analyses written as a JSON Lines file as soon as it is done. Imported only for `--dask`."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.atomic import write_atomically
from reader.batch import analyse_file

# Files per task: enough that scheduling costs little beside the analyses, few enough that the
# workers stay evenly busy and a re-run loses little of a shard that stopped.
SHARD_SIZE = 8
CONNECT_TIMEOUT = "20s"


class ClusterError(Exception):
    """Dask missing or a scheduler out of reach; the message is one line."""


@dataclass(frozen=True)
class Shard:
    """Some files analysed together on one worker, written into one file."""

    number: int
    files: tuple[str, ...]

    @property
    def name(self) -> str:
        """A file name that changes when the shard's files do, so a re-run never reuses a stale one."""
        digest = hashlib.sha1("\n".join(self.files).encode("utf-8")).hexdigest()[:10]
        return f"part-{self.number:05d}-{digest}"


@dataclass
class ShardResult:
    """What a worker returns for a shard: its JSON Lines and the one-line reason of each failure."""

    lines: str
    failures: list[str]
    files: int


def shards_of(files: list[Path], size: int = SHARD_SIZE) -> list[Shard]:
    """The files cut into numbered shards, in order."""
    names = [str(path) for path in files]
    return [Shard(number, tuple(names[start:start + size]))
            for number, start in enumerate(range(0, len(names), size))]


def analyse_shard(files: tuple[str, ...], language: str, use_cache: bool) -> ShardResult:
    """Run on a worker: each file's analysis; the pipelines stay loaded in the worker's process."""
    lines, failures = [], []
    for name in files:
        line, error = analyse_file(Path(name), language, use_cache)
        if error is None:
            lines.append(line)
        else:
            failures.append(error)
    return ShardResult("".join(lines), failures, len(files))


def run_on_dask(files: list[Path], scheduler: str, folder: Path, language: str, use_cache: bool,
                workers: int | None = None) -> Iterator[ShardResult]:
    """Analyse the files whose shard is not in the folder yet; yield each shard once written."""
    folder.mkdir(parents=True, exist_ok=True)
    todo = [s for s in shards_of(files) if not (folder / f"{s.name}.jsonl").exists()]
    if not todo:
        return
    with _client(scheduler, workers) as client:
        from distributed import as_completed

        futures = {client.submit(analyse_shard, shard.files, language, use_cache,
                                 key=f"claim-reader-{shard.name}", pure=False): shard
                   for shard in todo}
        for future in as_completed(futures):
            yield _write_shard(folder, futures.pop(future), future)


def _write_shard(folder: Path, shard: Shard, future) -> ShardResult:
    """Write what a shard gave: its lines, and its failures beside them; a shard whose worker
    died is not written, so that a re-run tries it again."""
    try:
        result = future.result()
    except Exception as error:  # noqa: BLE001 - a lost worker must not end the run
        reason = f"its worker stopped ({type(error).__name__}: {error})"
        return ShardResult("", [f"{Path(name).name}: {reason}" for name in shard.files],
                           len(shard.files))
    if result.failures:
        # .log: neither an article nor JSON Lines, so the folder stays one a report reads whole
        write_atomically(folder / f"{shard.name}.failed.log", "\n".join(result.failures) + "\n")
    write_atomically(folder / f"{shard.name}.jsonl", result.lines)
    return result


def _client(scheduler: str, workers: int | None):
    """A client of the scheduler at an address, or of a cluster of processes on this machine."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--dask needs Dask: pip install 'claim-reader[dask]'.") from None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            return _ClusterClient(Client(cluster), cluster)
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None


class _ClusterClient:
    """A client that also closes the cluster it was made for."""

    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        self.cluster.close()


def run_dask_command(files: list[Path], options, report: Callable[[str], None]) -> int:
    """`analyze --dask`: run, telling each failure; 2 when a file failed, else 0."""
    from reader.batch import ProgressBar

    if not options.output or options.format != "json":
        report("claim-reader analyze: --dask writes JSON Lines shards into a folder: name it "
               "with --output, and leave out --format.")
        return 2
    folder = Path(options.output)
    if folder.exists() and not folder.is_dir():
        report(f"claim-reader analyze: --output {folder} must be a folder with --dask.")
        return 2
    bar = ProgressBar(len(files))
    done, status = 0, 0
    try:
        for result in run_on_dask(files, options.dask, folder, options.lang, not options.no_cache,
                                  options.jobs):
            for failure in result.failures:
                bar.clear()
                report(f"claim-reader: {failure}")
                status = 2
            done += result.files
            bar.update(done)
    except ClusterError as error:
        report(f"claim-reader analyze: {error}")
        return 2
    except OSError as error:
        report(f"claim-reader analyze: cannot write the shards into {folder}: "
               f"{error.strerror or error}")
        return 2
    finally:
        bar.clear()
    return status
