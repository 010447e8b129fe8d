"""Fuzz tests (hypothesis): deep nesting and odd bytes in every format never raise out of parse_payload."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gazete.wireformats import ParseError, WireStory, parse_payload, sniff_format

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
depths = st.integers(min_value=1, max_value=30_000)
tags = st.sampled_from(["div", "span", "section", "blockquote", "ul", "b", "p", "li", "table"])


def assert_results(results: list, data: bytes = b"") -> None:
    """Every payload gives stories and parse errors, nothing else; only a feed may hold no entries."""
    assert results or (data and sniff_format(data) == "feed")
    assert all(isinstance(result, (WireStory, ParseError)) for result in results)


@FUZZ
@given(depth=depths, opener=st.sampled_from(["[", '{"a":']))
def test_deep_json(depth: int, opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    assert_results(parse_payload((opener * depth + "1" + closer * depth).encode()))


@FUZZ
@given(depth=depths, tag=tags, closed=st.booleans(), where=st.sampled_from(["body_html", "bodies"]))
def test_deep_html_in_ninjs(depth: int, tag: str, closed: bool, where: str) -> None:
    html = f"<{tag}>" * depth + "Text." + (f"</{tag}>" * depth if closed else "")
    item: dict = {"uri": "x:1", "type": "text", "headline": "Deep"}
    if where == "body_html":
        item["body_html"] = html
    else:
        item["bodies"] = [{"role": "main", "contenttype": "text/html", "value": html}]
    assert_results(parse_payload(json.dumps(item).encode()))


@FUZZ
@given(depth=depths, tag=tags, form=st.sampled_from(["g2-xml", "g2-cdata", "n12", "atom"]))
def test_deep_markup_in_xml_formats(depth: int, tag: str, form: str) -> None:
    nested = f"<{tag}>" * depth + "Text." + f"</{tag}>" * depth
    documents = {
        "g2-xml": '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><contentMeta><headline>H'
                  f'</headline></contentMeta><contentSet><inlineXML><html><body>{nested}</body></html></inlineXML>'
                  "</contentSet></newsItem>",
        "g2-cdata": '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g"><contentMeta><headline>H'
                    '</headline></contentMeta><contentSet><inlineData contenttype="text/html"><![CDATA['
                    f"{nested}]]></inlineData></contentSet></newsItem>",
        "n12": "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines><ContentItem>"
               f"<DataContent><nitf><body><body.content>{nested}</body.content></body></nitf></DataContent>"
               "</ContentItem></NewsComponent></NewsItem></NewsML>",
        "atom": '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>H</title><id>e</id>'
                f'<content type="html"><![CDATA[{nested}]]></content></entry></feed>',
    }
    assert_results(parse_payload(documents[form].encode()), documents[form].encode())


@FUZZ
@given(depth=st.integers(min_value=1, max_value=30_000))
def test_deep_html_page(depth: int) -> None:
    page = "<!DOCTYPE html><html><body>" + "<div>" * depth + "<p>ANKARA (AA) - Text.</p>"
    assert_results(parse_payload(page.encode(), filename="page.html"))


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=2000), filename=st.sampled_from([None, "a.xml", "a.json", "a.txt", "a.html"]))
def test_arbitrary_bytes(data: bytes, filename: str | None) -> None:
    assert_results(parse_payload(data, filename=filename))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=500), prefix=st.sampled_from(["", "<NewsML>", '{"body_html": "', "\ufeff", "<feed>"]))
def test_arbitrary_text_in_every_encoding(text: str, prefix: str) -> None:
    for codec in ("utf-8", "utf-16"):
        data = (prefix + text).encode(codec, errors="surrogatepass")
        assert_results(parse_payload(data), data.decode(codec, errors="replace").encode("utf-8"))
