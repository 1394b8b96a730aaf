"""Where a mention sits, for the renderers: line and column in the text, and page."""

from __future__ import annotations

import bisect

from checker import Result

__all__ = ["Locator"]


class Locator:
    def __init__(self, result: Result) -> None:
        text = result.document.text
        self.starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        self.pages = getattr(result.document, "page_starts", ()) or ()

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def page(self, offset: int) -> int:
        if not self.pages:
            return 1
        return bisect.bisect_right(self.pages, offset)
