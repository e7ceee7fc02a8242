"""The language pipeline: the one place that knows spaCy.

``load_pipeline`` loads a spaCy pipeline by name (a setting) once per process;
``annotate``/``annotate_many`` run it and project each Doc to a plain :class:`Annotation`, so
the later stages, their tests and their workers never touch a spaCy object.
"""

from reportedly.nlp.spacy_pipeline import annotate, annotate_many, load_pipeline, to_annotation

__all__ = ["annotate", "annotate_many", "load_pipeline", "to_annotation"]
