"""figcheck's rendering stage: checked documents out, as text, JSON and more."""

from ._json import render_json, result_dict
from ._text import render_text

__all__ = ["render_json", "render_text", "result_dict"]
