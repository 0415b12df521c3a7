#!/usr/bin/env python3
"""Writes sample.warc and sample.warc.gz: the WARC fixtures of WarcArticleSourceTest (run from this folder)."""
import gzip

PAGE1 = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Nebbia in pianura, rallentamenti in tangenziale - Cronache di Provincia</title></head>
<body><nav><a href="/">Home</a> <a href="/cronaca">Cronaca</a></nav>
<article><h1>Nebbia in pianura, rallentamenti in tangenziale</h1>
<p>La nebbia è tornata sulla pianura all'alba, con una visibilità scesa sotto i cento metri in molti tratti della tangenziale e delle strade provinciali.</p>
<p>Sulla tangenziale si sono formate code di due chilometri in direzione del centro, e la polizia locale ha chiesto agli automobilisti di moderare la velocità.</p>
</article><footer>Cronache di Provincia</footer></body></html>"""

PAGE2 = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Il ponte chiude per lavori fino a marzo</title>
<meta property="article:published_time" content="2024-11-03T09:30:00+01:00"></head>
<body><div class="post"><h1>Il ponte chiude per lavori fino a marzo</h1>
<p>Il ponte sul fiume resterà chiuso al traffico da lunedì fino alla fine di marzo, per i lavori di consolidamento dei piloni decisi dopo l'ispezione dell'estate scorsa.</p>
<p>Il comune ha predisposto un percorso alternativo attraverso la zona industriale, con una navetta gratuita ogni venti minuti.</p>
</div></body></html>"""

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def http(status, ctype, body):
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body


def record(kind, uri, date, n, block, content_type, declared=None):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\n"
            + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
            + f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
            + f"Content-Type: {content_type}\r\nContent-Length: {declared or len(block)}\r\n\r\n")
    return head.encode("ascii") + block + b"\r\n\r\n"


def records():
    resp = "application/http; msgtype=response"
    page1 = "https://cronache.example/2024/11/04/nebbia"
    yield record("warcinfo", None, "2024-11-04T08:00:00Z", 1,
                 b"software: hand-written fixture\r\nformat: WARC File Format 1.0\r\n",
                 "application/warc-fields")
    yield record("request", page1, "2024-11-04T08:00:01Z", 2,
                 b"GET /2024/11/04/nebbia HTTP/1.1\r\nHost: cronache.example\r\n\r\n",
                 "application/http; msgtype=request")
    yield record("response", page1, "2024-11-04T08:00:02Z", 3,
                 http("200 OK", "text/html; charset=utf-8", PAGE1.encode("utf-8")), resp)
    yield record("response", "https://cronache.example/logo.png", "2024-11-04T08:00:03Z", 4,
                 http("200 OK", "image/png", PNG), resp)
    yield record("response", "https://cronache.example/vecchio-indirizzo", "2024-11-04T08:00:04Z", 5,
                 http("301 Moved Permanently", "text/html", b"<html><body>Moved</body></html>"), resp)
    yield record("response", "https://cronache.example/2024/11/03/ponte-chiuso", "2024-11-04T08:00:05Z", 6,
                 http("200 OK", "text/html; charset=utf-8", PAGE2.encode("utf-8")), resp)
    # cut short: declares more bytes than the file holds, as a crawl interrupted mid-write
    full = http("200 OK", "text/html; charset=utf-8", PAGE2.replace("ponte", "viadotto").encode("utf-8"))
    yield record("response", "https://cronache.example/2024/11/05/viadotto", "2024-11-05T08:00:00Z", 7,
                 full[:200], resp, declared=len(full))[:-4]


recs = list(records())
with open("sample.warc", "wb") as f:
    f.write(b"".join(recs))
with open("sample.warc.gz", "wb") as f:
    for r in recs[:-1]:
        f.write(gzip.compress(r, mtime=0))
    f.write(gzip.compress(recs[-1], mtime=0)[:120])  # a gzip member cut short
