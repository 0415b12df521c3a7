"""Rebuilds the Italian Wikinews articles of the KIND news split (one token and BIO tag a line,
blank line between sentences) as plain texts, the same way as the Java reader
(org.rassegna.extract.KindArticles): tokens joined by single spaces except before closing
punctuation and after opening marks and elisions; sentences joined by a space; the title of an
article, which KIND glues to the end of the previous article's last sentence (after the first
'.', '!' or '?' token followed by a capital, a digit, '«' or '“'), split off and put on a line of its own, followed by an empty line. A title
ending in ':' goes on in the next sentence. Usage: python3 kind_texts.py KIND.tsv > texts.jsonl
(ids wn-0, wn-1, ... in file order). The tags are never read."""
import json, sys

NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', ']', '»', '”', '%', '...'}
NO_SPACE_AFTER = {'(', '[', '«', '“'}
FINAL = {'.', '!', '?'}


def sentences(path):
    out, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line:
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.split('\t')[0])
    if cur:
        out.append(cur)
    return out


def detok(tokens):
    """Joins tokens; straight double quotes alternate between opening and closing."""
    s, quote_open, glue = '', False, True
    for t in tokens:
        opening = t in NO_SPACE_AFTER or (t == '"' and not quote_open)
        closing = t in NO_SPACE_BEFORE or (t == '"' and quote_open)
        if not glue and not closing:
            s += ' '
        s += t
        if t == '"':
            quote_open = not quote_open
        glue = opening or t.endswith("'") or t.endswith('’')
    return s


def articles(path):
    arts, title, body = [], None, []
    pending_title = None
    for sent in sentences(path):
        if pending_title is not None:
            # the title ended in ':' and goes on in this sentence
            title, body, pending_title = pending_title + sent, [], None
            continue
        cut = next((j + 1 for j in range(len(sent) - 1)
                    if sent[j] in FINAL and (sent[j + 1][:1].isupper() or sent[j + 1][:1].isdigit()
                                             or sent[j + 1] in ('«', '“'))), None)
        if title is None:
            title = sent
            continue
        if cut is None:
            body.append(sent)
            continue
        body.append(sent[:cut])
        arts.append((title, body))
        rest = sent[cut:]
        if rest[-1] == ':':
            pending_title = rest
        else:
            title, body = rest, []
    if title is not None:
        arts.append((title, body))
    return [detok(t) + '\n\n' + ' '.join(detok(s) for s in b) for t, b in arts]


SENTENCE_END = FINAL | {':', ';', '»', '”', '"', ')'}


def titled_articles(path):
    """The pieces of the training split, whose titles are sentences of their own (as
    KindArticles.readTitled): a sentence not ending in sentence punctuation or a closing mark and
    starting with a capital, a digit or an opening mark starts a new piece. Glued titles are not
    split off, so a piece can hold more than one article (ids wt-0, wt-1, ...)."""
    pieces = []
    for sent in sentences(path):
        first = sent[0]
        own = sent[-1] not in SENTENCE_END and (first[:1].isupper() or first[:1].isdigit()
                                                or first in NO_SPACE_AFTER or first == '"')
        if pieces and not own:
            pieces[-1][1].append(sent)
        else:
            pieces.append((sent, []))
    return [detok(t) + '\n\n' + ' '.join(detok(s) for s in b) for t, b in pieces]


if __name__ == '__main__':
    for i, text in enumerate(articles(sys.argv[1])):
        print(json.dumps({'id': 'wn-%d' % i, 'text': text}, ensure_ascii=False))
