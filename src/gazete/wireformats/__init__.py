"""Pure parsers for wire-agency payloads: page text, NewsML-G2, ninjs, RSS/Atom.

Every parser returns :class:`WireStory` values or a :class:`ParseError`; none raises on bad input
and nothing here imports Django.
"""

from gazete.wireformats.detect import parse_payload, sniff_format
from gazete.wireformats.feeds import parse_feed
from gazete.wireformats.model import Block, Dateline, ParseError, ParseResult, WireStory, agency_name
from gazete.wireformats.newsml import parse_newsml, parse_newsml_items
from gazete.wireformats.ninjs import parse_ninjs, parse_ninjs_items
from gazete.wireformats.pagetext import parse_page_text

__all__ = [
    "Block",
    "Dateline",
    "ParseError",
    "ParseResult",
    "WireStory",
    "agency_name",
    "parse_feed",
    "parse_newsml",
    "parse_newsml_items",
    "parse_ninjs",
    "parse_ninjs_items",
    "parse_page_text",
    "parse_payload",
    "sniff_format",
]
