"""The engine's growth: a quote- and cue-heavy text and the same ten times over, timed side by side.

Run alone from the project folder: .venv/bin/python -m bench.growth
"""

from __future__ import annotations

import random

from bench.engine import _best_of_rounds
from bench.report import figure, header

REPEATS = 3
LONGER = 10
# Ten times the text may take this much longer: linear, with room for the processor's caches.
MAX_GROWTH = 12
UNIT_PARAGRAPHS = 60

QUOTES = ["« La réforme est nécessaire », a déclaré le ministre.",
          "« Nous ne céderons pas, dit-elle. Jamais. »",
          "Selon le maire, « la ville paiera » et « rien ne changera ».",
          "Le syndicat affirme que les salaires baisseront.",
          "« Oui », « non », « peut-être » : la réponse varie, a-t-il ajouté.",
          "D'après la préfecture, 300 personnes étaient présentes.",
          "« Il faut, expliquait-il, « tenir bon » », selon un témoin.",
          "Q: « Et demain ? » — « Demain, on verra », répond la ministre."]
PLAIN = ["La réunion a duré trois heures.", "Les habitants attendent une décision.",
         "Le texte sera examiné mardi.", "La pluie est tombée toute la nuit."]


def heavy_text(paragraphs: int, times: int = 1, seed: int = 18) -> str:
    """A French text whose paragraphs are mostly quotes and cues, drawn the same at every run,
    its body repeated so many times."""
    draw = random.Random(seed)
    body = [" ".join(draw.choice(QUOTES if draw.random() < 0.8 else PLAIN)
                     for _ in range(draw.randint(2, 5))) for _ in range(paragraphs)]
    return "Un article plein de citations\n\n" + "\n\n".join(body * times) + "\n"


def run() -> None:
    """Time the analysis of the text at 1× and 10× in interleaved rounds; print the ratio."""
    from reader.analysis import analyze
    from reader.document.text import document_from_text
    from reader.pipelines import installed_pipeline, load_pipeline

    info = installed_pipeline("fr")
    nlp = load_pipeline(info.name)
    short = document_from_text(heavy_text(UNIT_PARAGRAPHS))
    long = document_from_text(heavy_text(UNIT_PARAGRAPHS, LONGER))
    header(f"Engine: growth with the text's length, quote- and cue-heavy French, "
           f"{info.label}, best of {REPEATS} interleaved rounds")
    analyze(short, "fr", nlp, info.label)  # the first run fills the word lists and spaCy's caches
    short_time, long_time = _best_of_rounds(
        REPEATS, lambda: analyze(short, "fr", nlp, info.label), lambda: analyze(long, "fr", nlp, info.label))
    figure(f"  1× text ({len(short.text):,} characters)", f"{short_time:.2f} s")
    figure(f"  {LONGER}× text ({len(long.text):,} characters)", f"{long_time:.2f} s")
    ratio = long_time / short_time
    figure(f"  {LONGER}× text / 1× text", f"{ratio:.1f}× time", f"≤ ~{MAX_GROWTH}× time",
           ratio <= MAX_GROWTH)


if __name__ == "__main__":
    run()
