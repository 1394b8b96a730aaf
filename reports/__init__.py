"""figcheck's rendering stage: checked documents out, as text, JSON, CSV, Markdown and HTML."""

from ._csv import render_csv
from ._html import render_html
from ._json import render_json, result_dict
from ._markdown import render_markdown
from ._text import render_text

__all__ = ["render_csv", "render_html", "render_json", "render_markdown", "render_text", "result_dict"]
