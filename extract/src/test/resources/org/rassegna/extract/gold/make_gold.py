"""Turns the annotator's notes (one line per quotation, written by reading each article) into the
gold JSON with character offsets (UTF-16, as Java counts them). Usage:
  python3 make_gold.py NOTES.tsv TEXTS.jsonl|SEEDS_DIR|KIND.tsv CORPUS_NAME RELATIVE_PATH > gold.json
A KIND.tsv (tokens and tags) is rebuilt into articles by kind_texts.py. A note with K:I is an
indirect report: its span runs from the Q words to the E words, with no quotation marks.
RELATIVE_PATH is read against the shared data folder beside the checkout ("base": "shared"), or
against the checkout when it starts with "examples/" ("base": "root")."""
import hashlib, json, os, re, sys

notes, texts_path, corpus, rel = sys.argv[1:5]
kind_tsv = texts_path.endswith('.tsv')
if kind_tsv:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import kind_texts
    # the training split has titles as sentences of their own (corpus names wikinews-train*)
    titled = corpus.startswith('wikinews-train')
    rebuilt = kind_texts.titled_articles(texts_path) if titled else kind_texts.articles(texts_path)
    texts = {('wt-%d' if titled else 'wn-%d') % i: t for i, t in enumerate(rebuilt)}
    digests = {k: hashlib.sha256(t.encode('utf-8')).hexdigest() for k, t in texts.items()}
elif os.path.isdir(texts_path):
    texts = {}
    for f in sorted(os.listdir(texts_path)):
        if f.endswith('.txt'):
            texts[f] = open(os.path.join(texts_path, f), encoding='utf-8').read()
    digests = {f: hashlib.sha256(open(os.path.join(texts_path, f), 'rb').read()).hexdigest() for f in texts}
else:
    texts = {json.loads(l)['id']: json.loads(l)['text'] for l in open(texts_path, encoding='utf-8')}
    digests = None

def u16(text, i):
    return len(text[:i].encode('utf-16-le')) // 2

def speakers_of(f, text, aid):
    speakers = []
    if f['S'] != '?':
        for alt in f['S'].split('|'):
            # every occurrence of a name of the speaker counts as a mention of the speaker
            occurrences = list(re.finditer(r'(?<!\w)' + re.escape(alt) + r'(?!\w)', text))
            assert occurrences, (aid, alt)
            for m in occurrences:
                speakers.append({'start': u16(text, m.start()), 'end': u16(text, m.end()), 'text': alt})
    return speakers


OPEN = {'\u00ab': '\u00bb', '\u201c': '\u201d', '"': '"'}
articles = {}
order = []
last_end = {}
for line in open(notes, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    cols = line.split('\t')
    aid = cols[0]
    if aid not in articles:
        articles[aid] = []
        order.append(aid)
    if cols[1] == 'NONE':
        continue
    f = dict((c[:1], c[2:]) for c in cols[1:])
    text = texts[aid]
    begins = f['Q']
    indirect = f.get('K') == 'I'
    if indirect:
        start = text.find(begins, last_end.get(aid, 0))
        if start < 0:
            start = text.find(begins)
        assert start >= 0, (aid, begins)
        end = text.find(f['E'], start)
        assert end >= 0, (aid, f['E'])
        end += len(f['E'])
        articles[aid].append({'kind': 'indirect', 'start': u16(text, start), 'end': u16(text, end),
                              'begins': text[start:min(end, start + 30)],
                              'speakers': speakers_of(f, text, aid)})
        continue
    start = text.find(begins, last_end.get(aid, 0))
    if start < 0:
        start = text.find(begins)
    assert start >= 0, (aid, begins)
    j = start - 1
    while text[j].isspace():
        j -= 1
    mark = text[j]
    assert mark in OPEN, (aid, begins, mark)
    if 'E' in f:
        end = text.find(f['E'], start) + len(f['E'])
        assert end >= len(f['E']), (aid, f['E'])
    else:
        depth, k = 0, start
        while True:
            assert k < len(text), ('unclosed', aid, begins)
            c = text[k]
            if c == OPEN[mark] and depth == 0:
                break
            if mark != '"' and c == mark:
                depth += 1
            elif mark != '"' and c == OPEN[mark]:
                depth -= 1
            k += 1
        end = k
        while text[end - 1].isspace():
            end -= 1
    last_end[aid] = end
    articles[aid].append({'start': u16(text, start), 'end': u16(text, end),
                          'begins': text[start:min(end, start + 30)],
                          'speakers': speakers_of(f, text, aid)})

out = {'corpus': corpus, 'base': 'root' if rel.startswith('examples/') else 'shared', 'texts': rel}
if kind_tsv:
    out['format'] = 'kind-tsv-titles' if titled else 'kind-tsv'
if any(q.get('kind') == 'indirect' for qs in articles.values() for q in qs):
    out['indirect'] = True
if digests is None or kind_tsv:
    out['sha256'] = hashlib.sha256(open(texts_path, 'rb').read()).hexdigest()
out['articles'] = []
for aid in order:
    a = {'id': aid}
    if digests is not None:
        a['sha256'] = digests[aid]
    a['quotations'] = articles[aid]
    out['articles'].append(a)
print(json.dumps(out, ensure_ascii=False, indent=1))
