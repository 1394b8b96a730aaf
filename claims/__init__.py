"""figcheck's extraction stage: documents in, typed mentions out.

>>> [(m.text, m.kind, m.hedge) for m in extract("about 87 per cent, more than one in 10")]
[('87 per cent', 'percent', 'about'), ('one in 10', 'ratio', 'more than')]
"""

from ._context import content_words, split_sentences, stem
from ._numbers import tokenize
from ._ranges import extract
from ._readers import InputError, decode, read_document, read_text
from ._records import COMPARABLE_KINDS, LABEL_KINDS, Document, Interval, Mention, Sentence, exact_str, fmt
from ._tableunits import extract_document

__all__ = [
    "COMPARABLE_KINDS",
    "LABEL_KINDS",
    "Document",
    "InputError",
    "Interval",
    "Mention",
    "Sentence",
    "content_words",
    "decode",
    "exact_str",
    "extract",
    "extract_document",
    "fmt",
    "read_document",
    "read_text",
    "split_sentences",
    "stem",
    "tokenize",
]
