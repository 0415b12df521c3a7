"""How far two annotators agree: compares two gold JSON files (make_gold.py output) piece by piece,
with the scoring rules of README.md ("Scoring"):
- a direct quotation of one matches one of the other when their spans overlap by at least half of
  their union; an indirect report when the overlap covers at least half of each clause (both ways);
  one-to-one, the largest overlaps paired first;
- on a matched pair the speakers agree when the two speaker lists share a mention (overlapping
  spans, as the eval counts a right speaker), or when both say unknown (no mention).
The first file is taken as the reference (recall counts its quotations, precision the second's;
F1 is the same either way). Only the pieces both files hold are compared, so a whole gold can be
set against a sample of it. Prints the figures for direct and indirect apart, then every
disagreement. With --words it also lists the matched pairs whose speakers agree but whose speaker
mentions differ (one lists a name or description of the speaker that no mention of the other
overlaps: the eval would take a found speaker given by those words as right on one gold and wrong
on the other).
Usage: python3 agreement.py [--words] FIRST.json SECOND.json"""
import json
import sys


def overlap(a, b):
    return max(0, min(a['end'], b['end']) - max(a['start'], b['start']))


def matches(a, b, indirect):
    o = overlap(a, b)
    if indirect:
        return 2 * o >= a['end'] - a['start'] and 2 * o >= b['end'] - b['start']
    union = max(a['end'], b['end']) - min(a['start'], b['start'])
    return o > 0 and 2 * o >= union


def pair(firsts, seconds, indirect):
    """One-to-one pairs (i, j), the largest overlaps first."""
    candidates = sorted(((overlap(a, b), i, j) for i, a in enumerate(firsts)
                         for j, b in enumerate(seconds) if matches(a, b, indirect)), reverse=True)
    used_i, used_j, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def same_speaker(a, b):
    if not a['speakers'] or not b['speakers']:
        return not a['speakers'] and not b['speakers']
    return any(overlap(m, n) > 0 for m in a['speakers'] for n in b['speakers'])


def unshared(q, other):
    """The speaker words of q with a mention that no mention of other overlaps."""
    return sorted({m['text'] for m in q['speakers']
                   if not any(overlap(m, n) > 0 for n in other['speakers'])})


def names(q):
    """The distinct speaker words of a quotation, for the listing."""
    words = list(dict.fromkeys(m['text'] for m in q['speakers']))
    return '|'.join(words) if words else '?'


def main(first_path, second_path, words=False):
    first = {a['id']: a for a in json.load(open(first_path, encoding='utf-8'))['articles']}
    second = json.load(open(second_path, encoding='utf-8'))['articles']
    ids = [a['id'] for a in second if a['id'] in first]
    seconds = {a['id']: a for a in second}
    for aid in ids:
        if first[aid].get('sha256') != seconds[aid].get('sha256'):
            sys.exit('%s: the two files were made from different texts' % aid)
    print('%d pieces in both files (%s = first, reference; %s = second)'
          % (len(ids), first_path, second_path))
    listing, word_listing = [], []
    for kind in ('direct', 'indirect'):
        indirect = kind == 'indirect'
        n_first = n_second = n_matched = n_speaker = 0
        for aid in ids:
            a = [q for q in first[aid]['quotations'] if (q.get('kind') == 'indirect') == indirect]
            b = [q for q in seconds[aid]['quotations'] if (q.get('kind') == 'indirect') == indirect]
            pairs = pair(a, b, indirect)
            n_first += len(a)
            n_second += len(b)
            n_matched += len(pairs)
            for i, j in pairs:
                if same_speaker(a[i], b[j]):
                    n_speaker += 1
                    only_a, only_b = unshared(a[i], b[j]), unshared(b[j], a[i])
                    if only_a or only_b:
                        word_listing.append('%s\t%s\twords\t%s\tfirst only: %s\tsecond only: %s'
                                            % (aid, kind, a[i]['begins'], '|'.join(only_a), '|'.join(only_b)))
                else:
                    listing.append('%s\t%s\tspeaker\t%s | %s\tfirst: %s\tsecond: %s'
                                   % (aid, kind, a[i]['begins'], b[j]['begins'], names(a[i]), names(b[j])))
            for i in sorted(set(range(len(a))) - {i for i, _ in pairs}):
                listing.append('%s\t%s\tfirst only\t%s [%d-%d]\t%s'
                               % (aid, kind, a[i]['begins'], a[i]['start'], a[i]['end'], names(a[i])))
            for j in sorted(set(range(len(b))) - {j for _, j in pairs}):
                listing.append('%s\t%s\tsecond only\t%s [%d-%d]\t%s'
                               % (aid, kind, b[j]['begins'], b[j]['start'], b[j]['end'], names(b[j])))
        p = n_matched / n_second if n_second else 0.0
        r = n_matched / n_first if n_first else 0.0
        f1 = 2 * n_matched / (n_first + n_second) if n_first + n_second else 0.0
        s = n_speaker / n_matched if n_matched else 0.0
        print('%-8s first %d, second %d, matched %d: P %.3f R %.3f F1 %.3f; speakers agree %d/%d = %.3f'
              % (kind, n_first, n_second, n_matched, p, r, f1, n_speaker, n_matched, s))
    print('disagreements: %d' % len(listing))
    for line in listing:
        print(line)
    if words:
        print('matched pairs whose speaker mentions differ: %d' % len(word_listing))
        for line in word_listing:
            print(line)


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '--words']
    main(args[0], args[1], words='--words' in sys.argv[1:])
